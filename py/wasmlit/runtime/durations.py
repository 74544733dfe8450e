"""Durations (a cache's ``ttl``, a fragment's ``run_every``) given as seconds,
a timedelta or a string.

Strings follow the forms pandas' ``Timedelta`` accepts (what Streamlit uses):
``"1h"``, ``"2d"``, ``"1.5 days"``, ``"1h23s"``, ``"1d2h34m"``, ``"10 min"``,
``"1 day, 2 hours"`` and clock parts such as ``"00:30:00"`` or
``"1 day 10:00:00"``. Parsed here without pandas, so the worker does not
have to load it for a duration.
"""

from __future__ import annotations

import math
import re
from datetime import timedelta
from typing import Any, overload

from wasmlit.errors import StreamlitBadTimeStringError

_UNIT_SECONDS = {}
for _names, _seconds in (
    (("w", "W"), 7 * 86400.0),
    (("d", "D", "day", "days"), 86400.0),
    (("h", "H", "hr", "hour", "hours"), 3600.0),
    (("m", "min", "minute", "minutes", "T"), 60.0),
    (("s", "S", "sec", "second", "seconds"), 1.0),
    (("ms", "milli", "millis", "millisecond", "milliseconds", "L"), 1e-3),
    (("us", "micro", "micros", "microsecond", "microseconds", "U"), 1e-6),
    (("ns", "nano", "nanos", "nanosecond", "nanoseconds", "N"), 1e-9),
):
    for _name in _names:
        _UNIT_SECONDS[_name] = _seconds

_NUMBER = r"(?:\d+(?:\.\d*)?|\.\d+)"
_CLOCK = re.compile(r"(\d+):(\d\d):(\d\d(?:\.\d*)?)")
_PART = re.compile(rf"({_NUMBER})\s*([A-Za-z]+)")
_BARE_NUMBER = re.compile(rf"[+-]?{_NUMBER}")


def _parse(text: str) -> float | None:
    """Seconds in ``text``, or None when it is not a duration."""
    rest = text.strip()
    if not rest:
        return None
    if _BARE_NUMBER.fullmatch(rest):
        return float(rest) * 1e-9  # pandas reads a bare number as nanoseconds
    sign = 1.0
    if rest[0] in "+-":
        sign = -1.0 if rest[0] == "-" else 1.0
        rest = rest[1:].lstrip()
    total = 0.0
    found = False
    position = 0
    while position < len(rest):
        char = rest[position]
        if char in " ,":
            position += 1
            continue
        clock = _CLOCK.match(rest, position)
        if clock:
            hours, minutes, seconds = clock.groups()
            total += int(hours) * 3600 + int(minutes) * 60 + float(seconds)
            position = clock.end()
            found = True
            continue
        part = _PART.match(rest, position)
        if not part or part.group(2) not in _UNIT_SECONDS:
            return None
        total += float(part.group(1)) * _UNIT_SECONDS[part.group(2)]
        position = part.end()
        found = True
    return sign * total if found else None


@overload
def duration_seconds(ttl: str | timedelta) -> float: ...


@overload
def duration_seconds(ttl: Any) -> float | None: ...


def duration_seconds(ttl: Any) -> float | None:
    """A duration in seconds; None stays None (e.g. cache entries that never expire)."""
    if ttl is None:
        return None
    if isinstance(ttl, timedelta):
        return ttl.total_seconds()
    if isinstance(ttl, str):
        seconds = _parse(ttl)
        if seconds is None or math.isnan(seconds):
            raise StreamlitBadTimeStringError(ttl)
        return seconds
    return ttl
