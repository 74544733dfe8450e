"""Durations as Streamlit accepts them: seconds, timedelta, or text such as
"1d", "2h 30m", "10s", "500ms"."""

from __future__ import annotations

import re
from datetime import timedelta

from wasmlit.errors import StreamlitBadTimeStringError

_UNIT_SECONDS = {
    "w": 604800, "week": 604800, "weeks": 604800,
    "d": 86400, "day": 86400, "days": 86400,
    "h": 3600, "hr": 3600, "hour": 3600, "hours": 3600,
    "m": 60, "min": 60, "minute": 60, "minutes": 60,
    "s": 1, "sec": 1, "second": 1, "seconds": 1,
    "ms": 0.001, "millisecond": 0.001, "milliseconds": 0.001,
}
_PART = re.compile(r"\s*([0-9]*\.?[0-9]+)\s*([a-zA-Z]+)[\s,]*")


def time_to_seconds(value: "float | int | timedelta | str | None", *, coerce_none_to_inf: bool = True) -> float | None:
    if value is None:
        return float("inf") if coerce_none_to_inf else None
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, str):
        text = value.strip()
        total = 0.0
        position = 0
        for match in _PART.finditer(text):
            if match.start() != position or match.group(2).lower() not in _UNIT_SECONDS:
                break
            total += float(match.group(1)) * _UNIT_SECONDS[match.group(2).lower()]
            position = match.end()
        else:
            if position == len(text) and text:
                return total
        raise StreamlitBadTimeStringError(value)
    return float(value)
