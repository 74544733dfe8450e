"""st.logo: the app's logo in the sidebar's header (and, while the sidebar is
closed or absent, in the app header, where ``icon_image`` replaces it).

The logo is not an element of the page's tree: it travels in its own
``logo`` message tagged with the run that sent it, and the page drops it when
a full run ends without sending it again (as Streamlit does)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from wasmlit import protocol
from wasmlit.elements.chat_message import is_emoji
from wasmlit.elements.image_data import image_source
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidURLError, StreamlitValueError
from wasmlit.runtime.context import get_script_run_ctx

LOGO_SIZES = ("small", "medium", "large")


def _invalid_logo_text(field_name: str) -> str:
    return (
        f"The {field_name} passed to st.logo is invalid - See "
        "[documentation](https://docs.streamlit.io/develop/api-reference/media/st.logo) "
        "for more information on valid types"
    )


def _logo_image(image: Any) -> dict[str, Any]:
    """{"kind": "icon"|"emoji"|"image", "value": name/emoji, "src": media source}."""
    if isinstance(image, str) and image.startswith(":material"):
        name = image.strip().strip(":")
        pack, _, icon = name.partition("/")
        if pack != "material" or not icon:
            raise ValueError(image)
        return {"kind": "icon", "value": icon, "src": None}
    if isinstance(image, str) and is_emoji(image):
        return {"kind": "emoji", "value": image, "src": None}
    return {"kind": "image", "value": None, "src": image_source(image, False, "RGB", "auto")}


def _is_http_url(link: str) -> bool:
    try:
        parsed = urlparse(str(link))
    except ValueError:
        return False
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


def logo(image: Any, *, size: str = "medium", link: str | None = None, icon_image: Any = None) -> None:
    """A logo at the top of the sidebar and the page.

    Args:
        image: The logo (a URL, path or image).
        size: "small", "medium" or "large".
        link: A URL it links to (None: no link).
        icon_image: A smaller image shown when the sidebar is closed.
    """
    ctx = get_script_run_ctx()
    if ctx is None:
        return
    try:
        main = _logo_image(image)
    except Exception as ex:
        raise StreamlitAPIException(_invalid_logo_text("image"), error_id="logo-invalid-image") from ex
    if link and not _is_http_url(link):
        raise StreamlitInvalidURLError(link, ("http", "https"))
    icon = None
    if icon_image:
        try:
            icon = _logo_image(icon_image)
        except Exception as ex:
            raise StreamlitAPIException(_invalid_logo_text("icon_image"), error_id="logo-invalid-icon-image") from ex
    if not isinstance(size, str) or size.lower() not in LOGO_SIZES:
        raise StreamlitValueError("size", ["'small'", "'medium'", "'large'"])
    ctx.control.yield_point()
    ctx.emit(protocol.logo(ctx.run_id, main, icon, link or None, size.lower()))
