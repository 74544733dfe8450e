"""Colour arguments of the built-in charts (hex strings, rgb()/rgba(), tuples)."""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitInvalidColorError

BUILTIN_COLOR_NAMES = frozenset({"red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary"})


# The built-in charts' name for Streamlit's StreamlitInvalidColorError.
ColorError = StreamlitInvalidColorError


def is_hex_color_like(color: object) -> bool:
    return isinstance(color, str) and color.startswith("#") and color[1:].isalnum() and len(color) in (4, 5, 7, 9)


def is_css_color_like(color: object) -> bool:
    return is_hex_color_like(color) or (isinstance(color, str) and color.startswith(("rgb(", "rgba(")))


def is_color_tuple_like(color: object) -> bool:
    return isinstance(color, (tuple, list)) and len(color) in (3, 4) and all(isinstance(c, (int, float)) for c in color)


def is_color_like(color: object) -> bool:
    return is_css_color_like(color) or is_color_tuple_like(color)


def is_builtin_color_name(color: object) -> bool:
    return isinstance(color, str) and color.lower() in BUILTIN_COLOR_NAMES


def _as_int(component: Any, color: Any) -> int:
    if isinstance(component, float):
        component = int(component * 255)
    if isinstance(component, int):
        return min(255, max(component, 0))
    raise ColorError(color)


def _as_float(component: Any, color: Any) -> float:
    if isinstance(component, int):
        component /= 255.0
    if isinstance(component, float):
        return min(1.0, max(component, 0.0))
    raise ColorError(color)


def to_css_color(color: Any) -> str:
    if is_css_color_like(color):
        return color
    if is_color_tuple_like(color):
        r, g, b = (_as_int(c, color) for c in color[:3])
        if len(color) == 3:
            return f"rgb({r}, {g}, {b})"
        return f"rgba({r}, {g}, {b}, {_as_float(color[3], color)})"
    raise ColorError(color)


def to_int_color_tuple(color: Any) -> tuple[int, ...]:
    """A hex string or 3/4-component sequence as 0-255 integers (alpha included
    when given), as deck.gl takes colours."""
    if is_hex_color_like(color):
        digits = color[1:]
        if len(digits) in (3, 4):
            digits = "".join(2 * d for d in digits)
        if len(digits) == 6:
            digits += "ff"
        try:
            color = tuple(int(digits[i : i + 2], 16) for i in range(0, 8, 2))
        except ValueError as error:
            raise StreamlitInvalidColorError(color) from error
    if is_color_tuple_like(color):
        return tuple(_as_int(c, color) for c in color)
    raise StreamlitInvalidColorError(color)
