"""st.checkbox and st.toggle."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.widgets.common import (
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


class CheckboxMixin:
    def checkbox(
        self, label: str, value: bool = False, key: Any = None, help: Any = None,  # noqa: A002
        on_change: Any = None, args: Any = None, kwargs: Any = None, *,
        disabled: bool = False, label_visibility: str = "visible", width: Any = "content", **_ignored: Any,
    ) -> bool:
        return self._checkbox("checkbox", label, value, key, help, on_change, args, kwargs, disabled, label_visibility)

    def toggle(
        self, label: str, value: bool = False, key: Any = None, help: Any = None,  # noqa: A002
        on_change: Any = None, args: Any = None, kwargs: Any = None, *,
        disabled: bool = False, label_visibility: str = "visible", width: Any = "content", **_ignored: Any,
    ) -> bool:
        return self._checkbox("toggle", label, value, key, help, on_change, args, kwargs, disabled, label_visibility)

    def _checkbox(self, style, label, value, key, help, on_change, args, kwargs, disabled, label_visibility) -> bool:  # noqa: A002
        dg: DeltaGenerator = self  # type: ignore[assignment]
        key = to_key(key)
        on_change = normalize_callback(on_change)
        check_widget_policies(dg, key, on_change, default_value=None if value is False else value)
        label = check_label(label, label_visibility)
        default = bool(value)
        widget_id = compute_widget_id(
            style, dg, user_key=key, key_as_main_identity=True,
            label=label, value=default, help=help,
        )

        def deserialize(wire: Any) -> bool:
            return bool(wire) if wire is not None else default

        state = register_widget(
            widget_id, user_key=key, deserializer=deserialize, serializer=bool,
            value_type="bool_value", on_change=on_change, args=args, kwargs=kwargs, disabled=disabled,
        )
        dg._enqueue(
            "checkbox",
            widget_props(
                dg, widget_id=widget_id, key=key, label=label, label_visibility=label_visibility,
                help=help, disabled=disabled, value=bool(state.value), default=default,
                set_value=state.value_changed, style=style,
            ),
        )
        return bool(state.value)
