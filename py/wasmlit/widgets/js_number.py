"""Bounds of numbers the page (JavaScript) can represent exactly."""

from __future__ import annotations

from wasmlit.errors import StreamlitJSNumberBoundsError

MAX_SAFE_INTEGER = (1 << 53) - 1
MIN_SAFE_INTEGER = -((1 << 53) - 1)
MAX_VALUE = 1.7976931348623157e308
MIN_NEGATIVE_VALUE = -MAX_VALUE


def validate_int_bounds(value: int, name: str) -> None:
    if value < MIN_SAFE_INTEGER:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be >= -((1 << 53) - 1)")
    if value > MAX_SAFE_INTEGER:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be <= (1 << 53) - 1")


def validate_float_bounds(value: float, name: str) -> None:
    if not isinstance(value, (int, float)):
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) is not a float")
    if value < MIN_NEGATIVE_VALUE:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be >= -1.797e+308")
    if value > MAX_VALUE:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be <= 1.797e+308")
