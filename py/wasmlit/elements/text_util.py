"""Text helpers shared by the elements."""

from __future__ import annotations

import textwrap
from typing import Any


def clean_text(text: Any) -> str:
    """Dedent and strip, as Streamlit does for markdown bodies."""
    return textwrap.dedent(str(text)).strip()


def help_text(help: Any) -> str | None:
    """A tooltip as Streamlit 1.67 sends it: dedented, not stripped."""
    if help is None:
        return None
    return textwrap.dedent(str(help))


def normalize_alt(alt: Any) -> str | None:
    """A chart's ``alt`` text as Streamlit keeps it: stripped, None when empty."""
    if alt is None:
        return None
    text = str(alt).strip()
    return text or None
