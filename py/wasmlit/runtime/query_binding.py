"""URL text <-> widget wire values for widgets bound to query parameters
(``bind="query-params"``), with Streamlit 1.67's rules: what an empty or
repeated parameter means per value type, and how a value is written back
(booleans as ``true``/``false``, whole floats without ``.0``, dates and
times as ISO text in arrays of microseconds)."""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

ARRAY_TYPES = ("string_array_value", "int_array_value", "double_array_value")

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_TIME_BASE_DATE = date(2000, 1, 1)


def is_empty_url_value(value: "str | list[str]") -> bool:
    if isinstance(value, list):
        return len(value) > 0 and all(v == "" for v in value)
    return value == ""


def _non_empty(value: "str | list[str]") -> list[str]:
    parts = list(value) if isinstance(value, list) else [value]
    return [p for p in parts if p != ""]


def _micros(delta: timedelta) -> int:
    return delta.microseconds + delta.seconds * 1_000_000 + delta.days * 86_400_000_000


def _iso_to_micros(text: str) -> float | None:
    """ISO date, datetime (naive) or time -> microseconds since the epoch
    (a time counts from 2000-01-01), as date/time sliders send them."""
    try:
        if "T" in text:
            moment = datetime.fromisoformat(text)
            if moment.tzinfo is not None:
                return None
            return float(_micros(moment.replace(tzinfo=timezone.utc) - _EPOCH))
        if "-" in text:
            day = date.fromisoformat(text)
            return float(_micros(datetime.combine(day, time(), tzinfo=timezone.utc) - _EPOCH))
        if ":" in text:
            clock = time.fromisoformat(text)
            if clock.tzinfo is not None:
                return None
            return float(_micros(datetime.combine(_TIME_BASE_DATE, clock, tzinfo=timezone.utc) - _EPOCH))
    except ValueError:
        return None
    return None


def parse_url_param(value: "str | list[str]", value_type: str) -> Any:
    """The wire value a URL parameter stands for (ValueError when it cannot)."""
    last = value[-1] if isinstance(value, list) else value
    if is_empty_url_value(value):
        if value_type in ARRAY_TYPES:
            return []
        return "" if value_type == "string_value" else None
    if value_type == "bool_value":
        lowered = last.lower()
        if lowered in ("true", "false"):
            return lowered == "true"
        raise ValueError(f"Invalid boolean value: {last}")
    if value_type == "int_value":
        try:
            return int(last)
        except ValueError:
            return last
    if value_type == "double_value":
        return float(last)
    if value_type == "string_array_value":
        return _non_empty(value)
    if value_type == "double_array_value":
        numbers: list[Any] = []
        for part in _non_empty(value):
            try:
                numbers.append(float(part))
            except ValueError:
                micros = _iso_to_micros(part)
                numbers.append(micros if micros is not None else part)
        return numbers
    if value_type == "int_array_value":
        ints: list[Any] = []
        for part in _non_empty(value):
            try:
                ints.append(int(part))
            except ValueError:
                ints.append(part)
        return ints
    return last


def _number_text(v: Any) -> str:
    if isinstance(v, float) and math.isfinite(v) and v == int(v):
        return str(int(v))
    return str(v)


def url_text(value: Any, value_type: str) -> "str | list[str]":
    """A wire value as the URL holds it."""
    if value_type in ARRAY_TYPES:
        as_text = _number_text if value_type == "double_array_value" else str
        if isinstance(value, (list, tuple)):
            return [as_text(v) for v in value]
        return as_text(value)
    if value_type == "bool_value" and isinstance(value, bool):
        return str(value).lower()
    return str(value)


def sanitize_url_array(
    parsed: list[str], *, valid_options: list[str] | None, max_length: int | None, allow_duplicates: bool
) -> list[str] | None:
    """The URL's list filtered to valid options, deduplicated and cut to
    ``max_length``; None when nothing had to change."""
    result = parsed
    if valid_options is not None:
        result = [v for v in result if v in valid_options]
    if not allow_duplicates:
        result = list(dict.fromkeys(result))
    if max_length is not None and max_length > 0 and len(result) > max_length:
        result = result[:max_length]
    return result if result != parsed else None


def iso_from_micros(micros: float, date_type: str) -> str:
    """A date/time slider's value (microseconds since the epoch) as the page
    writes it in the URL: 2024-01-31, 13:45 (13:45:30), 2024-01-31T13:45."""
    moment = _EPOCH + timedelta(microseconds=int(micros))
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if date_type == "date":
        return text[:10]
    if date_type == "time":
        clock = text[11:19]
        return clock[:5] if clock.endswith(":00") else clock
    return text[:16] if text[17:19] == "00" else text[:19]
