"""st.slider: int, float, date, time and datetime values, single or range."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from numbers import Integral, Real
from typing import Any

from wasmlit.errors import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueError,
)
from wasmlit.runtime.context import current_or_bare_ctx
from wasmlit.widgets import js_number
from wasmlit.elements.layout_checks import layout_props
from wasmlit.widgets.common import (
    check_label,
    check_widget_policies,
    compute_widget_id,
    normalize_callback,
    to_key,
)
from wasmlit.widgets.enqueue import WidgetCall, register_and_enqueue
from wasmlit.type_aliases import (
    BindOption,
    Key,
    LabelVisibility,
    OnChange,
    PersistState,
    WidgetArgs,
    WidgetKwargs,
    Width,
)
from wasmlit.dg_mixin import as_dg


INT, FLOAT, DATE, TIME, DATETIME = "int", "float", "date", "time", "datetime"
TIMELIKE = (DATE, TIME, DATETIME)
_EPOCH = datetime(1970, 1, 1)
_UTC_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
SCALAR_TYPES = (Integral, Real, date, time, datetime)


def _data_type(v: Any) -> str:
    if isinstance(v, bool):
        return INT
    if isinstance(v, Integral):
        return INT
    if isinstance(v, Real):
        return FLOAT
    if isinstance(v, datetime):
        return DATETIME
    if isinstance(v, date):
        return DATE
    if isinstance(v, time):
        return TIME
    raise StreamlitInvalidParameterTypeError(
        "value", type(v).__name__, ["int", "float", "date", "time", "datetime", "list", "tuple"]
    )


def _to_micros(dt: datetime) -> int:
    if dt.tzinfo is None:
        return (dt - _EPOCH) // timedelta(microseconds=1)
    return (dt - _UTC_EPOCH) // timedelta(microseconds=1)


def _from_micros(micros: float, tz: Any) -> datetime:
    base = _UTC_EPOCH if tz is not None else _EPOCH
    dt = base + timedelta(microseconds=int(micros))
    return dt.astimezone(tz) if tz is not None else dt


def _time_to_datetime(t: time) -> datetime:
    return datetime.combine(date(2000, 1, 1), t)


def _date_to_datetime(d: date) -> datetime:
    return datetime.combine(d, time())


def _window_around(v: Any, span: timedelta) -> tuple[Any, Any]:
    return v - span, v + span


def _value_when_none(min_value: Any, max_value: Any, key: str | None) -> Any:
    """``value=None``: the minimum, or the whole range when the key holds a range."""
    single = True
    state_now = current_or_bare_ctx().session_state.filtered_state()
    if key is not None and key in state_now:
        single = isinstance(state_now[key], SCALAR_TYPES)
    low = min_value if min_value is not None else 0
    return low if single else [low, max_value if max_value is not None else 100]


def _values_of(value: Any) -> tuple[list[Any], bool]:
    """``value`` as a list of 0-2 values of one type, and whether it is a single value."""
    single_value = isinstance(value, SCALAR_TYPES)
    range_value = isinstance(value, (list, tuple)) and len(value) in (0, 1, 2)
    if not single_value and not range_value:
        if isinstance(value, (list, tuple)):
            raise StreamlitValueError(
                "value",
                [
                    "int",
                    "float",
                    "date",
                    "time",
                    "datetime",
                    "a list containing up to two such values",
                    "a tuple containing up to two such values",
                ],
            )
        raise StreamlitInvalidParameterTypeError(
            "value", type(value).__name__, ["int", "float", "date", "time", "datetime", "list", "tuple"]
        )
    values: list[Any] = [value] if single_value else list(value)
    if len({_data_type(v) for v in values}) > 1:
        raise StreamlitInvalidParameterTypeError(
            "value",
            ", ".join(type(v).__name__ for v in values),
            ["list or tuple containing values of the same type"],
        )
    return values, single_value


def _type_defaults(data_type: str, first: Any) -> tuple[Any, Any, Any, str]:
    """(min, max, step, format) when the script gives none."""
    dt_min: Any = time.min
    dt_max: Any = time.max
    if data_type == TIME:
        dt_min = time.min.replace(tzinfo=first.tzinfo)
        dt_max = time.max.replace(tzinfo=first.tzinfo)
    if data_type in (DATETIME, DATE):
        dt_min, dt_max = _window_around(first, timedelta(days=14))
    return {
        INT: (0, 100, 1, "%d"),
        FLOAT: (0.0, 1.0, 0.01, "%0.2f"),
        DATETIME: (dt_min, dt_max, timedelta(days=1), "YYYY-MM-DD"),
        DATE: (dt_min, dt_max, timedelta(days=1), "YYYY-MM-DD"),
        TIME: (dt_min, dt_max, timedelta(minutes=15), "HH:mm"),
    }[data_type]


@dataclass(frozen=True)
class SliderRange:
    """A slider's parameters in wire units: numbers as they are, dates,
    times and datetimes as microseconds since the epoch (UTC for an aware
    value, whose zone is ``tz``)."""

    data_type: str
    single: bool
    min: Any
    max: Any
    step: Any
    format: str
    default: list[Any]
    tz: Any = None


def _normalise(
    value: Any, values: list[Any], single: bool, min_value: Any, max_value: Any, step: Any, format: str | None
) -> SliderRange:
    """Fills in the type's defaults, checks that the parameters' types
    match, widens the bounds to the value and converts all to wire units."""
    data_type = INT if not values else _data_type(values[0])
    default_min, default_max, default_step, default_format = _type_defaults(data_type, values[0] if values else None)
    if min_value is None:
        min_value = default_min
    if max_value is None:
        max_value = default_max
    if step is None:
        step = default_step
        if data_type in (DATETIME, DATE) and abs(max_value - min_value) < timedelta(days=1):
            step = timedelta(minutes=15)
    if format is None:
        format = default_format  # noqa: A001
    if isinstance(step, timedelta):
        if step == timedelta(0):
            raise StreamlitValueError("step", ["a timedelta"], detail="Zero is not allowed.")
    elif step == 0:
        raise StreamlitValueError("step", ["a number"], detail="Zero is not allowed.")

    bounds = [min_value, max_value, step]
    int_args = all(isinstance(a, Integral) for a in bounds)
    float_args = all(isinstance(a, Real) and not isinstance(a, Integral) for a in bounds)
    timelike_args = data_type in TIMELIKE and isinstance(step, timedelta) and type(min_value) is type(max_value)
    if not int_args and not float_args and not timelike_args:
        raise StreamlitInvalidParameterTypeError(
            "value",
            f"min_value={type(min_value).__name__}, max_value={type(max_value).__name__}, step={type(step).__name__}",
            ["matching numeric types", "matching date/time types"],
        )
    all_ints = data_type == INT and int_args
    all_floats = data_type == FLOAT and float_args
    all_timelikes = data_type in TIMELIKE and timelike_args
    if not all_ints and not all_floats and not all_timelikes:
        raise StreamlitInvalidParameterTypeError(
            "value",
            f"value={type(value).__name__}, min_value={type(min_value).__name__}, max_value={type(max_value).__name__}",
            ["value and arguments with matching types"],
        )

    if min_value > max_value:
        min_value, max_value = max_value, min_value
    if len(values) == 1:
        min_value = min(values[0], min_value)
        max_value = max(values[0], max_value)
    elif len(values) == 2:
        start, end = values
        if start > end:
            start, end = end, start
            values = [start, end]
        min_value = min(start, min_value)
        max_value = max(end, max_value)
    else:
        values = [min_value, max_value]

    if all_ints:
        js_number.validate_int_bounds(min_value, "`min_value`")
        js_number.validate_int_bounds(max_value, "`max_value`")
    elif all_floats:
        js_number.validate_float_bounds(min_value, "`min_value`")
        js_number.validate_float_bounds(max_value, "`max_value`")

    tz = None
    if data_type == TIME:
        values = [_time_to_datetime(v) for v in values]
        min_value, max_value = _time_to_datetime(min_value), _time_to_datetime(max_value)
    if data_type == DATE:
        values = [_date_to_datetime(v) for v in values]
        min_value, max_value = _date_to_datetime(min_value), _date_to_datetime(max_value)
    if min_value == max_value:
        raise StreamlitInvalidMinMaxError(min_value, max_value)
    if data_type in TIMELIKE:
        tz = values[0].tzinfo if data_type in (TIME, DATETIME) else None
        values = [_to_micros(v) for v in values]
        min_value, max_value = _to_micros(min_value), _to_micros(max_value)
        step = step // timedelta(microseconds=1)
    return SliderRange(data_type, single, min_value, max_value, step, format, list(values), tz)


class SliderSerde:
    """The wire holds a list of one or two numbers in wire units (see
    SliderRange). As in Streamlit, a wire value of the wrong length, not
    finite or outside the bounds (from an old run, or a URL) reads as the
    default."""

    def __init__(self, slider: SliderRange) -> None:
        self.slider = slider

    def from_wire(self, number: float) -> Any:
        data_type = self.slider.data_type
        if data_type == INT:
            return int(number)
        if data_type == FLOAT:
            return float(number)
        dt = _from_micros(number, self.slider.tz)
        if data_type == DATE:
            return dt.date()
        if data_type == TIME:
            return dt.timetz() if self.slider.tz is not None else dt.time()
        return dt

    def to_wire(self, value: Any) -> float:
        data_type = self.slider.data_type
        if data_type in (INT, FLOAT):
            return value
        if data_type == DATE:
            return _to_micros(_date_to_datetime(value))
        if data_type == TIME:
            return _to_micros(_time_to_datetime(value))
        return _to_micros(value)

    def serialize(self, value: Any) -> list[float]:
        return [self.to_wire(x) for x in ([value] if self.slider.single else list(value))]

    def deserialize(self, wire: Any) -> Any:
        s = self.slider
        values = s.default if wire is None else list(wire)
        if len(values) != (1 if s.single else 2):
            values = s.default
        elif any(not math.isfinite(v) or v < s.min or v > s.max for v in values):
            values = s.default
        converted = [self.from_wire(v) for v in values]
        return converted[0] if s.single else tuple(converted)

    def check_in_bounds(self, value: Any) -> None:
        """A value set through session state must lie within the bounds."""
        for number in self.serialize(value):
            if number < self.slider.min:
                raise StreamlitValueBelowMinError(
                    value=self.from_wire(number), min_value=self.from_wire(self.slider.min)
                )
            if number > self.slider.max:
                raise StreamlitValueAboveMaxError(
                    value=self.from_wire(number), max_value=self.from_wire(self.slider.max)
                )


class SliderMixin:
    def slider(
        self,
        label: str,
        min_value: Any = None,
        max_value: Any = None,
        value: Any = None,
        step: Any = None,
        format: str | None = None,
        key: Key | None = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        *,
        disabled: bool = False,
        label_visibility: LabelVisibility = "visible",
        width: Width = "stretch",
        bind: BindOption = None,
        persist_state: PersistState = None,
    ) -> Any:
        """A slider over numbers, dates, times or datetimes; a pair of values
        gives a range slider. Returns the value (or a tuple for a range).

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            min_value: The smallest value allowed (None: the command's default).
            max_value: The largest value allowed (None: the command's default).
            step: The step between values (None: the command's default).
            format: A printf-style format for numbers, or a date/time format for dates and
                times.
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            help: A tooltip shown beside the label (Markdown; None: none).
            on_change: A callback run when the value changes, before the rerun; "rerun" (the
                default): just rerun; "ignore": the page keeps the new value without a rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            disabled: Shown greyed out and not usable.
            label_visibility: "visible", "hidden" (its space is kept) or "collapsed" (no space).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            bind: "query-params": the value also lives in the page URL under the key (None: not
                bound).
            persist_state: "page" or "session": the value is kept while the widget is not drawn
                (on its page, or across pages); None: dropped.
        """
        dg = as_dg(self)
        key = to_key(key)
        callback = normalize_callback(on_change)
        check_widget_policies(dg, key, callback, default_value=value)
        label = check_label(label, label_visibility)
        widget_id = compute_widget_id(
            "slider",
            dg,
            user_key=key,
            key_as_main_identity={"min_value", "max_value", "step"},
            label=label,
            min_value=min_value,
            max_value=max_value,
            value=value,
            step=step,
            format=format,
            help=help,
            width=width,
        )
        if value is None:
            value = _value_when_none(min_value, max_value, key)
        values, single = _values_of(value)
        slider = _normalise(value, values, single, min_value, max_value, step, format)
        serde = SliderSerde(slider)
        call = WidgetCall(
            dg=dg,
            widget_id=widget_id,
            key=key,
            callback=callback,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            label=label,
            label_visibility=label_visibility,
            help=help,
            disabled=disabled,
            bind=bind,
            persist_state=persist_state,
        )
        return register_and_enqueue(
            call,
            "slider",
            serde,
            value_type="double_array_value",
            default_wire=slider.default,
            check_assigned=serde.check_in_bounds,
            date_type=slider.data_type if slider.data_type in TIMELIKE else None,
            props=dict(
                min=slider.min,
                max=slider.max,
                step=slider.step,
                format=slider.format,
                dataType=slider.data_type,
                options=[],
                formattedValues=[],
                layout=layout_props(width=width, default_width="stretch"),
            ),
        )
