"""st.datetime_input: one date and time (to the minute). The value travels
as ``["YYYY-MM-DDTHH:MM"]`` ([] when cleared), as in Streamlit 1.67."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from wasmlit.errors import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from wasmlit.elements.layout_checks import validate_width
from wasmlit.runtime.context import current_or_bare_ctx
from wasmlit.widgets.callback_mode import validate_callback_mode
from wasmlit.widgets.common import (
    check_label,
    check_widget_policies,
    compute_widget_id,
    to_key,
)
from wasmlit.widgets.enqueue import WidgetCall, register_and_enqueue
from wasmlit.widgets.date_input import _FORMAT_RE, SUPPORTED_FORMATS, adjust_years, iso
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


DEFAULT_STEP = timedelta(minutes=15)
_MIN_BOUND_TIME = time(0, 0)
_MAX_BOUND_TIME = time(23, 59)
_WIRE_FORMATS = ("%Y-%m-%dT%H:%M", "%Y/%m/%d, %H:%M")
_TEXT_FORMATS = ("%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S")


def _minute(value: datetime) -> datetime:
    """To the minute, without a time zone (what the widget holds)."""
    return value.replace(tzinfo=None, second=0, microsecond=0)


def _combine(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock.replace(second=0, microsecond=0, tzinfo=None))


def to_datetime(value: Any, *, fallback_date: date, fallback_time: time, parameter: str = "value") -> datetime:
    """A datetime from what Streamlit accepts: "now", datetime, date, time, ISO text."""
    if isinstance(value, str) and value == "now":
        return _minute(datetime.now())
    if isinstance(value, datetime):
        return _minute(value)
    if isinstance(value, date):
        return _combine(value, fallback_time)
    if isinstance(value, time):
        return _combine(fallback_date, value)
    if isinstance(value, str):
        text = value.strip()
        try:
            return _minute(datetime.fromisoformat(text))
        except ValueError:
            pass
        for fmt in _TEXT_FORMATS:
            try:
                return _minute(datetime.strptime(text, fmt))
            except ValueError:
                continue
        try:
            return _combine(date.fromisoformat(text), fallback_time)
        except ValueError:
            pass
        try:
            return _combine(fallback_date, time.fromisoformat(text))
        except ValueError:
            pass
    raise StreamlitInvalidParameterTypeError(
        "value", type(value).__name__, ["datetime", "date", "time", "ISO string", '"now"']
    )


def wire_text(value: datetime) -> str:
    value = _minute(value)
    return f"{iso(value.date())}T{value.hour:02d}:{value.minute:02d}"


class _Values:
    """The parsed value and bounds (bounds default to 10 years either side)."""

    def __init__(self, value: Any, min_value: Any, max_value: Any) -> None:
        self.value = (
            None if value is None else to_datetime(value, fallback_date=date.today(), fallback_time=_MIN_BOUND_TIME)
        )
        base = self.value.date() if self.value is not None else date.today()
        self.min = (
            _combine(adjust_years(base, -10), _MIN_BOUND_TIME)
            if min_value is None
            else to_datetime(min_value, fallback_date=base, fallback_time=_MIN_BOUND_TIME)
        )
        self.max = (
            _combine(adjust_years(base, 10), _MAX_BOUND_TIME)
            if max_value is None
            else to_datetime(max_value, fallback_date=base, fallback_time=_MAX_BOUND_TIME)
        )
        if self.min > self.max:
            raise StreamlitInvalidMinMaxError(self.min, self.max)
        if self.value is not None:
            if self.value < self.min:
                raise StreamlitValueBelowMinError(self.value, self.min)
            if self.value > self.max:
                raise StreamlitValueAboveMaxError(self.value, self.max)


def _step_seconds(step: Any) -> int:
    if isinstance(step, bool) or not isinstance(step, (int, timedelta)):
        raise StreamlitInvalidParameterTypeError("step", type(step).__name__, ["int", "timedelta"])
    seconds = int(step.total_seconds()) if isinstance(step, timedelta) else step
    if not 60 <= seconds <= timedelta(hours=23).seconds:
        raise StreamlitValueOutOfRangeError(
            "step", value=f"{seconds} seconds", min_value="60 seconds", max_value="23 hours"
        )
    return seconds


@dataclass(frozen=True)
class DateTimeSerde:
    """The wire holds ``["YYYY-MM-DDTHH:MM"]`` ([] = none); a wire value
    that does not parse or lies outside the bounds reads as the default."""

    default: datetime | None
    min: datetime
    max: datetime

    def serialize(self, value: Any) -> list[str]:
        return [] if value is None else [wire_text(value)]

    def deserialize(self, wire: Any) -> datetime | None:
        if not wire:
            return self.default
        for fmt in _WIRE_FORMATS:
            try:
                chosen = _minute(datetime.strptime(str(wire[0]), fmt))
            except ValueError:
                continue
            return self.default if chosen < self.min or chosen > self.max else chosen
        return self.default


class DateTimeInputMixin:
    def datetime_input(
        self,
        label: str,
        value: Any = "now",
        min_value: Any = None,
        max_value: Any = None,
        *,
        key: Key | None = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        format: str = "YYYY/MM/DD",
        step: Any = DEFAULT_STEP,
        disabled: bool = False,
        required: bool = False,
        label_visibility: LabelVisibility = "visible",
        width: Width = "stretch",
        bind: BindOption = None,
        persist_state: PersistState = None,
    ) -> datetime | None:
        """A date and time picker; returns a datetime (None when empty with value=None).

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            value: "now", a datetime (or date/time/ISO string), or None (empty).
            min_value: The smallest value allowed (None: the command's default).
            max_value: The largest value allowed (None: the command's default).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            help: A tooltip shown beside the label (Markdown; None: none).
            on_change: A callback run when the value changes, before the rerun; "rerun" (the
                default): just rerun; "ignore": the page keeps the new value without a rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            format: The date part's format: "YYYY/MM/DD", "DD/MM/YYYY" or "MM/DD/YYYY".
            step: The step of the time picker (a timedelta or seconds; 15 minutes by default).
            disabled: Shown greyed out and not usable.
            required: The page does not accept an empty value (it shows a message instead).
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
        callback = validate_callback_mode(on_change, supported_modes=("rerun", "ignore"))
        check_widget_policies(dg, key, callback, default_value=value if value != "now" else None)
        label = check_label(label, label_visibility)
        parsed = _Values(value, min_value, max_value)
        if isinstance(value, (datetime, date, time)):
            value_for_id: Any = None if parsed.value is None else wire_text(parsed.value)
        else:
            value_for_id = value
        widget_id = compute_widget_id(
            "date_time_input",
            dg,
            user_key=key,
            key_as_main_identity={"format", "step"},
            label=label,
            value=value_for_id,
            min_value=wire_text(parsed.min),
            max_value=wire_text(parsed.max),
            help=help,
            format=format,
            step=step,
            width=width,
            required=required,
        )
        explicit_bounds = min_value is not None or max_value is not None
        if not isinstance(format, str):
            raise StreamlitInvalidParameterTypeError("format", type(format).__name__, ["str"])
        if not _FORMAT_RE.match(format):
            raise StreamlitValueError(
                "format", [repr(f) for f in SUPPORTED_FORMATS], detail=f"Provided value: {format!r}."
            )
        step_seconds = _step_seconds(step)
        default = parsed.value
        state_now = current_or_bare_ctx().session_state.filtered_state()
        if key is not None and key in state_now and state_now[key] is None:
            default = None

        def keep_valid(current: Any) -> tuple[Any, bool]:
            if explicit_bounds and current is not None and (current < parsed.min or current > parsed.max):
                if key is not None and bind == "query-params":
                    current_or_bare_ctx().session_state.query_params.remove_param(key)
                return parsed.value, True
            return current, False

        validate_width(width)
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
            "dateTimeInput",
            DateTimeSerde(default, parsed.min, parsed.max),
            value_type="string_array_value",
            default=default,
            clearable=parsed.value is None,
            keep_valid=keep_valid,
            props=dict(
                min=wire_text(parsed.min),
                max=wire_text(parsed.max),
                format=format,
                step=step_seconds,
                required=bool(required),
                width=width,
            ),
        )
