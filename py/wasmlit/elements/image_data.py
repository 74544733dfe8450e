"""One st.image image -> its `src` prop (see media_data.source)."""

from __future__ import annotations

import base64
import io
import re
from typing import Any

from wasmlit.elements import media_data, pixels

_SVG = re.compile(r"(^\s?(<\?xml[\s\S]*<svg\s)|^\s?<svg\s|^\s?<svg>\s)")
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)


def sniff_mime(data: bytes) -> str:
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    head = data[:512].lstrip()
    if head.startswith((b"<svg", b"<?xml")):
        return "image/svg+xml"
    return "application/octet-stream"


def _svg_url(text: str) -> str:
    if "xmlns" not in text:
        text = text.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    return "data:image/svg+xml;base64," + base64.b64encode(text.encode("utf-8")).decode("ascii")


def _pil_image(image: Any) -> bool:
    try:
        from PIL import Image
    except ImportError:
        return False
    return isinstance(image, Image.Image)


def _pil_to_bytes(image: Any, output_format: str) -> tuple[bytes, str]:
    fmt = output_format.upper()
    if fmt == "JPG":
        fmt = "JPEG"
    if fmt not in ("JPEG", "PNG"):
        if image.format == "GIF":
            fmt = "GIF"
        elif image.mode in ("RGBA", "LA", "P"):
            fmt = "PNG"
        else:
            fmt = "JPEG"
    out = io.BytesIO()
    image.save(out, format=fmt, quality=100)
    return out.getvalue(), f"image/{fmt.lower()}"


def image_source(image: Any, clamp: bool, channels: str, output_format: str) -> dict[str, Any]:
    image = media_data.as_path_text(image)
    if isinstance(image, str):
        if not media_data.is_file(image) and media_data.is_url(image):
            return media_data.source(url=image)
        if image.endswith(".svg") and media_data.is_file(image):
            with open(image, encoding="utf-8") as handle:
                image = handle.read()
        if _SVG.search(image):
            return media_data.source(url=_svg_url(image))
        with open(image, "rb") as handle:
            data = handle.read()
        return media_data.source(data=data, mime=sniff_mime(data))
    if _pil_image(image):
        data, mime = _pil_to_bytes(image, output_format)
        return media_data.source(data=data, mime=mime)
    if pixels.is_pixel_array(image):
        return media_data.source(data=pixels.pixels_to_png(image, clamp, channels), mime="image/png")
    if isinstance(image, io.BytesIO):  # Streamlit reads only BytesIO streams (UploadedFile is one)
        stream = media_data.read_stream(image) or b""
        return media_data.source(data=stream, mime=sniff_mime(stream))
    if isinstance(image, (bytes, bytearray, memoryview)):
        data = bytes(image)
        return media_data.source(data=data, mime=sniff_mime(data))
    raise _unsupported(image, output_format)


def _unsupported(image: Any, output_format: str) -> Exception:
    """Streamlit takes any other object for raw image bytes and fails inside PIL:
    with a fixed output format when reading it as bytes, else when asking it for
    its `format`. The same operations here, so the errors are Python's own."""
    try:
        if str(output_format).upper() in ("JPEG", "JPG", "PNG"):
            io.BytesIO(image)
        else:
            image.format  # noqa: B018 - raises AttributeError as in Streamlit
    except (TypeError, AttributeError) as exc:
        return exc
    return TypeError(f"Unsupported image type: {type(image).__name__}")
