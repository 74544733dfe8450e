"""st.date_input: one date or a range; dates travel as ISO "YYYY-MM-DD" strings."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Sequence

from wasmlit.errors import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueError,
)
from wasmlit.runtime.context import current_or_bare_ctx
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


SUPPORTED_FORMATS = [
    "YYYY/MM/DD",
    "DD/MM/YYYY",
    "MM/DD/YYYY",
    "YYYY.MM.DD",
    "DD.MM.YYYY",
    "MM.DD.YYYY",
    "YYYY-MM-DD",
    "DD-MM-YYYY",
    "MM-DD-YYYY",
]
_FORMAT_RE = re.compile("^(" + "|".join(re.escape(f) for f in SUPPORTED_FORMATS) + ")$")


def iso(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def adjust_years(d: date, years: int) -> date:
    """`d` moved by whole years, clamped to date.min/date.max (Feb 29 -> Feb 28)."""
    year = d.year + years
    if year > date.max.year:
        return date.max
    if year < date.min.year:
        return date.min
    try:
        return d.replace(year=year)
    except ValueError:
        return d.replace(year=year, day=28)


def to_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if value == "today":
        return datetime.now().date()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            try:
                return datetime.fromisoformat(value).date()
            except ValueError:
                pass
    raise StreamlitInvalidParameterTypeError(
        "value", type(value).__name__, ["date", "datetime", "ISO string", '"today"']
    )


def _parse_value(value: Any) -> tuple[list[date] | None, bool]:
    if value is None:
        return None, False
    if isinstance(value, Sequence) and not isinstance(value, str):
        items, is_range = list(value), True
    else:
        items, is_range = [value], False
    if len(items) not in (0, 1, 2):
        raise StreamlitInvalidParameterTypeError(
            "value", type(value).__name__, ["date", "datetime", "sequence of 0 to 2 date or datetime values"]
        )
    return [to_date(v) for v in items], is_range


def _parse_bound(name: str, bound: Any, parsed: list[date] | None, years: int) -> date:
    if isinstance(bound, (datetime, date, str)):
        return to_date(bound)
    if bound is None:
        base = (parsed[0] if years < 0 else parsed[-1]) if parsed else date.today()
        return adjust_years(base, years)
    raise StreamlitInvalidParameterTypeError(name, type(bound).__name__, ["date", "datetime", "ISO string", "None"])


class _Values:
    def __init__(self, value: Any, min_value: Any, max_value: Any) -> None:
        parsed, self.is_range = _parse_value(value)
        self.min = _parse_bound("min_value", min_value, parsed, -10)
        self.max = _parse_bound("max_value", max_value, parsed, 10)
        if value == "today" and parsed:
            if parsed[0] < self.min:
                parsed = [self.min]
            if parsed[0] > self.max:
                parsed = [self.max]
        self.value = parsed
        if self.min > self.max:
            raise StreamlitInvalidMinMaxError(self.min, self.max)
        if self.value:
            if self.value[0] < self.min:
                raise StreamlitValueBelowMinError(self.value[0], self.min)
            if self.value[-1] > self.max:
                raise StreamlitValueAboveMaxError(self.value[-1], self.max)

    def empty(self) -> Any:
        return () if self.is_range else None

    def default(self) -> Any:
        if not self.value:
            return self.empty()
        return tuple(self.value) if self.is_range else self.value[0]


def _plain(d: date) -> date:
    return d.date() if isinstance(d, datetime) else d


def _check_against_bounds(current: Any, parsed: _Values, explicit_bounds: bool) -> tuple[Any, bool]:
    """Streamlit resets a value outside explicitly given bounds to the default."""
    if current is None or not explicit_bounds:
        return current, False
    if parsed.is_range and isinstance(current, tuple) and len(current) > 0:
        start, end = current[0], current[-1]
        bad = _plain(start) < parsed.min or _plain(end) > parsed.max
    elif not parsed.is_range and isinstance(current, date):
        bad = _plain(current) < parsed.min or _plain(current) > parsed.max
    else:
        bad = True
    return (parsed.default(), True) if bad else (current, False)


class DateSerde:
    """The wire holds ISO dates (one, or the range's picked ends; [] =
    none); a wire value that does not parse or lies outside the bounds
    reads as the default."""

    def __init__(self, parsed: _Values) -> None:
        self.parsed = parsed

    def serialize(self, value: Any) -> list[str]:
        if value is None:
            return []
        items = list(value) if isinstance(value, (list, tuple)) else [value]
        return [iso(_plain(d)) for d in items]

    def deserialize(self, wire: Any) -> Any:
        parsed = self.parsed
        dates: list[date] | None
        if wire is None:
            dates = parsed.value
        else:
            try:
                dates = [datetime.strptime(str(w).replace("/", "-"), "%Y-%m-%d").date() for w in wire]
            except ValueError:
                dates = parsed.value
            else:
                if any(d < parsed.min or d > parsed.max for d in dates):
                    dates = parsed.value
        if not dates:
            return parsed.empty()
        return tuple(dates) if parsed.is_range else dates[0]


def _id_part(v: Any) -> str | None:
    if v == "today":
        return None
    if isinstance(v, str):
        return v
    if isinstance(v, datetime):
        return iso(v.date())
    if isinstance(v, date):
        return iso(v)
    return None


class DateInputMixin:
    def date_input(
        self,
        label: str,
        value: Any = "today",
        min_value: Any = None,
        max_value: Any = None,
        key: Key | None = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        *,
        format: str = "YYYY/MM/DD",
        disabled: bool = False,
        required: bool = False,
        label_visibility: LabelVisibility = "visible",
        width: Width = "stretch",
        bind: BindOption = None,
        persist_state: PersistState = None,
    ) -> Any:
        """A date picker; a list or tuple of dates makes it a range picker.
        Returns a date (a tuple for a range; None when empty with value=None).

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            min_value: The smallest value allowed (None: the command's default).
            max_value: The largest value allowed (None: the command's default).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            help: A tooltip shown beside the label (Markdown; None: none).
            on_change: A callback run when the value changes, before the rerun; "rerun" (the
                default): just rerun; "ignore": the page keeps the new value without a rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            format: "YYYY/MM/DD", "DD/MM/YYYY" or "MM/DD/YYYY" (with "/", "-" or ".").
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
        callback = normalize_callback(on_change)
        check_widget_policies(dg, key, callback, default_value=value if value != "today" else None)
        label = check_label(label, label_visibility)
        if value == "today":
            id_value: Any = None
        elif isinstance(value, Sequence) and not isinstance(value, str):
            id_value = [_id_part(v) for v in value]
        else:
            id_value = _id_part(value)
        widget_id = compute_widget_id(
            "date_input",
            dg,
            user_key=key,
            key_as_main_identity={"format"},
            label=label,
            value=id_value,
            min_value=_id_part(min_value),
            max_value=_id_part(max_value),
            help=help,
            format=format,
            width=width,
            required=required,
        )
        if not isinstance(format, str):
            raise StreamlitInvalidParameterTypeError("format", type(format).__name__, ["str"])
        if not _FORMAT_RE.match(format):
            raise StreamlitValueError(
                "format", [repr(f) for f in SUPPORTED_FORMATS], detail=f"Provided value: {format!r}."
            )
        parsed = _Values(value, min_value, max_value)
        explicit_bounds = min_value is not None or max_value is not None
        if value == "today" and key is not None:
            state_now = current_or_bare_ctx().session_state.filtered_state()
            if key in state_now:
                parsed = _Values(state_now[key], min_value, max_value)

        def keep_valid(current: Any) -> tuple[Any, bool]:
            current, needs_reset = _check_against_bounds(current, parsed, explicit_bounds)
            if needs_reset and key is not None and bind == "query-params":
                current_or_bare_ctx().session_state.query_params.remove_param(key)
            return current, needs_reset

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
            "dateInput",
            DateSerde(parsed),
            value_type="string_array_value",
            default=parsed.default(),
            clearable=not parsed.value,
            keep_valid=keep_valid,
            props=dict(
                min=iso(parsed.min),
                max=iso(parsed.max),
                format=format,
                isRange=parsed.is_range,
                required=bool(required),
                layout=layout_props(width=width, default_width="stretch"),
            ),
        )
