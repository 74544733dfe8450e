"""st.pdf: a PDF viewer (pages drawn by pdf.js in the page, loaded only when a
PDF is shown). Streamlit 1.67 draws st.pdf with its `streamlit-pdf`
component (a components.v2 "bidi_component"); wasmlit has the viewer built
in, with the same checks, texts and return value (None)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from wasmlit.elements.layout_checks import validate_height
from wasmlit.elements.media_data import source
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
)
from wasmlit.widgets.common import compute_widget_id, to_key
from wasmlit.dg_mixin import as_dg


def _is_http_url(text: str) -> bool:
    try:
        parsed = urlparse(text)
    except ValueError:
        return False
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


def _pdf_source(data: Any) -> dict[str, Any]:
    """The viewer's `src`: {url} for an http(s) URL, else the file's bytes."""
    if isinstance(data, (str, Path)):
        text = str(data).strip()
        if _is_http_url(text):
            return source(url=text, mime="application/pdf")
        try:
            with open(text, "rb") as handle:
                return source(data=handle.read(), mime="application/pdf")
        except (FileNotFoundError, PermissionError) as e:
            raise StreamlitAPIException(f"Unable to read file '{text}': {e}", error_id="pdf-unable-to-read-file") from e
    if isinstance(data, bytes):
        return source(data=data, mime="application/pdf")
    if hasattr(data, "read") and hasattr(data, "getvalue"):
        return source(data=data.getvalue(), mime="application/pdf")
    if hasattr(data, "read"):
        return source(data=data.read(), mime="application/pdf")
    raise StreamlitInvalidParameterTypeError(
        "data",
        type(data).__name__,
        ["str", "Path", "bytes", "file-like object"],
        detail="A str can be a file path or a URL.",
    )


def _normalize_alt(alt: Any) -> str | None:
    if alt is None:
        return None
    text = str(alt).strip()
    return text or None


class PdfMixin:
    def pdf(self, data: Any, *, height: Any = 500, key: str | None = None, alt: str | None = None) -> None:
        """Shows a PDF document.

        Args:
            data: The PDF: a URL, a file path, bytes or a file.
            height: The height in pixels, or a keyword the command allows (None: its default).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            alt: A description of it for screen readers.
        """
        dg = as_dg(self)
        if data is None:
            raise StreamlitMissingRequiredParameterError(
                "data",
                detail="Please provide a valid PDF file path, URL, bytes data, or file-like object.",
            )
        validate_height(height, allow_content=False)
        src = _pdf_source(data)
        alt_text = _normalize_alt(alt)
        key = to_key(key)
        digest = hashlib.md5(str(src.get("url") or src.get("data")).encode(), usedforsecurity=False).hexdigest()
        element_id = compute_widget_id(
            "bidi_component",
            dg,
            user_key=key,
            key_as_main_identity=False,
            component_name="streamlit-pdf.pdf_viewer",
            file=digest,
            height=str(height),
            alt=alt_text,
        )
        dg._enqueue("pdf", {"elementId": element_id, "key": key, "src": src, "height": height, "alt": alt_text})
        return None
