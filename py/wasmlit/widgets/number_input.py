"""st.number_input."""

from __future__ import annotations

import math
import numbers
import sys
from dataclasses import dataclass
from typing import Any

from wasmlit.errors import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidNumberFormatError,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
)
from wasmlit.runtime.context import current_or_bare_ctx
from wasmlit.widgets import js_number
from wasmlit.elements.icons import validate_icon_or_emoji
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


@dataclass(frozen=True)
class NumberKind:
    """Which number types the parameters allow: ints only, floats only, or
    both (all None or "min")."""

    ints: bool
    floats: bool


def _number_kind(min_value: Any, max_value: Any, value: Any, step: Any) -> NumberKind:
    params = [min_value, max_value, value, step]
    kind = NumberKind(
        ints=all(isinstance(a, (numbers.Integral, type(None), str)) for a in params),
        floats=all(isinstance(a, (float, type(None), str)) for a in params),
    )
    if not kind.ints and not kind.floats:
        raise StreamlitMixedNumericTypesError(value=value, min_value=min_value, max_value=max_value, step=step)
    return kind


def _initial_value(value: Any, min_value: Any, kind: NumberKind, key: str | None) -> Any:
    """``value`` with "min" resolved (the minimum, else 0 / 0.0); None when
    the key holds None in session state."""
    state_now = current_or_bare_ctx().session_state.filtered_state()
    if key is not None and key in state_now and state_now[key] is None:
        return None
    if value != "min":
        return value
    if min_value is not None:
        return min_value
    return 0 if kind.ints and not kind.floats else 0.0


def _is_int_value(value: Any, kind: NumberKind) -> bool:
    if value is None:
        return kind.ints and not kind.floats
    return isinstance(value, numbers.Integral)


def _number_format(format: str | None, int_value: bool, float_value: bool) -> str:
    """The printf format (Streamlit's default per type), checked; a format
    that contradicts the type is reported on stderr as Streamlit does."""
    number_format = ("%d" if int_value else "%0.2f") if format is None else format
    if number_format in ("%d", "%u", "%i") and float_value:
        print(f"st.number_input value has type float, but format {number_format} displays as integer.", file=sys.stderr)
    elif number_format[-1:] == "f" and int_value:
        print(
            f"st.number_input value has type int so is displayed as int despite format string {number_format}.",
            file=sys.stderr,
        )
    return number_format


def _check_format(number_format: str) -> None:
    try:
        float(number_format % 2)
    except (TypeError, ValueError):
        raise StreamlitInvalidNumberFormatError(number_format) from None


def _check_range(min_value: Any, max_value: Any, value: Any) -> None:
    if min_value is not None and max_value is not None and min_value > max_value:
        raise StreamlitInvalidMinMaxError(min_value, max_value)
    if min_value is not None and value is not None and min_value > value:
        raise StreamlitValueBelowMinError(value=value, min_value=min_value)
    if max_value is not None and value is not None and max_value < value:
        raise StreamlitValueAboveMaxError(value=value, max_value=max_value)


def _js_bounds(all_ints: bool, min_value: Any, max_value: Any, step: Any, value: Any) -> tuple[Any, Any]:
    """Checks that every number fits a JavaScript number (a safe integer for
    ints); returns the bounds a page value must lie within."""
    named = (("`min_value`", min_value), ("`max_value`", max_value), ("`step`", step), ("`value`", value))
    if all_ints:
        for name, v in named:
            if v is not None:
                js_number.validate_int_bounds(int(v), name)
        return (
            min_value if min_value is not None else js_number.MIN_SAFE_INTEGER,
            max_value if max_value is not None else js_number.MAX_SAFE_INTEGER,
        )
    for name, v in named:
        if v is not None:
            js_number.validate_float_bounds(v, name)
    return (
        min_value if min_value is not None else js_number.MIN_NEGATIVE_VALUE,
        max_value if max_value is not None else js_number.MAX_VALUE,
    )


@dataclass(frozen=True)
class NumberSerde:
    """The wire holds the number (None: empty); a page value that is not
    finite or lies outside ``low``..``high`` reads as the default."""

    default: Any
    all_ints: bool
    low: Any
    high: Any

    def serialize(self, value: Any) -> Any:
        return value

    def deserialize(self, wire: Any) -> Any:
        number = wire if wire is not None else self.default
        if number is None:
            return None
        number = int(number) if self.all_ints else float(number)
        if (not self.all_ints and not math.isfinite(float(number))) or number < self.low or number > self.high:
            return self.default
        return number


class NumberInputMixin:
    def number_input(
        self,
        label: str,
        min_value: Any = None,
        max_value: Any = None,
        value: Any = "min",
        step: Any = None,
        format: str | None = None,
        key: Key | None = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        required: bool = False,
        label_visibility: LabelVisibility = "visible",
        icon: str | None = None,
        width: Width = "stretch",
        bind: BindOption = None,
        persist_state: PersistState = None,
    ) -> Any:
        """A number input; returns an int or a float (None when empty with value=None).

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            min_value: The smallest value allowed (None: the command's default).
            max_value: The largest value allowed (None: the command's default).
            step: The step between values (None: the command's default).
            format: A printf-style format such as "%d" or "%0.2f".
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            help: A tooltip shown beside the label (Markdown; None: none).
            on_change: A callback run when the value changes, before the rerun; "rerun" (the
                default): just rerun; "ignore": the page keeps the new value without a rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            placeholder: The text shown while it is empty.
            disabled: Shown greyed out and not usable.
            required: The page does not accept an empty value (it shows a message instead).
            label_visibility: "visible", "hidden" (its space is kept) or "collapsed" (no space).
            icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
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
        check_widget_policies(dg, key, callback, default_value=value if value != "min" else None)
        label = check_label(label, label_visibility)
        widget_id = compute_widget_id(
            "number_input",
            dg,
            user_key=key,
            key_as_main_identity=True,
            label=label,
            min_value=min_value,
            max_value=max_value,
            value=value,
            step=step,
            format=format,
            help=help,
            placeholder=None if placeholder is None else str(placeholder),
            icon=icon,
            width=width,
            required=required,
        )
        # Validate and normalise: the number type, the value, format and step.
        kind = _number_kind(min_value, max_value, value, step)
        value = _initial_value(value, min_value, kind, key)
        int_value = _is_int_value(value, kind)
        float_value = isinstance(value, float) or (value is None and not int_value)
        number_format = _number_format(format, int_value, float_value)
        if step is None:
            step = 1 if int_value else 0.01
        _check_format(number_format)
        all_ints = int_value and kind.ints
        _check_range(min_value, max_value, value)
        low, high = _js_bounds(all_ints, min_value, max_value, step, value)
        icon_text = validate_icon_or_emoji(icon) if icon is not None else ""

        def keep_valid(number: Any) -> tuple[Any, bool]:
            if number is not None and (
                (min_value is not None and number < min_value) or (max_value is not None and number > max_value)
            ):
                return value, True
            return number, False

        # Serde, register, props.
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
            "numberInput",
            NumberSerde(value, all_ints, low, high),
            value_type="double_value",
            default=value,
            clearable=value is None,
            keep_valid=keep_valid,
            props=dict(
                min=min_value,
                max=max_value,
                step=step,
                format=number_format,
                dataType="int" if all_ints else "float",
                placeholder=None if placeholder is None else str(placeholder),
                icon=icon_text or None,
                required=bool(required),
                layout=layout_props(width=width, default_width="stretch"),
            ),
        )
