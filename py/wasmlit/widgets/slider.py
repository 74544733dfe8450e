"""st.slider: int, float, date, time and datetime values, single or range."""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta, timezone
from numbers import Integral, Real
from typing import TYPE_CHECKING, Any

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
    bind_props,
    check_label,
    check_widget_policies,
    compute_widget_id,
    normalize_callback,
    register_widget,
    to_key,
    widget_props,
)

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

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


class SliderMixin:
    def slider(
        self, label: str, min_value: Any = None, max_value: Any = None, value: Any = None,
        step: Any = None, format: str | None = None, key: Any = None, help: Any = None,  # noqa: A002
        on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *,
        disabled: bool = False, label_visibility: str = "visible", width: Any = "stretch",
        bind: str | None = None, persist_state: str | None = None,
    ) -> Any:
        """A slider over numbers, dates, times or datetimes; a pair of values
        gives a range slider. Returns the value (or a tuple for a range)."""
        dg: DeltaGenerator = self  # type: ignore[assignment]
        key = to_key(key)
        callback = normalize_callback(on_change)
        check_widget_policies(dg, key, callback, default_value=value)
        label = check_label(label, label_visibility)
        widget_id = compute_widget_id(
            "slider", dg, user_key=key, key_as_main_identity={"min_value", "max_value", "step"},
            label=label, min_value=min_value, max_value=max_value, value=value, step=step,
            format=format, help=help, width=width,
        )

        if value is None:
            single = True
            state_now = current_or_bare_ctx().session_state.filtered_state()
            if key is not None and key in state_now:
                single = isinstance(state_now[key], SCALAR_TYPES)
            if single:
                value = min_value if min_value is not None else 0
            else:
                value = [min_value if min_value is not None else 0, max_value if max_value is not None else 100]

        single_value = isinstance(value, SCALAR_TYPES)
        range_value = isinstance(value, (list, tuple)) and len(value) in (0, 1, 2)
        if not single_value and not range_value:
            if isinstance(value, (list, tuple)):
                raise StreamlitValueError(
                    "value",
                    ["int", "float", "date", "time", "datetime",
                     "a list containing up to two such values", "a tuple containing up to two such values"],
                )
            raise StreamlitInvalidParameterTypeError(
                "value", type(value).__name__, ["int", "float", "date", "time", "datetime", "list", "tuple"]
            )
        prepared: list[Any] = [value] if single_value else list(value)
        if len({_data_type(v) for v in prepared}) > 1:
            raise StreamlitInvalidParameterTypeError(
                "value", ", ".join(type(v).__name__ for v in prepared),
                ["list or tuple containing values of the same type"],
            )
        data_type = INT if not prepared else _data_type(prepared[0])

        dt_min: Any = time.min
        dt_max: Any = time.max
        if data_type == TIME:
            dt_min = time.min.replace(tzinfo=prepared[0].tzinfo)
            dt_max = time.max.replace(tzinfo=prepared[0].tzinfo)
        if data_type in (DATETIME, DATE):
            dt_min, dt_max = _window_around(prepared[0], timedelta(days=14))
        defaults = {
            INT: (0, 100, 1, "%d"),
            FLOAT: (0.0, 1.0, 0.01, "%0.2f"),
            DATETIME: (dt_min, dt_max, timedelta(days=1), "YYYY-MM-DD"),
            DATE: (dt_min, dt_max, timedelta(days=1), "YYYY-MM-DD"),
            TIME: (dt_min, dt_max, timedelta(minutes=15), "HH:mm"),
        }[data_type]
        if min_value is None:
            min_value = defaults[0]
        if max_value is None:
            max_value = defaults[1]
        if step is None:
            step = defaults[2]
            if data_type in (DATETIME, DATE) and abs(max_value - min_value) < timedelta(days=1):
                step = timedelta(minutes=15)
        if format is None:
            format = defaults[3]  # noqa: A001
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
        if len(prepared) == 1:
            min_value = min(prepared[0], min_value)
            max_value = max(prepared[0], max_value)
        elif len(prepared) == 2:
            start, end = prepared
            if start > end:
                start, end = end, start
                prepared = [start, end]
            min_value = min(start, min_value)
            max_value = max(end, max_value)
        else:
            prepared = [min_value, max_value]

        if all_ints:
            js_number.validate_int_bounds(min_value, "`min_value`")
            js_number.validate_int_bounds(max_value, "`max_value`")
        elif all_floats:
            js_number.validate_float_bounds(min_value, "`min_value`")
            js_number.validate_float_bounds(max_value, "`max_value`")

        tz = None
        if data_type == TIME:
            prepared = [_time_to_datetime(v) for v in prepared]
            min_value, max_value = _time_to_datetime(min_value), _time_to_datetime(max_value)
        if data_type == DATE:
            prepared = [_date_to_datetime(v) for v in prepared]
            min_value, max_value = _date_to_datetime(min_value), _date_to_datetime(max_value)
        if min_value == max_value:
            raise StreamlitInvalidMinMaxError(min_value, max_value)
        if data_type in TIMELIKE:
            tz = prepared[0].tzinfo if data_type in (TIME, DATETIME) else None
            prepared = [_to_micros(v) for v in prepared]
            min_value, max_value = _to_micros(min_value), _to_micros(max_value)
            step = step // timedelta(microseconds=1)

        default_wire = list(prepared)

        def from_wire_single(v: float) -> Any:
            if data_type == INT:
                return int(v)
            if data_type == FLOAT:
                return float(v)
            dt = _from_micros(v, tz)
            if data_type == DATE:
                return dt.date()
            if data_type == TIME:
                return dt.timetz() if tz is not None else dt.time()
            return dt

        def to_wire_single(v: Any) -> float:
            if data_type in (INT, FLOAT):
                return v
            if data_type == DATE:
                return _to_micros(_date_to_datetime(v))
            if data_type == TIME:
                return _to_micros(_time_to_datetime(v))
            return _to_micros(v)

        def deserialize(wire: Any) -> Any:
            # As Streamlit: a value of the wrong length, not finite or
            # outside the bounds (from an old run, or a URL) is the default.
            values = default_wire if wire is None else list(wire)
            if len(values) != (1 if single_value else 2):
                values = default_wire
            elif any(not math.isfinite(v) or v < min_value or v > max_value for v in values):
                values = default_wire
            converted = [from_wire_single(v) for v in values]
            return converted[0] if single_value else tuple(converted)

        def serialize(v: Any) -> list[float]:
            seq = [v] if single_value else list(v)
            return [to_wire_single(x) for x in seq]

        state = register_widget(
            widget_id, user_key=key, deserializer=deserialize, serializer=serialize,
            value_type="double_array_value", on_change=callback, args=args, kwargs=kwargs, disabled=disabled,
            bind=bind, persist_state=persist_state, clearable=False,
        )
        wire_value = serialize(state.value)
        if state.value_changed:
            for w in wire_value:
                if w < min_value:
                    raise StreamlitValueBelowMinError(value=from_wire_single(w), min_value=from_wire_single(min_value))
                if w > max_value:
                    raise StreamlitValueAboveMaxError(value=from_wire_single(w), max_value=from_wire_single(max_value))
        dg._enqueue(
            "slider",
            widget_props(
                dg, widget_id=widget_id, key=key, label=label, label_visibility=label_visibility,
                help=help, disabled=disabled, value=wire_value, default=default_wire,
                set_value=state.value_changed, min=min_value, max=max_value, step=step,
                format=format, dataType=data_type, options=[], formattedValues=[],
                on_change=on_change, layout=layout_props(width=width, default_width="stretch"),
                bind=bind_props(key, bind, value_type="double_array_value", default_wire=default_wire,
                                clearable=False, date_type=data_type if data_type in TIMELIKE else None),
            ),
        )
        return state.value
