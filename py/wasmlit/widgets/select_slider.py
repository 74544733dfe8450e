"""st.select_slider: a slider over options, single value or range.

It is a `slider` node whose `options` holds the labels; its value travels as
the list of the selected labels (one, or two for a range)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from wasmlit.errors import StreamlitMissingRequiredParameterError
from wasmlit.runtime.context import current_or_bare_ctx
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
from wasmlit.widgets.option_utils import comparable_options, format_labels, index_of, safe_label, valid_or_default

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


class SelectSliderMixin:
    def select_slider(
        self, label: str, options: Any = (), value: Any = None, format_func: Callable[[Any], Any] = str,
        key: Any = None, help: Any = None, on_change: Any = "rerun", args: Any = None,  # noqa: A002
        kwargs: Any = None, *, disabled: bool = False, label_visibility: str = "visible",
        width: Any = "stretch", bind: str | None = None, persist_state: str | None = None,
    ) -> Any:
        """A slider over a list of options; a pair of values gives a range.
        Returns the option (or a tuple of two)."""
        dg: DeltaGenerator = self  # type: ignore[assignment]
        key = to_key(key)
        callback = normalize_callback(on_change)
        check_widget_policies(dg, key, callback, default_value=value)
        label = check_label(label, label_visibility)
        opts = comparable_options(options)
        if len(opts) == 0:
            raise StreamlitMissingRequiredParameterError("options", detail="Provide at least one option.")

        if isinstance(value, (list, tuple)):
            indices = [index_of(opts, v) for v in value]
            if len(indices) == 2 and indices[0] > indices[1]:
                indices = [indices[1], indices[0]]
        else:
            try:
                indices = [index_of(opts, value)]
            except ValueError:
                if value is not None:
                    raise
                indices = [0]
        labels, label_index = format_labels(opts, format_func)
        widget_id = compute_widget_id(
            "select_slider", dg, user_key=key, key_as_main_identity=True,
            label=label, options=labels, value=indices, help=help, width=width,
        )
        is_range_default = len(indices) >= 2

        def default_value(as_range: bool) -> Any:
            if as_range:
                end = indices[1] if len(indices) > 1 else len(opts) - 1
                return (opts[indices[0]], opts[end])
            return opts[indices[0]]

        def deserialize(wire: Any) -> Any:
            expected = 2 if is_range_default else 1
            if not wire or len(wire) != expected:
                return default_value(is_range_default)
            found = [label_index.get(str(w)) for w in wire]
            if any(i is None for i in found):
                return default_value(is_range_default)
            if expected == 2:
                lo, hi = sorted(found)
                return (opts[lo], opts[hi])
            return opts[found[0]]

        def serialize(v: Any) -> list[str]:
            text = safe_label(format_func, v)
            if text is not None and text in label_index:
                return [text]
            if isinstance(v, (tuple, list)):
                return [str(format_func(x)) for x in v]
            return [str(format_func(v))]

        state = register_widget(
            widget_id, user_key=key, deserializer=deserialize, serializer=serialize,
            value_type="string_array_value", on_change=callback, args=args, kwargs=kwargs, disabled=disabled,
            bind=bind, persist_state=persist_state, clearable=False, allow_url_duplicates=True,
        )
        valid = set(labels)
        current = state.value
        if isinstance(current, tuple):
            if all(safe_label(format_func, v) in valid for v in current) and len(current) == 2:
                needs_reset = False
            else:
                current, needs_reset = default_value(True), True
                if key is not None:
                    current_or_bare_ctx().session_state.reset_state_value(key, current)
        else:
            current, needs_reset = valid_or_default(current, valid, format_func, opts[indices[0]], key)
        wire = serialize(current)
        dg._enqueue(
            "slider",
            widget_props(
                dg, widget_id=widget_id, key=key, label=label, label_visibility=label_visibility,
                help=help, disabled=disabled, value=wire, default=serialize(default_value(is_range_default)),
                set_value=needs_reset or state.value_changed, min=0, max=len(opts) - 1, step=1,
                format="%s", dataType="int", options=labels, formattedValues=[],
                on_change=on_change, layout=layout_props(width=width, default_width="stretch"),
                bind=bind_props(key, bind, value_type="string_array_value",
                                default_wire=serialize(default_value(is_range_default)), clearable=False),
            ),
        )
        return current
