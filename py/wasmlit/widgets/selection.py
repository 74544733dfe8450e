"""st.selectbox and st.radio: one option out of many, sent as its label."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Sequence

from wasmlit.errors import StreamlitInvalidParameterTypeError, StreamlitValueOutOfRangeError
from wasmlit.runtime.context import current_or_bare_ctx
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


def options_to_list(options: Any) -> list[Any]:
    if options is None:
        return []
    if isinstance(options, dict):
        return list(options.keys())
    if hasattr(options, "tolist") and callable(options.tolist):
        return list(options.tolist())
    if hasattr(options, "columns") and hasattr(options, "iloc"):
        return list(options.iloc[:, 0])
    return list(options)


def _format(format_func: Callable[[Any], Any], option: Any) -> str:
    return str(format_func(option))


class _OptionSerde:
    """Wire values are the formatted option labels."""

    def __init__(self, options: Sequence[Any], format_func: Callable[[Any], Any], index: int | None, accept_new: bool):
        self.options = options
        self.labels = [_format(format_func, o) for o in options]
        self.index_of = {label: i for i, label in reversed(list(enumerate(self.labels)))}
        self.default_index = index
        self.format_func = format_func
        self.accept_new = accept_new

    @property
    def default(self) -> Any:
        if self.default_index is None or not self.options:
            return None
        return self.options[self.default_index]

    def deserialize(self, wire: Any) -> Any:
        if wire is None:
            return self.default
        i = self.index_of.get(str(wire))
        return self.options[i] if i is not None else str(wire)

    def serialize(self, value: Any) -> str | None:
        if value is None:
            return None
        try:
            return _format(self.format_func, value)
        except Exception:  # noqa: BLE001 - the user's format_func may fail
            return str(value)

    def resolve(self, value: Any) -> tuple[Any, bool]:
        """The value to use and whether it had to be reset (not an option)."""
        if value is None or self.accept_new:
            return value, False
        label = self.serialize(value)
        if label in self.index_of:
            return self.options[self.index_of[label]], False
        return self.default, True


def _check_index(index: Any, options: list[Any]) -> None:
    if not isinstance(index, int) and index is not None:
        raise StreamlitInvalidParameterTypeError("index", type(index).__name__, ["int", "None"])
    if isinstance(index, bool):
        raise StreamlitInvalidParameterTypeError("index", type(index).__name__, ["int", "None"])
    if index is not None and len(options) > 0 and not 0 <= index < len(options):
        raise StreamlitValueOutOfRangeError("index", index, 0, len(options) - 1)


class SelectionMixin:
    def selectbox(
        self, label: str, options: Any, index: int | None = 0, format_func: Callable[[Any], Any] = str,
        key: Any = None, help: Any = None, on_change: Any = None, args: Any = None,  # noqa: A002
        kwargs: Any = None, *, placeholder: str | None = None, disabled: bool = False,
        label_visibility: str = "visible", accept_new_options: bool = False, width: Any = "stretch",
        **_ignored: Any,
    ) -> Any:
        return self._select_one(
            "selectbox", label, options, index, format_func, key, help, on_change, args, kwargs,
            disabled, label_visibility,
            extra_id={"placeholder": placeholder, "accept_new_options": accept_new_options},
            key_identity={"accept_new_options"},
            accept_new=bool(accept_new_options),
            props=lambda: {"placeholder": "" if placeholder is None else str(placeholder),
                           "acceptNewOptions": bool(accept_new_options)},
        )

    def radio(
        self, label: str, options: Any, index: int | None = 0, format_func: Callable[[Any], Any] = str,
        key: Any = None, help: Any = None, on_change: Any = None, args: Any = None,  # noqa: A002
        kwargs: Any = None, *, disabled: bool = False, horizontal: bool = False,
        captions: Sequence[str] | None = None, label_visibility: str = "visible", width: Any = "content",
        **_ignored: Any,
    ) -> Any:
        return self._select_one(
            "radio", label, options, index, format_func, key, help, on_change, args, kwargs,
            disabled, label_visibility,
            extra_id={"horizontal": horizontal, "captions": captions},
            key_identity=True,
            accept_new=False,
            props=lambda: {"horizontal": bool(horizontal),
                           "captions": [str(c) for c in (captions or [])]},
        )

    def _select_one(
        self, element_type, label, options, index, format_func, key, help, on_change, args, kwargs,  # noqa: A002
        disabled, label_visibility, *, extra_id, key_identity, accept_new, props,
    ) -> Any:
        dg: DeltaGenerator = self  # type: ignore[assignment]
        key = to_key(key)
        on_change = normalize_callback(on_change)
        check_widget_policies(dg, key, on_change, default_value=None if index == 0 else index)
        label = check_label(label, label_visibility)
        opts = options_to_list(options)
        serde = _OptionSerde(opts, format_func, index, accept_new)
        widget_id = compute_widget_id(
            element_type, dg, user_key=key, key_as_main_identity=key_identity,
            label=label, options=serde.labels, index=index, help=help, **extra_id,
        )
        _check_index(index, opts)
        state = register_widget(
            widget_id, user_key=key, deserializer=serde.deserialize, serializer=serde.serialize,
            value_type="string_value", on_change=on_change, args=args, kwargs=kwargs, disabled=disabled,
        )
        value, needs_reset = serde.resolve(state.value)
        if needs_reset and key is not None:
            current_or_bare_ctx().session_state.reset_state_value(key, value)
        dg._enqueue(
            element_type,
            widget_props(
                dg, widget_id=widget_id, key=key, label=label, label_visibility=label_visibility,
                help=help, disabled=disabled, value=serde.serialize(value),
                default=serde.serialize(serde.default), set_value=needs_reset or state.value_changed,
                options=serde.labels, **props(),
            ),
        )
        return value
