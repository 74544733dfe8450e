"""``max_size`` of st.cache_data: bytes as an int or a string with a unit
(``"500MB"``, ``"1.5GiB"``; KB/MB/GB/TB and KiB/MiB/GiB/TiB are all powers
of 1024, fractions round down)."""

from __future__ import annotations

import re
from numbers import Integral
from typing import Any

from wasmlit.errors import StreamlitInvalidParameterTypeError, StreamlitValueError

_SIZE = re.compile(r"(\d+(?:\.\d*)?|\.\d+) ?(b|ki?b|mi?b|gi?b|ti?b)", re.ASCII | re.IGNORECASE)
_POWERS = {"b": 0, "k": 1, "m": 2, "g": 3, "t": 4}
_MAX_DIGITS = 100
_DETAIL = (
    'Use an integer number of bytes or a positive value with an explicit unit, such as "500MB", "1.5GB", or "200KiB".'
)
_TYPE_DETAIL = 'Pass an integer byte count such as int(5e8), or a unit string such as "500MB".'


def _bad_value(detail: str = _DETAIL) -> StreamlitValueError:
    return StreamlitValueError("max_size", ["a positive byte size"], detail=detail)


def max_size_bytes(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (Integral, str)):
        raise StreamlitInvalidParameterTypeError("max_size", type(value).__name__, ["int", "str"], detail=_TYPE_DETAIL)
    if isinstance(value, str):
        match = _SIZE.fullmatch(value)
        if match is None:
            raise _bad_value()
        number, unit = match.groups()
        whole, _, fraction = number.partition(".")
        digits = (whole or "0") + fraction
        if len(digits) > _MAX_DIGITS:
            raise _bad_value(f"Use a byte size with at most {_MAX_DIGITS} digits.")
        size = int(digits) * 1024 ** _POWERS[unit[0].lower()] // 10 ** len(fraction)
    else:
        size = int(value)
    if size <= 0:
        raise _bad_value()
    return size
