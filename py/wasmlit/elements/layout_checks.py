"""Width/height parameter checks with Streamlit's error types and texts."""

from __future__ import annotations

from typing import Any

from wasmlit.errors import LocalizableStreamlitException

_UINT32_MAX = 2**32 - 1


class StreamlitInvalidWidthError(LocalizableStreamlitException):
    def __init__(self, width: Any, allow_content: bool = False) -> None:
        valid_values = "a positive integer (pixels) or 'stretch'"
        if allow_content:
            valid_values = "a positive integer (pixels), 'stretch', or 'content'"
        super().__init__(
            "Invalid width value: {width}. Width must be either {valid_values}.",
            width=repr(width),
            valid_values=valid_values,
        )


class StreamlitInvalidHeightError(LocalizableStreamlitException):
    def __init__(self, height: Any, allow_content: bool = False) -> None:
        valid_values = "a positive integer (pixels) or 'stretch'"
        if allow_content:
            valid_values = "a positive integer (pixels), 'stretch', or 'content'"
        super().__init__(
            "Invalid height value: {height}. Height must be either {valid_values}.",
            height=repr(height),
            valid_values=valid_values,
        )


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
