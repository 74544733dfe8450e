"""st.time_input."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from wasmlit.elements.layout_checks import layout_props
from wasmlit.errors import StreamlitInvalidParameterTypeError, StreamlitValueError, StreamlitValueOutOfRangeError
from wasmlit.runtime.context import current_or_bare_ctx
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


DEFAULT_STEP = timedelta(minutes=15)


def to_time(value: Any) -> time:
    if value == "now":
        return datetime.now().time().replace(microsecond=0)
    if isinstance(value, str):
        try:
            return time.fromisoformat(value).replace(microsecond=0)
        except ValueError:
            try:
                return datetime.fromisoformat(value).time().replace(microsecond=0)
            except ValueError:
                pass
    if isinstance(value, datetime):
        return value.time().replace(microsecond=0, tzinfo=None)
    if isinstance(value, time):
        return value
    raise StreamlitInvalidParameterTypeError("value", type(value).__name__, ["datetime", "time", "ISO string"])


@dataclass(frozen=True)
class TimeSerde:
    """The wire holds "HH:MM" ("HH:MM:SS" when ``step`` is not whole
    minutes; seconds are dropped then); None: no time."""

    default: time | None
    step: int

    def serialize(self, value: time | datetime | None) -> str | None:
        if value is None:
            return None
        if isinstance(value, datetime):
            value = value.time()
        return value.strftime("%H:%M:%S" if self.step % 60 != 0 else "%H:%M")

    def deserialize(self, wire: Any) -> time | None:
        if wire is None:
            return self.default
        for fmt in ("%H:%M:%S", "%H:%M"):
            try:
                result = datetime.strptime(str(wire), fmt).time()
            except ValueError:
                continue
            return result.replace(second=0, microsecond=0) if self.step % 60 == 0 else result
        return self.default


class TimeInputMixin:
    def time_input(
        self,
        label: str,
        value: Any = "now",
        key: Key | None = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        *,
        disabled: bool = False,
        required: bool = False,
        label_visibility: LabelVisibility = "visible",
        step: Any = DEFAULT_STEP,
        format: str = "24h",
        width: Width = "stretch",
        bind: BindOption = None,
        persist_state: PersistState = None,
    ) -> time | None:
        """A time picker; returns a datetime.time (None when empty with value=None).
        ``format``: "24h", "12h" (with AM/PM) or "localized" (the browser's locale).

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            help: A tooltip shown beside the label (Markdown; None: none).
            on_change: A callback run when the value changes, before the rerun; "rerun" (the
                default): just rerun; "ignore": the page keeps the new value without a rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            disabled: Shown greyed out and not usable.
            required: The page does not accept an empty value (it shows a message instead).
            label_visibility: "visible", "hidden" (its space is kept) or "collapsed" (no space).
            step: The step between times (a timedelta or seconds; 15 minutes by default).
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
        check_widget_policies(dg, key, callback, default_value=value if value != "now" else None)
        label = check_label(label, label_visibility)
        parsed = None if value is None else to_time(value)
        step_secs = (
            int(step.total_seconds())
            if isinstance(step, timedelta)
            else step
            if isinstance(step, int) and not isinstance(step, bool)
            else 0
        )
        if parsed is not None and step_secs > 0 and step_secs % 60 == 0:
            parsed = parsed.replace(second=0, microsecond=0)
        widget_id = compute_widget_id(
            "time_input",
            dg,
            user_key=key,
            key_as_main_identity={"step"},
            label=label,
            value=parsed if isinstance(value, (datetime, time)) else value,
            help=help,
            step=step,
            width=width,
            required=required,
        )
        state_now = current_or_bare_ctx().session_state.filtered_state()
        if key is not None and key in state_now and state_now[key] is None:
            parsed = None
        if isinstance(step, bool) or not isinstance(step, (int, timedelta)):
            raise StreamlitInvalidParameterTypeError("step", type(step).__name__, ["int", "timedelta"])
        if isinstance(step, timedelta):
            step = int(step.total_seconds())
        if not 1 <= step <= timedelta(hours=23).seconds:
            raise StreamlitValueOutOfRangeError(
                "step", value=f"{step} seconds", min_value="1 second", max_value="23 hours"
            )
        if format not in ("12h", "24h", "localized"):
            raise StreamlitValueError("format", ["'12h'", "'24h'", "'localized'"])
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
            "timeInput",
            TimeSerde(parsed, step),
            value_type="string_value",
            default=parsed,
            clearable=parsed is None,
            props=dict(
                step=step,
                format=format,
                required=bool(required),
                layout=layout_props(width=width, default_width="stretch"),
            ),
        )
