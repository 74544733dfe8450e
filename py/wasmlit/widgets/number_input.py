"""st.number_input."""

from __future__ import annotations

import math
import numbers
import sys
from typing import TYPE_CHECKING, Any

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


class NumberInputMixin:
    def number_input(
        self, label: str, min_value: Any = None, max_value: Any = None, value: Any = "min",
        step: Any = None, format: str | None = None, key: Any = None, help: Any = None,  # noqa: A002
        on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *,
        placeholder: str | None = None, disabled: bool = False, required: bool = False,
        label_visibility: str = "visible", icon: str | None = None, width: Any = "stretch",
        bind: str | None = None, persist_state: str | None = None,
    ) -> Any:
        """A number input; returns an int or a float (None when empty with value=None)."""
        dg: DeltaGenerator = self  # type: ignore[assignment]
        key = to_key(key)
        callback = normalize_callback(on_change)
        check_widget_policies(dg, key, callback, default_value=value if value != "min" else None)
        label = check_label(label, label_visibility)
        widget_id = compute_widget_id(
            "number_input", dg, user_key=key, key_as_main_identity=True,
            label=label, min_value=min_value, max_value=max_value, value=value, step=step,
            format=format, help=help, placeholder=None if placeholder is None else str(placeholder),
            icon=icon, width=width, required=required,
        )
        args_ = [min_value, max_value, value, step]
        all_int_args = all(isinstance(a, (numbers.Integral, type(None), str)) for a in args_)
        all_float_args = all(isinstance(a, (float, type(None), str)) for a in args_)
        if not all_int_args and not all_float_args:
            raise StreamlitMixedNumericTypesError(value=value, min_value=min_value, max_value=max_value, step=step)

        state_now = current_or_bare_ctx().session_state.filtered_state()
        if key is not None and key in state_now and state_now[key] is None:
            value = None
        if value == "min":
            if min_value is not None:
                value = min_value
            elif all_int_args and all_float_args:
                value = 0.0
            elif all_int_args:
                value = 0
            else:
                value = 0.0

        int_value = isinstance(value, numbers.Integral)
        float_value = isinstance(value, float)
        if value is None:
            if all_int_args and not all_float_args:
                int_value = True
            else:
                float_value = True

        number_format = ("%d" if int_value else "%0.2f") if format is None else format
        if number_format in ("%d", "%u", "%i") and float_value:
            print(f"st.number_input value has type float, but format {number_format} displays as integer.", file=sys.stderr)
        elif number_format[-1:] == "f" and int_value:
            print(
                "st.number_input value has type int so is displayed as int despite "
                f"format string {number_format}.",
                file=sys.stderr,
            )
        if step is None:
            step = 1 if int_value else 0.01
        try:
            float(number_format % 2)
        except (TypeError, ValueError):
            raise StreamlitInvalidNumberFormatError(number_format) from None

        all_ints = int_value and all_int_args
        if min_value is not None and max_value is not None and min_value > max_value:
            raise StreamlitInvalidMinMaxError(min_value, max_value)
        if min_value is not None and value is not None and min_value > value:
            raise StreamlitValueBelowMinError(value=value, min_value=min_value)
        if max_value is not None and value is not None and max_value < value:
            raise StreamlitValueAboveMaxError(value=value, max_value=max_value)

        has_min = min_value is not None
        has_max = max_value is not None
        if all_ints:
            for name, v in (("`min_value`", min_value), ("`max_value`", max_value), ("`step`", step), ("`value`", value)):
                if v is not None:
                    js_number.validate_int_bounds(int(v), name)
            lo = min_value if has_min else js_number.MIN_SAFE_INTEGER
            hi = max_value if has_max else js_number.MAX_SAFE_INTEGER
        else:
            for name, v in (("`min_value`", min_value), ("`max_value`", max_value), ("`step`", step), ("`value`", value)):
                if v is not None:
                    js_number.validate_float_bounds(v, name)
            lo = min_value if has_min else js_number.MIN_NEGATIVE_VALUE
            hi = max_value if has_max else js_number.MAX_VALUE

        default = value
        icon_text = validate_icon_or_emoji(icon) if icon is not None else ""

        def deserialize(wire: Any) -> Any:
            val = wire if wire is not None else default
            if val is not None:
                val = int(val) if all_ints else float(val)
                if (not all_ints and not math.isfinite(float(val))) or val < lo or val > hi:
                    return default
            return val

        def serialize(v: Any) -> Any:
            return v

        state = register_widget(
            widget_id, user_key=key, deserializer=deserialize, serializer=serialize,
            value_type="double_value", on_change=callback, args=args, kwargs=kwargs, disabled=disabled,
            bind=bind, persist_state=persist_state, clearable=value is None,
        )
        current = state.value
        needs_reset = False
        if current is not None and ((has_min and current < min_value) or (has_max and current > max_value)):
            needs_reset = True
            current = default
            if key is not None:
                current_or_bare_ctx().session_state.reset_state_value(key, current)
        dg._enqueue(
            "numberInput",
            widget_props(
                dg, widget_id=widget_id, key=key, label=label, label_visibility=label_visibility,
                help=help, disabled=disabled, value=current, default=default,
                set_value=needs_reset or state.value_changed,
                min=min_value if has_min else None, max=max_value if has_max else None,
                step=step, format=number_format, dataType="int" if all_ints else "float",
                placeholder=None if placeholder is None else str(placeholder), icon=icon_text or None,
                required=bool(required), on_change=on_change, layout=layout_props(width=width, default_width="stretch"),
                bind=bind_props(key, bind, value_type="double_value", default_wire=default, clearable=default is None),
            ),
        )
        return current
