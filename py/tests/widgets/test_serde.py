"""The widgets' serde classes: the script's value -> the wire value the page
shows -> the same value back, and what a wire value the widget cannot show
reads as."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from wasmlit.widgets.color_picker import HexColorSerde
from wasmlit.widgets.feedback import FeedbackSerde
from wasmlit.widgets.number_input import NumberSerde
from wasmlit.widgets.pagination import PageSerde
from wasmlit.widgets.select_slider import SelectSliderSerde
from wasmlit.widgets.serde import BoolSerde, TriggerSerde
from wasmlit.widgets.slider import SliderSerde, _normalise
from wasmlit.widgets.text_input import TextSerde
from wasmlit.widgets.time_input import TimeSerde


def test_bool_and_trigger():
    assert BoolSerde(True).deserialize(None) is True
    assert BoolSerde(True).deserialize(False) is False
    assert TriggerSerde().deserialize(True) is True
    assert TriggerSerde().deserialize(1) is False  # only a click's True triggers


def test_text_is_cut_to_max_chars():
    serde = TextSerde("default", 3)
    assert serde.deserialize(None) == "def"
    assert serde.deserialize("abcdef") == "abc"
    assert serde.serialize(None) is None


def test_colour_from_the_page():
    serde = HexColorSerde("#000000")
    assert serde.deserialize("ff0000") == "#ff0000"
    assert serde.deserialize("#zzz") == "#000000"
    assert serde.deserialize("") == "#000000"


def test_feedback_and_pages_out_of_range_read_as_the_default():
    assert FeedbackSerde(2, None).deserialize("1") == 1
    assert FeedbackSerde(2, 0).deserialize("5") == 0
    assert FeedbackSerde(2, 0).deserialize("") is None
    assert FeedbackSerde(5, None).serialize(None) == ""
    assert PageSerde(3, 1).deserialize(4) == 1
    assert PageSerde(3, 1).deserialize("2") == 2


def test_number_outside_the_bounds_or_not_finite_reads_as_the_default():
    serde = NumberSerde(5, True, 0, 10)
    assert serde.deserialize(7.0) == 7 and isinstance(serde.deserialize(7.0), int)
    assert serde.deserialize(11) == 5
    assert NumberSerde(0.5, False, 0.0, 1.0).deserialize(float("nan")) == 0.5


def test_time_keeps_seconds_only_for_a_step_under_a_minute():
    assert TimeSerde(None, 60).serialize(time(8, 30, 15)) == "08:30"
    assert TimeSerde(None, 15).serialize(time(8, 30, 15)) == "08:30:15"
    assert TimeSerde(None, 60).deserialize("08:30:15") == time(8, 30)
    assert TimeSerde(time(1, 0), 60).deserialize("nonsense") == time(1, 0)


def test_slider_round_trips_dates_and_aware_datetimes():
    day = date(2024, 3, 1)
    serde = SliderSerde(_normalise(day, [day], True, None, None, None, None))
    assert serde.deserialize(serde.serialize(day)) == day
    aware = datetime(2024, 3, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
    serde = SliderSerde(_normalise(aware, [aware], True, None, None, None, None))
    assert serde.deserialize(serde.serialize(aware)) == aware


def test_slider_wire_value_outside_the_bounds_reads_as_the_default():
    serde = SliderSerde(_normalise((2, 4), [2, 4], False, 0, 10, 1, None))
    assert serde.deserialize([3, 5]) == (3, 5)
    assert serde.deserialize([3, 11]) == (2, 4)
    assert serde.deserialize([3]) == (2, 4)


def test_select_slider_keeps_only_options():
    options = ["a", "b", "c"]
    serde = SelectSliderSerde(options, options, str, [0, 2])
    assert serde.deserialize(["c", "b"]) == ("b", "c")
    assert serde.deserialize(["a", "x"]) == ("a", "c")
    assert serde.keep_valid(("a", "b")) == (("a", "b"), False)
    assert serde.keep_valid(("a", "z")) == (("a", "c"), True)
    assert serde.keep_valid("z") == ("a", True)
