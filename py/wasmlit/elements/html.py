"""st.html: raw HTML, sanitised in the page (no scripts run)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wasmlit.elements.text_util import clean_text
from wasmlit.errors import StreamlitMissingRequiredParameterError
from wasmlit.type_aliases import Width
from wasmlit.elements.layout_checks import validate_width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_STYLE = re.compile(r"<style[^>]*>.*?</style>", re.S | re.I)


def only_style_tags(html: str) -> bool:
    return _STYLE.sub("", _COMMENT.sub("", html)).strip() == ""


def _is_file(text: str) -> bool:
    if len(text) > 4096 or "<" in text:
        return False
    try:
        return Path(text).is_file()
    except (TypeError, OSError, ValueError):
        return False


def html_content(body: Any) -> str:
    repr_html = getattr(body, "_repr_html_", None)
    if callable(repr_html):
        return repr_html()
    if isinstance(body, Path):
        content = body.read_text(encoding="utf-8")
        return f"<style>{content}</style>" if body.suffix.lower() == ".css" else content
    if isinstance(body, str) and _is_file(body):
        path = Path(body)
        content = path.read_text(encoding="utf-8")
        return f"<style>{content}</style>" if path.suffix.lower() == ".css" else content
    return clean_text(body)


class HtmlMixin:
    def html(self, body: Any, *, width: Width = "stretch", unsafe_allow_javascript: bool = False) -> "DeltaGenerator":
        """Inserts HTML (without scripts unless ``unsafe_allow_javascript``).

        Args:
            body: The HTML: a string, a file path, or an object with ``_repr_html_``.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            unsafe_allow_javascript: Whether its scripts run.
        """
        content = html_content(body)
        if content == "":
            raise StreamlitMissingRequiredParameterError("body")
        # Checked as in Streamlit 1.67; the page does not size it by ``width`` yet.
        validate_width(width, allow_content=True)
        return as_dg(self)._enqueue(
            "html",
            {
                "body": content,
                "styleOnly": only_style_tags(content),
                "unsafeAllowJavascript": bool(unsafe_allow_javascript),
            },
        )
