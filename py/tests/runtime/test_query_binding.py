from wasmlit.runtime.query_binding import iso_from_micros

DAY = 86_400_000_000


def test_date_slider_values_as_url_text():
    assert iso_from_micros(19753 * DAY, "date") == "2024-01-31"


def test_time_values_drop_zero_seconds():
    base = 10957 * DAY  # 2000-01-01
    assert iso_from_micros(base + (13 * 3600 + 45 * 60) * 1_000_000, "time") == "13:45"
    assert iso_from_micros(base + (13 * 3600 + 45 * 60 + 30) * 1_000_000, "time") == "13:45:30"


def test_datetime_values():
    moment = 19753 * DAY + (13 * 3600 + 45 * 60) * 1_000_000
    assert iso_from_micros(moment, "datetime") == "2024-01-31T13:45"
    assert iso_from_micros(moment + 30_000_000, "datetime") == "2024-01-31T13:45:30"
