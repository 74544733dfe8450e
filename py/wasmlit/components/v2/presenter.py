"""What ``st.session_state[key]`` shows for a v2 component: its state values
with the trigger values of the current run merged in (triggers first), as a
dict that writes through to the component's state."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any, Callable

from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_script_run_ctx

if TYPE_CHECKING:
    from wasmlit.runtime.session_state import SessionState


def make_presenter(
    aggregator_id: str, component_id: str, allowed_state_keys: set[str] | None
) -> Callable[[Any, "SessionState"], Any]:
    def present(base_value: Any, state: "SessionState") -> Any:
        if not isinstance(base_value, dict):
            return base_value
        meta = state._widget_states.metadata.get(aggregator_id)
        if meta is None or meta.value_type != "json_trigger_value":
            return base_value
        payloads = state._widget_states.get(aggregator_id)
        if isinstance(payloads, dict):
            payloads = [payloads]
        events: dict[str, Any] = {}
        for payload in payloads if isinstance(payloads, list) else []:
            if isinstance(payload, dict) and isinstance(payload.get("event"), str):
                events[payload["event"]] = payload.get("value")
        flat = dict(events)
        flat.update(base_value)
        return _WriteThrough(flat, state, component_id, allowed_state_keys)

    return present


class _WriteThrough(dict[str, Any]):  # printed and serialized as a dict
    """The component's state in st.session_state: assigning a name updates the
    component's stored state (before the component is drawn in this run)."""

    def __init__(
        self, data: dict[str, Any], state: "SessionState", component_id: str, allowed: set[str] | None
    ) -> None:
        super().__init__(data)
        object.__setattr__(self, "_state", state)
        object.__setattr__(self, "_component_id", component_id)
        object.__setattr__(self, "_allowed", allowed)

    def __getattr__(self, name: str) -> Any:
        return self.get(name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name.startswith("_"):
            object.__setattr__(self, name, value)
            return
        self[name] = value

    def __deepcopy__(self, memo: dict[int, Any]) -> "_WriteThrough":
        memo[id(self)] = self
        return self

    def _check_modification(self, name: str) -> None:
        ctx = get_script_run_ctx()
        user_key = self._state._id_to_key.get(self._component_id)
        if ctx is not None and (self._component_id in ctx.widget_ids_this_run or user_key in ctx.form_ids_this_run):
            raise StreamlitAPIException(
                f"`st.session_state.{user_key}.{name}` cannot be modified after the component"
                f" with key `{user_key}` is instantiated.",
                error_id="bidi-component-state-cannot-be-modified",
            )

    def _store(self) -> None:
        self._state._widget_states.set_value(self._component_id, copy.deepcopy(dict(self)))

    def __setitem__(self, name: str, value: Any) -> None:
        self._check_modification(name)
        if self._allowed is not None and name not in self._allowed:
            return  # as Streamlit: names without a callback are ignored
        super().__setitem__(name, value)
        self._store()

    def __delitem__(self, name: str) -> None:
        self._check_modification(name)
        super().__delitem__(name)
        self._store()
