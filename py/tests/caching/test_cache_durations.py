"""ttl values and max_size values, parsed as Streamlit parses them."""

from datetime import timedelta

import pytest

from wasmlit.caching.byte_sizes import max_size_bytes
from wasmlit.runtime.durations import duration_seconds as ttl_seconds
from wasmlit.errors import StreamlitBadTimeStringError, StreamlitInvalidParameterTypeError, StreamlitValueError
from cache_fixtures import clock, empty_caches  # noqa: F401 - fixtures


@pytest.mark.parametrize(
    "ttl, seconds",
    [
        (None, None),
        (30, 30),
        (1.5, 1.5),
        (timedelta(minutes=2), 120.0),
        ("1h", 3600.0),
        ("2d", 172800.0),
        ("1.5 days", 129600.0),
        ("1h23s", 3623.0),
        ("1d2h34m", 95640.0),
        ("10 min", 600.0),
        ("1 hour, 2 min", 3720.0),
        ("00:30:00", 1800.0),
        ("1 day 10:00:00", 122400.0),
        ("1w", 604800.0),
        ("100ms", 0.1),
        ("1H", 3600.0),
    ],
)
def test_ttl_forms(ttl, seconds):
    assert ttl_seconds(ttl) == pytest.approx(seconds) if seconds is not None else ttl_seconds(ttl) is None


@pytest.mark.parametrize("bad", ["", "abc", "2 hrs", "1y", "1M", "nan"])
def test_bad_ttl_strings(bad):
    with pytest.raises(StreamlitBadTimeStringError) as info:
        ttl_seconds(bad)
    assert str(info.value) == (
        f"Time string doesn't look right. It should be formatted as `'1d2h34m'` or `2 days`, for example. Got: {bad}"
    )


def test_max_size_forms_and_errors():
    assert max_size_bytes(None) is None
    assert max_size_bytes(1000) == 1000
    assert max_size_bytes("1KB") == 1024
    assert max_size_bytes("1.1KB") == 1126
    assert max_size_bytes("2 MiB") == 2 * 1024**2
    with pytest.raises(StreamlitValueError, match="Invalid `max_size` value"):
        max_size_bytes("12")
    with pytest.raises(StreamlitValueError):
        max_size_bytes(0)
    with pytest.raises(StreamlitInvalidParameterTypeError):
        max_size_bytes(True)
