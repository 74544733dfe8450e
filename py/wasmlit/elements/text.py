"""Headings, markdown, caption, plain text, code and divider."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from wasmlit.elements.text_util import clean_text, help_text
from wasmlit.errors import StreamlitAPIException

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

DIVIDER_COLORS = ("blue", "green", "orange", "red", "violet", "yellow", "gray", "grey", "rainbow")
_ROTATING_COLORS = ("blue", "green", "orange", "red", "violet")


def _divider_color(ctx_counter: list[int], divider: Any) -> str | None:
    if divider is False or divider is None:
        return None
    if divider is True:
        color = _ROTATING_COLORS[ctx_counter[0] % len(_ROTATING_COLORS)]
        ctx_counter[0] += 1
        return color
    if isinstance(divider, str) and divider in DIVIDER_COLORS:
        return divider
    raise StreamlitAPIException(
        f"Divider parameter has invalid value: `{divider}`. Please choose from: "
        + ", ".join(DIVIDER_COLORS)
        + "."
    )


_divider_counter = [0]


def _anchor(anchor: Any) -> str | None | bool:
    if anchor is None:
        return None
    if anchor is False:
        return False
    if isinstance(anchor, str):
        return anchor
    raise StreamlitAPIException(f"Anchor parameter has invalid value: {anchor}. Supported values: None, any string or False")


class TextMixin:
    def _heading(self, tag: str, body: Any, anchor: Any, help: Any, divider: Any) -> "DeltaGenerator":
        return self._enqueue(  # type: ignore[attr-defined]
            "heading",
            {
                "tag": tag,
                "body": clean_text(body),
                "anchor": _anchor(anchor),
                "help": help_text(help),
                "divider": _divider_color(_divider_counter, divider),
            },
        )

    def title(self, body: Any, anchor: Any = None, *, help: Any = None, width: Any = "stretch") -> "DeltaGenerator":
        return self._heading("h1", body, anchor, help, False)

    def header(
        self, body: Any, anchor: Any = None, *, help: Any = None, divider: Any = False, width: Any = "stretch"
    ) -> "DeltaGenerator":
        return self._heading("h2", body, anchor, help, divider)

    def subheader(
        self, body: Any, anchor: Any = None, *, help: Any = None, divider: Any = False, width: Any = "stretch"
    ) -> "DeltaGenerator":
        return self._heading("h3", body, anchor, help, divider)

    def markdown(
        self, body: Any, unsafe_allow_html: bool = False, *, help: Any = None, width: Any = "stretch"
    ) -> "DeltaGenerator":
        return self._enqueue(  # type: ignore[attr-defined]
            "markdown",
            {
                "body": clean_text(body),
                "unsafeAllowHtml": bool(unsafe_allow_html),
                "isCaption": False,
                "help": help_text(help),
            },
        )

    def caption(
        self, body: Any, unsafe_allow_html: bool = False, *, help: Any = None, width: Any = "stretch"
    ) -> "DeltaGenerator":
        return self._enqueue(  # type: ignore[attr-defined]
            "markdown",
            {
                "body": clean_text(body),
                "unsafeAllowHtml": bool(unsafe_allow_html),
                "isCaption": True,
                "help": help_text(help),
            },
        )

    def text(self, body: Any, *, help: Any = None, width: Any = "content") -> "DeltaGenerator":
        return self._enqueue("text", {"body": clean_text(body), "help": help_text(help)})  # type: ignore[attr-defined]

    def code(
        self,
        body: Any,
        language: str | None = "python",
        *,
        line_numbers: bool = False,
        wrap_lines: bool = False,
        height: Any = "content",
        width: Any = "stretch",
    ) -> "DeltaGenerator":
        return self._enqueue(  # type: ignore[attr-defined]
            "code",
            {
                # As Streamlit 1.67: one leading and one trailing newline dropped, nothing else.
                "body": re.sub(r"\n\Z", "", re.sub(r"\A\n", "", str(body))),
                "language": language or "plaintext",
                "lineNumbers": bool(line_numbers),
                "wrapLines": bool(wrap_lines),
            },
        )

    def divider(self, *, width: Any = "stretch") -> "DeltaGenerator":
        return self._enqueue(  # type: ignore[attr-defined]
            "markdown",
            {"body": "---", "unsafeAllowHtml": False, "isCaption": False, "help": None, "kind": "divider"},
        )
