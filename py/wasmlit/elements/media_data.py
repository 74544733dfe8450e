"""Media for st.image/st.audio/st.video: a URL the page loads as is, or bytes
that travel in the element's props (base64) and become a Blob URL in the page."""

from __future__ import annotations

import base64
import io
import os
import re
from pathlib import Path
from typing import Any

_URL = re.compile(r"^(https?://|data:)", re.IGNORECASE)


def is_url(value: str) -> bool:
    """An absolute http(s)/data URL, or a site-relative one (Streamlit's /app/static/...)."""
    return bool(_URL.match(value)) or value.startswith(("/app/static/", "app/static/", "./app/static/"))


def source(url: str | None = None, data: bytes | None = None, mime: str = "") -> dict[str, Any]:
    """The `src` prop: {url} or {data: base64, mime}."""
    if data is not None:
        return {"url": None, "data": base64.b64encode(data).decode("ascii"), "mime": mime}
    return {"url": url, "data": None, "mime": mime}


def read_stream(data: Any) -> bytes | None:
    """The bytes of a BytesIO or a binary file object (None if it is neither)."""
    if isinstance(data, io.BytesIO):
        data.seek(0)
        return data.getvalue()
    if isinstance(data, (io.RawIOBase, io.BufferedReader)):
        data.seek(0)
        return data.read() or b""
    return None


def as_path_text(data: Any) -> Any:
    return str(data) if isinstance(data, Path) else data


def is_file(value: str) -> bool:
    try:
        return os.path.isfile(value)
    except (ValueError, OSError):
        return False
