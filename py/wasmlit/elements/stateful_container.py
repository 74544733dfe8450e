"""Containers whose open state is a widget (st.tabs, st.expander, st.popover
with ``on_change="rerun"`` or a callback, Streamlit 1.67): the page reports
which tab is open, or whether the expander/popover is open, and a change
reruns the app (after the callback). The value is readable as ``.open`` on
the returned container(s) and, with a key, in ``st.session_state``.
st.tabs and st.expander may also be bound to a query parameter
(``bind="query-params"``: the open tab's label, or true/false)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from wasmlit.errors import StreamlitValueError
from wasmlit.widgets.callback_mode import validate_callback_mode
from wasmlit.widgets.common import bind_props, check_widget_policies, compute_widget_id, register_widget
from wasmlit.type_aliases import BindOption

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


def check_on_change(on_change: Any) -> None:
    """A container's ``on_change``: "ignore", "rerun" or a callable (not None)."""
    validate_callback_mode(on_change, supported_modes=("rerun", "ignore"), none_supported=False)


def is_stateful(on_change: Any, bind: Any) -> bool:
    if bind is not None and bind != "query-params":
        raise StreamlitValueError("bind", ["'query-params'", "None"])
    return on_change != "ignore" or bind == "query-params"


def register_open_state(
    dg: "DeltaGenerator",
    element_type: str,
    *,
    key: str | None,
    on_change: Any,
    args: Any,
    kwargs: Any,
    default: Any,
    deserialize: Callable[[Any], Any],
    serialize: Callable[[Any], Any],
    bind: BindOption = None,
    options: list[str] | None = None,
    widget_disabled: bool = False,
    **identity: Any,
) -> dict[str, Any]:
    """Registers the container's state; returns the block props that make it a widget."""
    callback = validate_callback_mode(on_change, supported_modes=("rerun", "ignore"), none_supported=False)
    check_widget_policies(
        dg, key, callback, default_value=None, writes_allowed=True, check_callback_rules=callback is not None
    )
    widget_id = compute_widget_id(element_type, dg, user_key=key, key_as_main_identity=False, **identity)
    value_type = "string_value" if isinstance(default, str) else "bool_value"
    state = register_widget(
        widget_id,
        user_key=key,
        deserializer=deserialize,
        serializer=serialize,
        value_type=value_type,
        on_change=callback,
        args=args if callback else None,
        kwargs=kwargs if callback else None,
        disabled=widget_disabled,
        bind=bind,
        clearable=False,
        formatted_options=options,
    )
    props = {
        "id": widget_id,
        "value": serialize(state.value),
        "default": serialize(default),
        "setValue": state.value_changed,
        "formId": dg._form,
        "_state": state.value,
    }
    bound = bind_props(key, bind, value_type=value_type, default_wire=serialize(default), clearable=False)
    if bound is not None:
        props["bind"] = bound
    return props
