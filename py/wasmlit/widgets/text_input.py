"""st.text_input and st.text_area."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitValueError
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

TEXT_INPUT_TYPES = ("default", "password")


def _text_serde(default: str | None, max_chars: int | None):
    def deserialize(wire: Any) -> str | None:
        result = default if wire is None else str(wire)
        if result is not None and max_chars is not None:
            result = result[:max_chars]
        return result

    def serialize(value: Any) -> str | None:
        return None if value is None else str(value)

    return deserialize, serialize


class TextInputMixin:
    def text_input(
        self, label: str, value: Any = "", max_chars: int | None = None, key: Any = None,
        type: str = "default", help: Any = None, autocomplete: str | None = None,  # noqa: A002
        on_change: Any = None, args: Any = None, kwargs: Any = None, *,
        placeholder: str | None = None, disabled: bool = False, label_visibility: str = "visible",
        icon: str | None = None, width: Any = "stretch", **_ignored: Any,
    ) -> str | None:
        dg: DeltaGenerator = self  # type: ignore[assignment]
        key = to_key(key)
        on_change = normalize_callback(on_change)
        if type not in TEXT_INPUT_TYPES:
            raise StreamlitValueError("type", [repr(t) for t in TEXT_INPUT_TYPES])
        check_widget_policies(dg, key, on_change, default_value=None if value == "" else value)
        label = check_label(label, label_visibility)
        value = None if value is None else str(value)
        widget_id = compute_widget_id(
            "text_input", dg, user_key=key, key_as_main_identity={"max_chars"},
            label=label, value=value, max_chars=max_chars, type=type, help=help,
            autocomplete=autocomplete, placeholder=None if placeholder is None else str(placeholder),
        )
        if autocomplete is None:
            autocomplete = "new-password" if type == "password" else ""
        deserialize, serialize = _text_serde(value, max_chars)
        state = register_widget(
            widget_id, user_key=key, deserializer=deserialize, serializer=serialize,
            value_type="string_value", on_change=on_change, args=args, kwargs=kwargs, disabled=disabled,
        )
        dg._enqueue(
            "textInput",
            widget_props(
                dg, widget_id=widget_id, key=key, label=label, label_visibility=label_visibility,
                help=help, disabled=disabled, value=serialize(state.value), default=value,
                set_value=state.value_changed, maxChars=max_chars, inputType=type,
                placeholder="" if placeholder is None else str(placeholder), autocomplete=autocomplete,
                icon=icon,
            ),
        )
        return state.value

    def text_area(
        self, label: str, value: Any = "", height: Any = None, max_chars: int | None = None,
        key: Any = None, help: Any = None, on_change: Any = None, args: Any = None,  # noqa: A002
        kwargs: Any = None, *, placeholder: str | None = None, disabled: bool = False,
        label_visibility: str = "visible", width: Any = "stretch", **_ignored: Any,
    ) -> str | None:
        dg: DeltaGenerator = self  # type: ignore[assignment]
        key = to_key(key)
        on_change = normalize_callback(on_change)
        check_widget_policies(dg, key, on_change, default_value=None if value == "" else value)
        label = check_label(label, label_visibility)
        value = None if value is None else str(value)
        widget_id = compute_widget_id(
            "text_area", dg, user_key=key, key_as_main_identity={"max_chars"},
            label=label, value=value, height=height, max_chars=max_chars, help=help,
            placeholder=None if placeholder is None else str(placeholder),
        )
        deserialize, serialize = _text_serde(value, max_chars)
        state = register_widget(
            widget_id, user_key=key, deserializer=deserialize, serializer=serialize,
            value_type="string_value", on_change=on_change, args=args, kwargs=kwargs, disabled=disabled,
        )
        dg._enqueue(
            "textArea",
            widget_props(
                dg, widget_id=widget_id, key=key, label=label, label_visibility=label_visibility,
                help=help, disabled=disabled, value=serialize(state.value), default=value,
                set_value=state.value_changed, maxChars=max_chars,
                height=height if isinstance(height, int) else None,
                placeholder="" if placeholder is None else str(placeholder),
            ),
        )
        return state.value
