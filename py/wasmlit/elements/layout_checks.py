"""Width/height parameter checks with Streamlit's error types and texts."""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitInvalidHeightError, StreamlitInvalidWidthError

_UINT32_MAX = 2**32 - 1


def validate_width(width: Any, allow_content: bool = False) -> None:
    if not isinstance(width, (int, str)) or isinstance(width, bool):
        raise StreamlitInvalidWidthError(width, allow_content)
    if isinstance(width, str):
        if width not in (["stretch", "content"] if allow_content else ["stretch"]):
            raise StreamlitInvalidWidthError(width, allow_content)
    elif width <= 0 or width > _UINT32_MAX:
        raise StreamlitInvalidWidthError(width, allow_content)


def validate_height(
    height: Any,
    allow_content: bool = False,
    allow_stretch: bool = True,
    additional_allowed: list[str] | None = None,
) -> None:
    if not isinstance(height, (int, str)) or isinstance(height, bool):
        raise StreamlitInvalidHeightError(height, allow_content)
    if isinstance(height, str):
        allowed = (["stretch"] if allow_stretch else []) + (["content"] if allow_content else [])
        allowed += additional_allowed or []
        if height not in allowed:
            raise StreamlitInvalidHeightError(height, allow_content)
    elif height <= 0 or height > _UINT32_MAX:
        raise StreamlitInvalidHeightError(height, allow_content)
