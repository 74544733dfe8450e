"""Containers whose open state is a widget (st.tabs, st.expander, st.popover
with ``on_change="rerun"`` or a callback, Streamlit 1.67): the page reports
which tab is open, or whether the expander/popover is open, and a change
reruns the app (after the callback). The value is readable as ``.open`` on
the returned container(s) and, with a key, in ``st.session_state``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from wasmlit.errors import StreamlitAPIException
from wasmlit.widgets.callback_mode import validate_callback_mode
from wasmlit.widgets.common import check_widget_policies, compute_widget_id, register_widget

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


def is_stateful(on_change: Any, bind: Any) -> bool:
    if bind is not None:
        raise StreamlitAPIException(
            "`bind` (query parameters bound to a container's state) is not supported by wasmlit yet."
        )
    return on_change != "ignore"


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
    **identity: Any,
) -> dict[str, Any]:
    """Registers the container's state; returns the block props that make it a widget."""
    callback = validate_callback_mode(on_change, supported_modes=("rerun", "ignore"))
    check_widget_policies(dg, key, callback, default_value=None, writes_allowed=True,
                          check_callback_rules=callback is not None)
    widget_id = compute_widget_id(element_type, dg, user_key=key, key_as_main_identity=False, **identity)
    state = register_widget(
        widget_id, user_key=key, deserializer=deserialize, serializer=serialize, value_type="string_value"
        if isinstance(default, str) else "bool_value", on_change=callback, args=args, kwargs=kwargs, disabled=False,
    )
    return {
        "id": widget_id,
        "value": serialize(state.value),
        "default": serialize(default),
        "setValue": state.value_changed,
        "formId": dg._form,
        "_state": state.value,
    }
