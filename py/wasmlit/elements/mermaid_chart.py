"""st.mermaid_chart -> a `markdown` element holding a ```` ```mermaid ```` block,
as Streamlit 1.67 sends it (so st.markdown with such a block draws the same
diagram). The page draws it with Mermaid, loaded on first use.

``alt`` goes into the diagram source as a ``%% stAlt: ...`` comment line
(Mermaid ignores ``%%`` lines in every diagram type), right after the
diagram's preamble (front matter, ``%%{init}%%`` directives, comments).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from wasmlit.elements.layout_checks import validate_width
from wasmlit.elements.text_util import clean_text, normalize_alt
from wasmlit.type_aliases import Width

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

ALT_PREFIX = "%% stAlt: "
_ALT_LINE = re.compile(r"^\s*%%\s*stAlt\s*:[^\n]*\n?", re.MULTILINE)


def preamble_length(lines: list[str]) -> int:
    """How many of ``lines`` come before the diagram type line."""
    i, n = 0, len(lines)
    while i < n:
        text = lines[i].strip()
        if not text:
            i += 1
        elif text.startswith("%%{"):
            # An init/config directive, possibly over several lines, up to "}%%".
            if "}%%" not in text:
                i += 1
                while i < n and "}%%" not in lines[i]:
                    i += 1
            i += 1
        elif text.startswith("%%"):
            i += 1
        elif text == "---":
            # YAML front matter, up to the closing "---".
            i += 1
            while i < n and lines[i].strip() != "---":
                i += 1
            i += 1
        else:
            break
    return min(i, n)


def with_alt(body: str, alt: str) -> str:
    """``body`` with one ``%% stAlt:`` line (any earlier one replaced)."""
    lines = _ALT_LINE.sub("", body).splitlines(keepends=True)
    at = preamble_length(lines)
    if at > 0 and not lines[at - 1].endswith("\n"):
        lines[at - 1] += "\n"
    lines.insert(at, f"{ALT_PREFIX}{' '.join(alt.split())}\n")
    return "".join(lines)


def longest_run(text: str, char: str) -> int:
    best = current = 0
    for c in text:
        current = current + 1 if c == char else 0
        best = max(best, current)
    return best


def fenced(body: str) -> str:
    """A mermaid code block whose fence no backtick run in ``body`` can close."""
    fence = "`" * max(4, longest_run(body, "`") + 1)
    return f"{fence}mermaid\n{body}\n{fence}"


def mermaid_chart(dg: "DeltaGenerator", body: str, *, width: Width = "stretch", alt: Any = None) -> "DeltaGenerator":
    alt = normalize_alt(alt)
    if alt is not None:
        body = with_alt(body, alt)
    text = fenced(body)
    validate_width(width, allow_content=True)
    return dg._enqueue(
        "markdown",
        {"body": clean_text(text), "unsafeAllowHtml": False, "isCaption": False, "help": None, "width": width},
    )
