"""Layout parameter checks (width, height, gap, alignments, wrap) with
Streamlit 1.67's error types and texts, and the layout props the page reads
(`layout` on a node: width, height, text alignment)."""

from __future__ import annotations

from numbers import Integral
from typing import Any

from wasmlit.errors import (
    StreamlitInvalidHeightError,
    StreamlitInvalidParameterTypeError,
    StreamlitInvalidWidthError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)

UINT32_MAX = 2**32 - 1
TEXT_ALIGNMENTS = ("left", "center", "right", "justify")
HORIZONTAL_ALIGNMENTS = ("left", "center", "right", "distribute")
VERTICAL_ALIGNMENTS = ("top", "center", "bottom", "distribute")
GAP_SIZES = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")
EXPANDABLE_TYPES = ("default", "compact", "step")

_UNSET: Any = object()


def is_int(value: object) -> bool:
    """A real int (not a bool)."""
    return isinstance(value, Integral) and not isinstance(value, bool)


def validate_uint32_max(parameter: str, value: int, *, min_value: int = 1) -> None:
    if value < min_value or value > UINT32_MAX:
        raise StreamlitValueOutOfRangeError(parameter, value, min_value, UINT32_MAX)


def validate_width(width: Any, allow_content: bool = False) -> None:
    if not isinstance(width, (int, str)):
        raise StreamlitInvalidWidthError(width, allow_content)
    if isinstance(width, str):
        if width not in (["stretch", "content"] if allow_content else ["stretch"]):
            raise StreamlitInvalidWidthError(width, allow_content)
    elif width <= 0:
        raise StreamlitInvalidWidthError(width, allow_content)
    else:
        validate_uint32_max("width", width)


def validate_height(
    height: Any,
    allow_content: bool = False,
    allow_stretch: bool = True,
    additional_allowed: list[str] | None = None,
) -> None:
    if not isinstance(height, (int, str)):
        raise StreamlitInvalidHeightError(height, allow_content)
    if isinstance(height, str):
        allowed = (["stretch"] if allow_stretch else []) + (["content"] if allow_content else [])
        allowed += additional_allowed or []
        if height not in allowed:
            raise StreamlitInvalidHeightError(height, allow_content)
    elif height <= 0:
        raise StreamlitInvalidHeightError(height, allow_content)
    else:
        validate_uint32_max("height", height)


def validate_text_alignment(text_alignment: Any) -> None:
    if text_alignment not in TEXT_ALIGNMENTS:
        raise StreamlitValueError("text_alignment", [f"'{a}'" for a in TEXT_ALIGNMENTS])


def validate_wrap(wrap: Any) -> None:
    """A strictly boolean ``wrap`` (no automatic mode)."""
    if not isinstance(wrap, bool):
        raise StreamlitValueError("wrap", ["True", "False"])


def validate_bool_arg(parameter: str, value: Any) -> None:
    if not isinstance(value, bool):
        raise StreamlitInvalidParameterTypeError(parameter, type(value).__name__, ["bool"])


def validate_horizontal_alignment(value: Any) -> None:
    if value not in HORIZONTAL_ALIGNMENTS:
        raise StreamlitValueError(
            "horizontal_alignment", [f"'{a}'" for a in HORIZONTAL_ALIGNMENTS], detail=f"Got {value!r}."
        )


def validate_vertical_alignment(value: Any) -> None:
    if value not in VERTICAL_ALIGNMENTS:
        raise StreamlitValueError(
            "vertical_alignment", [f"'{a}'" for a in VERTICAL_ALIGNMENTS], detail=f"Got {value!r}."
        )


def gap_value(gap: Any, *, parameter: str = "gap", detail: str | None = None) -> "str | int | None":
    """A gap as the page uses it: a size name, pixels, or None (no gap)."""
    if isinstance(gap, int) and not isinstance(gap, bool) and gap >= 0:
        validate_uint32_max(parameter, gap, min_value=0)
        return gap
    if gap is None:
        return None
    if isinstance(gap, str) and gap.lower() in GAP_SIZES:
        return gap.lower()
    raise StreamlitValueError(
        parameter,
        [f"'{size}'" for size in GAP_SIZES] + ["None", "a non-negative integer (pixels)"],
        detail=f"Got {gap!r}." if detail is None else detail,
    )


def validate_expandable_type(value: Any) -> None:
    if value not in EXPANDABLE_TYPES:
        raise StreamlitValueError("type", [f"'{t}'" for t in EXPANDABLE_TYPES])


def layout_props(
    *,
    width: Any = _UNSET,
    height: Any = _UNSET,
    text_alignment: Any = None,
    allow_content_width: bool = False,
    allow_content_height: bool = False,
    allow_stretch_height: bool = True,
    additional_allowed_height: list[str] | None = None,
    default_width: Any = _UNSET,
    default_height: Any = _UNSET,
) -> dict[str, Any]:
    """Checks the layout parameters given, as Streamlit's
    create_layout_config does, and returns them as the node's ``layout``
    prop ({"width", "height", "textAlignment"}): only those given that
    differ from the element's default (``default_width``/``default_height``;
    "left" for the text alignment), which the page already applies."""
    layout: dict[str, Any] = {}
    if width is not _UNSET:
        validate_width(width, allow_content=allow_content_width)
        if width is not default_width and width != default_width:
            layout["width"] = width
    if height is not _UNSET:
        validate_height(
            height,
            allow_content=allow_content_height,
            allow_stretch=allow_stretch_height,
            additional_allowed=additional_allowed_height,
        )
        if height is not default_height and height != default_height:
            layout["height"] = height
    if text_alignment is not None:
        validate_text_alignment(text_alignment)
        if text_alignment != "left":
            layout["textAlignment"] = text_alignment
    return layout


def layout_values(**values_and_defaults: tuple[Any, Any]) -> dict[str, Any]:
    """An already checked ``layout`` prop: each name's value, where it is
    not the element's default (``width=(width, "stretch")``)."""
    return {name: value for name, (value, default) in values_and_defaults.items() if value != default}
