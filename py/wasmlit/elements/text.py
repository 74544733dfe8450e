"""Headings, markdown, caption, plain text, code and divider."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.elements.layout_checks import layout_props, validate_wrap
from wasmlit.elements.text_util import clean_text, help_text
from wasmlit.errors import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from wasmlit.type_aliases import TextAlignment, Width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

DIVIDER_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "rainbow")
_ROTATING_COLORS = ("blue", "green", "orange", "red", "violet")


def _divider_color(ctx_counter: list[int], divider: Any) -> str | None:
    if not divider:
        return None
    if divider is True:
        color = _ROTATING_COLORS[ctx_counter[0] % len(_ROTATING_COLORS)]
        ctx_counter[0] += 1
        return color
    if divider in DIVIDER_COLORS:
        return divider
    raise StreamlitValueError("divider", ["True"] + [f"'{c}'" for c in DIVIDER_COLORS])


_divider_counter = [0]


def _anchor(anchor: Any) -> str | None | bool:
    if anchor is None:
        return None
    if anchor is False:
        return False
    if isinstance(anchor, str):
        return anchor
    if anchor is True:
        raise StreamlitValueError("anchor", ["None", "False", "any string"])
    raise StreamlitInvalidParameterTypeError("anchor", type(anchor).__name__, ["str", "None", "False"])


def _check_markdown_wrap(wrap: Any, unsafe_allow_html: Any) -> None:
    validate_wrap(wrap)
    if wrap is False and unsafe_allow_html:
        raise StreamlitIncompatibleParametersError(
            "wrap=False",
            "unsafe_allow_html=True",
            explanation=(
                "One-line markdown cannot ellipsize raw HTML. Pass `wrap=True` "
                "to render HTML, or omit `unsafe_allow_html` to truncate."
            ),
        )


def _code_text(body: Any) -> str:
    """The code as given, without one leading and one trailing newline."""
    return re.sub(r"\n\Z", "", re.sub(r"\A\n", "", str(body)))


class TextMixin:
    def _heading(
        self,
        tag: str,
        body: Any,
        anchor: Any,
        help: Any,
        divider: Any,
        icon: Any,
        width: Any,
        text_alignment: Any,
        wrap: Any,
    ) -> "DeltaGenerator":
        layout = layout_props(
            width=width, text_alignment=text_alignment, allow_content_width=True, default_width="stretch"
        )
        validate_wrap(wrap)
        body_text = clean_text(body)
        icon_text = validate_icon_or_emoji(icon)
        color = _divider_color(_divider_counter, divider) if divider else None
        props = {
            "tag": tag,
            "body": body_text,
            "anchor": _anchor(anchor),
            "help": help_text(help) if help else None,
            "divider": color,
            "layout": layout,
        }
        if icon_text:
            props["icon"] = icon_text
        if wrap is False:
            props["wrap"] = False
        return as_dg(self)._enqueue("heading", props)

    def title(
        self,
        body: Any,
        anchor: Any = None,
        *,
        help: str | None = None,
        icon: str | None = None,
        width: Width = "stretch",
        text_alignment: TextAlignment = "left",
        wrap: bool = True,
    ) -> "DeltaGenerator":
        """The page's title (an h1). ``icon``: an emoji, a Material icon or "spinner" before it.

        Args:
            body: The title text (Markdown).
            anchor: The heading's anchor for links (None: made from its text; False: no anchor).
            help: A tooltip shown beside the label (Markdown; None: none).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            text_alignment: "left", "center", "right" or "justify".
            wrap: Whether the label may wrap onto more lines (None: the element's default).
        """
        return self._heading("h1", body, anchor, help, False, icon, width, text_alignment, wrap)

    def header(
        self,
        body: Any,
        anchor: Any = None,
        *,
        help: str | None = None,
        icon: str | None = None,
        divider: Any = False,
        width: Width = "stretch",
        text_alignment: TextAlignment = "left",
        wrap: bool = True,
    ) -> "DeltaGenerator":
        """A header (an h2), with an optional coloured divider below.

        Args:
            body: The heading text (Markdown).
            anchor: The heading's anchor for links (None: made from its text; False: no anchor).
            help: A tooltip shown beside the label (Markdown; None: none).
            icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            text_alignment: "left", "center", "right" or "justify".
            wrap: Whether the label may wrap onto more lines (None: the element's default).
        """
        return self._heading("h2", body, anchor, help, divider, icon, width, text_alignment, wrap)

    def subheader(
        self,
        body: Any,
        anchor: Any = None,
        *,
        help: str | None = None,
        icon: str | None = None,
        divider: Any = False,
        width: Width = "stretch",
        text_alignment: TextAlignment = "left",
        wrap: bool = True,
    ) -> "DeltaGenerator":
        """A subheader (an h3), with an optional coloured divider below.

        Args:
            body: The heading text (Markdown).
            anchor: The heading's anchor for links (None: made from its text; False: no anchor).
            help: A tooltip shown beside the label (Markdown; None: none).
            icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            text_alignment: "left", "center", "right" or "justify".
            wrap: Whether the label may wrap onto more lines (None: the element's default).
        """
        return self._heading("h3", body, anchor, help, divider, icon, width, text_alignment, wrap)

    def markdown(
        self,
        body: Any,
        unsafe_allow_html: bool = False,
        *,
        help: str | None = None,
        width: Any = "auto",
        text_alignment: TextAlignment = "left",
        anchors: bool = True,
        wrap: bool = True,
    ) -> "DeltaGenerator":
        """Markdown text (GitHub-flavoured, with Streamlit's colours, emoji and math).
        ``anchors=False``: its headings get no link anchors; ``wrap=False``: one line, cut with an ellipsis.

        Args:
            body: The Markdown text.
            unsafe_allow_html: Renders HTML in the text instead of escaping it.
            help: A tooltip shown beside the label (Markdown; None: none).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            text_alignment: "left", "center", "right" or "justify".
        """
        _check_markdown_wrap(wrap, unsafe_allow_html)
        if width != "auto":
            layout = layout_props(width=width, text_alignment=text_alignment, allow_content_width=True)
        else:
            layout = layout_props(text_alignment=text_alignment)
        props = {
            "body": clean_text(body),
            "unsafeAllowHtml": bool(unsafe_allow_html),
            "isCaption": False,
            "help": help_text(help) if help else None,
            "layout": layout,
        }
        if not anchors:
            props["hideAnchors"] = True
        if wrap is False:
            props["wrap"] = False
        return as_dg(self)._enqueue("markdown", props)

    def caption(
        self,
        body: Any,
        unsafe_allow_html: bool = False,
        *,
        help: str | None = None,
        width: Width = "stretch",
        text_alignment: TextAlignment = "left",
        wrap: bool = True,
    ) -> "DeltaGenerator":
        """Small, muted text (markdown).

        Args:
            body: The text to show in small grey type (Markdown).
            unsafe_allow_html: Renders HTML in the text instead of escaping it.
            help: A tooltip shown beside the label (Markdown; None: none).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            text_alignment: "left", "center", "right" or "justify".
            wrap: Whether the label may wrap onto more lines (None: the element's default).
        """
        _check_markdown_wrap(wrap, unsafe_allow_html)
        layout = layout_props(
            width=width, text_alignment=text_alignment, allow_content_width=True, default_width="stretch"
        )
        props = {
            "body": clean_text(body),
            "unsafeAllowHtml": bool(unsafe_allow_html),
            "isCaption": True,
            "help": help_text(help) if help else None,
            "layout": layout,
        }
        if wrap is False:
            props["wrap"] = False
        return as_dg(self)._enqueue("markdown", props)

    def text(
        self,
        body: Any,
        *,
        help: str | None = None,
        width: Width = "content",
        text_alignment: TextAlignment = "left",
        wrap: bool = True,
    ) -> "DeltaGenerator":
        """Fixed-width, unformatted text.

        Args:
            body: The text, shown as is (no Markdown).
            help: A tooltip shown beside the label (Markdown; None: none).
            text_alignment: "left", "center", "right" or "justify".
            wrap: Whether the label may wrap onto more lines (None: the element's default).
        """
        validate_wrap(wrap)
        layout = layout_props(
            width=width, text_alignment=text_alignment, allow_content_width=True, default_width="content"
        )
        props: dict[str, Any] = {"body": clean_text(body), "help": help_text(help) if help else None, "layout": layout}
        if wrap is False:
            props["wrap"] = False
        return as_dg(self)._enqueue("text", props)

    def code(
        self,
        body: Any,
        language: str | None = "python",
        *,
        line_numbers: bool = False,
        wrap_lines: bool = False,
        height: Any = "content",
        width: Width = "stretch",
    ) -> "DeltaGenerator":
        """A code block with a copy button.

        Args:
            body: The code to show.
            language: The language to highlight ("python"; None: plain text).
            line_numbers: Whether line numbers show.
            wrap_lines: Whether long lines wrap.
            height: The height in pixels, or a keyword the command allows (None: its default).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        layout = layout_props(
            height="content" if height is None else height,
            width=width,
            allow_content_width=True,
            allow_content_height=True,
            default_width="stretch",
            default_height="content",
        )
        return as_dg(self)._enqueue(
            "code",
            {
                "body": _code_text(body),
                "language": language or "plaintext",
                "lineNumbers": bool(line_numbers),
                "wrapLines": bool(wrap_lines),
                "layout": layout,
            },
        )

    def divider(self, *, width: Width = "stretch") -> "DeltaGenerator":
        """A horizontal rule.

        Args:
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        layout = layout_props(width=width, default_width="stretch")
        return as_dg(self)._enqueue(
            "markdown",
            {
                "body": "---",
                "unsafeAllowHtml": False,
                "isCaption": False,
                "help": None,
                "kind": "divider",
                "layout": layout,
            },
        )
