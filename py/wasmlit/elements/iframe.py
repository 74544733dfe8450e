"""st.iframe and streamlit.components.v1's html() / iframe(): content in a
sandboxed <iframe> (a URL, or HTML given as srcdoc)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wasmlit.elements.layout_checks import validate_height, validate_width
from wasmlit.errors import StreamlitInvalidParameterTypeError, StreamlitValueError
from wasmlit.type_aliases import Width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

# Streamlit's default height of components.html / components.iframe (px).
DEFAULT_COMPONENT_HEIGHT = 150
# st.iframe's height for a URL whose content size the page cannot know (px).
DEFAULT_URL_HEIGHT = 400


def check_tab_index(tab_index: Any) -> None:
    if tab_index is None:
        return
    if isinstance(tab_index, bool) or not isinstance(tab_index, int):
        raise StreamlitInvalidParameterTypeError("tab_index", type(tab_index).__name__, ["int"])
    if tab_index < -1:
        raise StreamlitValueError("tab_index", ["None", "-1", "a non-negative integer"])


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://", "data:"))


def _is_file(text: str) -> bool:
    try:
        return len(text) < 4096 and "\n" not in text and os.path.isfile(text)
    except (OSError, ValueError):
        return False


def _iframe_props(
    *,
    src: str | None = None,
    srcdoc: str | None = None,
    width: Any,
    height: Any,
    scrolling: bool,
    tab_index: Any,
    alt: str | None = None,
) -> dict[str, Any]:
    check_tab_index(tab_index)
    return {
        "src": src,
        "srcdoc": srcdoc,
        "width": width,
        "height": height,
        "scrolling": bool(scrolling),
        "tabIndex": tab_index,
        "alt": alt,
    }


class IframeMixin:
    def iframe(
        self,
        src: "str | Path",
        *,
        width: Width = "stretch",
        height: Any = "content",
        tab_index: int | None = None,
        alt: str | None = None,
    ) -> "DeltaGenerator":
        """Embeds a URL or HTML document in an iframe.

        Args:
            src: The URL, file path or HTML to show.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            height: The height in pixels, or a keyword the command allows (None: its default).
            tab_index: The iframe's tabindex (None: the browser's).
            alt: A description of it for screen readers.
        """
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        text = str(src)
        if isinstance(src, Path) or (not _is_url(text) and _is_file(text)):
            srcdoc, url = Path(text).read_text(encoding="utf-8"), None
        elif _is_url(text) or text.startswith("/"):
            srcdoc, url = None, text
        else:
            srcdoc, url = text, None
        if url is not None:
            width = "stretch" if width == "content" else width
            height = DEFAULT_URL_HEIGHT if height == "content" else height
        props = _iframe_props(
            src=url, srcdoc=srcdoc, width=width, height=height, scrolling=True, tab_index=tab_index, alt=alt
        )
        return as_dg(self)._enqueue("iframe", props)

    def _iframe(
        self,
        src: str,
        width: int | None = None,
        height: int | None = None,
        scrolling: bool = False,
        *,
        tab_index: int | None = None,
    ) -> "DeltaGenerator":
        props = _iframe_props(
            src=str(src),
            width=width if width is not None else "stretch",
            height=height if height is not None else DEFAULT_COMPONENT_HEIGHT,
            scrolling=scrolling,
            tab_index=tab_index,
        )
        return as_dg(self)._enqueue("iframe", props)

    def _html(
        self,
        html: str,
        width: int | None = None,
        height: int | None = None,
        scrolling: bool = False,
        *,
        tab_index: int | None = None,
    ) -> "DeltaGenerator":
        props = _iframe_props(
            srcdoc=str(html),
            width=width if width is not None else "stretch",
            height=height if height is not None else DEFAULT_COMPONENT_HEIGHT,
            scrolling=scrolling,
            tab_index=tab_index,
        )
        return as_dg(self)._enqueue("iframe", props)
