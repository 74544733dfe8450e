"""Per-session state: user values and widget values, kept across reruns.

The model follows Streamlit's:

* ``_old_state``: everything known after the previous run, widget values
  stored under their element id, plain session values under their user key.
* ``_new_session_state``: values the script (or a callback) assigned during
  the current run, by user key.
* ``_widget_states``: the values the page sent for this rerun (still in their
  wire form until a widget's deserializer reads them), plus values set from
  Python, plus each widget's metadata (which survives compaction).
* ``_key_to_id`` / ``_id_to_key``: user key <-> element id of keyed widgets.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from wasmlit.errors import (
    StreamlitWidgetAlreadyInstantiatedError,
    UnserializableSessionStateError,
)

ELEMENT_ID_PREFIX = "$$ID"
INTERNAL_KEY_PREFIX = "$$STREAMLIT_INTERNAL_KEY"

TRIGGER_VALUE = "trigger_value"
# One-shot values and what they fall back to after their run.
TRIGGER_RESET_VALUES = {
    TRIGGER_VALUE: False, "string_trigger_value": None, "chat_input_value": None, "json_trigger_value": None,
}


def is_element_id(key: str) -> bool:
    return key.startswith(ELEMENT_ID_PREFIX)


def is_keyed_element_id(key: str) -> bool:
    return is_element_id(key) and not key.endswith("-None")


def missing_key_message(key: str) -> str:
    return (
        f'st.session_state has no key "{key}". Did you forget to initialize it? '
        "More info: https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
    )


def missing_attribute_message(name: str) -> str:
    return (
        f'st.session_state has no attribute "{name}". Did you forget to initialize it? '
        "More info: https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
    )


@dataclass
class WidgetMetadata:
    """What the state needs to know about a widget to read and report it."""

    id: str
    deserializer: Callable[[Any], Any]
    serializer: Callable[[Any], Any]
    value_type: str
    callback: Callable[..., Any] | None = None
    callback_args: tuple | list | None = None
    callback_kwargs: dict | None = None
    disabled: bool = False
    # The fragment whose body created the widget (None: the app's body).
    fragment_id: str | None = None
    # Callbacks by event name (components v2): for a "json_value" widget, the
    # ones whose key of the value's mapping changed; for a "json_trigger_value"
    # widget, the ones named by the events it carries.
    callbacks: dict[str, Callable[..., Any]] | None = None
    # presenter(base_value, session_state) -> what st.session_state shows for
    # the widget (components v2 merge their trigger values into their state).
    presenter: Callable[[Any, "SessionState"], Any] | None = None


@dataclass
class _Wire:
    """A widget value as the page sent it, not yet deserialized."""

    value: Any


@dataclass
class _Py:
    """A widget value that is already a Python value."""

    value: Any


@dataclass
class WidgetStates:
    """Widget values for the current run, keyed by element id."""

    states: dict[str, _Wire | _Py] = field(default_factory=dict)
    metadata: dict[str, WidgetMetadata] = field(default_factory=dict)

    def __contains__(self, widget_id: str) -> bool:
        try:
            self[widget_id]
        except KeyError:
            return False
        return True

    def __getitem__(self, widget_id: str) -> Any:
        state = self.states[widget_id]
        if isinstance(state, _Py):
            return state.value
        meta = self.metadata.get(widget_id)
        if meta is None:
            # A wire value for a widget this session never registered.
            raise KeyError(widget_id)
        return meta.deserializer(state.value)

    def get(self, widget_id: str, default: Any = None) -> Any:
        try:
            return self[widget_id]
        except KeyError:
            return default

    def ids(self) -> list[str]:
        return list(self.states)

    def set_wire(self, widget_id: str, value: Any) -> None:
        self.states[widget_id] = _Wire(value)

    def set_value(self, widget_id: str, value: Any) -> None:
        self.states[widget_id] = _Py(value)

    def discard(self, widget_id: str) -> None:
        self.states.pop(widget_id, None)

    def clear_values(self) -> None:
        self.states.clear()

    def wire_value(self, widget_id: str) -> Any:
        """The value in the form the page uses (for props.value)."""
        state = self.states[widget_id]
        if isinstance(state, _Wire):
            return state.value
        return self.metadata[widget_id].serializer(state.value)

    def stale_ids(self, active_ids: frozenset[str], fragment_ids: frozenset[str]) -> set[str]:
        """Widgets the run did not draw. A fragment run judges only the
        widgets of the fragments it ran; the others keep their state."""
        stale = set()
        for widget_id in set(self.states) | set(self.metadata):
            if widget_id in active_ids:
                continue
            meta = self.metadata.get(widget_id)
            if fragment_ids and meta is not None and meta.fragment_id not in fragment_ids:
                continue
            stale.add(widget_id)
        return stale

    def remove(self, widget_ids: set[str]) -> None:
        for widget_id in widget_ids:
            self.states.pop(widget_id, None)
            self.metadata.pop(widget_id, None)


@dataclass
class RegisteredValue:
    """What registering a widget returns: its value, and whether the page
    must take that value (it was set from Python)."""

    value: Any
    value_changed: bool


class SessionState:
    """The state of one session (one browser tab)."""

    def __init__(self) -> None:
        self._old_state: dict[str, Any] = {}
        self._new_session_state: dict[str, Any] = {}
        self._widget_states = WidgetStates()
        self._key_to_id: dict[str, str] = {}
        self._id_to_key: dict[str, str] = {}
        # Set by the script runner while a run is in progress.
        self.widget_ids_this_run: set[str] | None = None
        self.form_ids_this_run: set[str] | None = None

    # -- lookups ----------------------------------------------------------

    def _widget_id(self, key: str) -> str:
        return self._key_to_id.get(key, key)

    def _keys(self) -> set[str]:
        old = {self._widget_id(k) for k in self._old_state}
        new_widgets = set(self._widget_states.ids())
        new_session = {self._widget_id(k) for k in self._new_session_state}
        return old | new_widgets | new_session

    def _lookup(self, widget_id: str | None, user_key: str | None) -> Any:
        if user_key is not None and user_key in self._new_session_state:
            return self._new_session_state[user_key]
        if widget_id is not None:
            try:
                return self._widget_states[widget_id]
            except KeyError:
                pass
            if widget_id in self._old_state:
                return self._old_state[widget_id]
        if user_key is not None and user_key in self._old_state:
            return self._old_state[user_key]
        raise KeyError(user_key if user_key is not None else widget_id)

    def _base_item(self, key: str) -> tuple[str, Any]:
        """(element id or key, the stored value) for a user key or element id."""
        widget_id = self._widget_id(key)
        if widget_id == key and widget_id in self._id_to_key:
            # Asked by element id: look up through its user key too.
            key = self._id_to_key[widget_id]
        try:
            return widget_id, self._lookup(widget_id, key)
        except KeyError:
            raise KeyError(missing_key_message(key)) from None

    def __getitem__(self, key: str) -> Any:
        widget_id, value = self._base_item(key)
        return self._present(widget_id, value)

    def _present(self, widget_id: str, value: Any) -> Any:
        """What user code sees: the widget's presenter applied (never for internal use)."""
        meta = self._widget_states.metadata.get(widget_id)
        if meta is None or meta.presenter is None:
            return value
        try:
            return meta.presenter(value, self)
        except Exception:  # noqa: BLE001 - presentation never breaks a lookup
            return value

    def __contains__(self, key: str) -> bool:
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys())

    def __len__(self) -> int:
        return len(self._keys())

    def filtered_state(self) -> dict[str, Any]:
        """User-visible state: plain keys and keyed widgets, by user key."""
        state: dict[str, Any] = {}
        for k in self._keys():
            if k.startswith(INTERNAL_KEY_PREFIX):
                continue
            if not is_element_id(k):
                state[k] = self[k]
            elif is_keyed_element_id(k) and k in self._id_to_key:
                try:
                    state[self._id_to_key[k]] = self[k]
                except KeyError:
                    pass
        return state

    # -- writes from user code --------------------------------------------

    def __setitem__(self, user_key: str, value: Any) -> None:
        if self.widget_ids_this_run is not None:
            widget_id = self._key_to_id.get(user_key)
            if widget_id in self.widget_ids_this_run or (
                self.form_ids_this_run is not None
                and user_key in self.form_ids_this_run
            ):
                raise StreamlitWidgetAlreadyInstantiatedError(user_key)
        self._new_session_state[user_key] = value

    def __delitem__(self, key: str) -> None:
        widget_id = self._widget_id(key)
        if not (key in self or widget_id in self):
            raise KeyError(missing_key_message(key))
        self._new_session_state.pop(key, None)
        self._old_state.pop(key, None)
        if key in self._key_to_id:
            del self._id_to_key[self._key_to_id.pop(key)]
        self._widget_states.discard(widget_id)
        self._old_state.pop(widget_id, None)

    def clear(self) -> None:
        self._old_state.clear()
        self._new_session_state.clear()
        self._widget_states.clear_values()
        self._key_to_id.clear()
        self._id_to_key.clear()

    def is_new_state_value(self, user_key: str) -> bool:
        return user_key in self._new_session_state

    def reset_state_value(self, user_key: str, value: Any) -> None:
        """Set a value from the runtime itself, bypassing the rule that a
        widget's key cannot be assigned after the widget exists."""
        self._new_session_state[user_key] = value

    # -- run lifecycle ----------------------------------------------------

    def _compact(self) -> None:
        for key_or_id in list(self._keys()):
            try:
                self._old_state[key_or_id] = self._base_item(key_or_id)[1]
            except KeyError:
                pass
        self._new_session_state.clear()
        self._widget_states.clear_values()

    def reset_triggers(self) -> None:
        """Clicks (and chat submissions) read as not happened from here on."""
        self._reset_triggers()

    def _reset_triggers(self) -> None:
        for widget_id, meta in self._widget_states.metadata.items():
            if meta.value_type not in TRIGGER_RESET_VALUES:
                continue
            reset = TRIGGER_RESET_VALUES[meta.value_type]
            if widget_id in self._widget_states.states:
                self._widget_states.set_value(widget_id, reset)
            if widget_id in self._old_state:
                self._old_state[widget_id] = reset

    def on_script_will_rerun(self, widget_values: dict[str, Any] | None) -> list[str]:
        """Take the page's widget values for a new run.

        Returns the ids of changed widgets whose callbacks must run, in the
        page's order (the caller runs them inside the run's context).
        """
        self._reset_triggers()
        self._compact()
        if not widget_values:
            return []
        for widget_id, value in widget_values.items():
            self._widget_states.set_wire(widget_id, value)
        changed = []
        for widget_id in self._widget_states.ids():
            meta = self._widget_states.metadata.get(widget_id)
            if meta is None or meta.disabled or (meta.callback is None and not meta.callbacks):
                continue
            if self._widget_changed(widget_id):
                changed.append(widget_id)
        return changed

    def _widget_changed(self, widget_id: str) -> bool:
        return self._widget_states.get(widget_id) != self._old_state.get(widget_id)

    def run_callback(self, widget_id: str) -> None:
        meta = self._widget_states.metadata[widget_id]
        args = meta.callback_args or ()
        kwargs = meta.callback_kwargs or {}
        if meta.callbacks:
            for callback in self._event_callbacks(widget_id, meta):
                callback(*args, **kwargs)
            return
        meta.callback(*args, **kwargs)

    def _event_callbacks(self, widget_id: str, meta: WidgetMetadata) -> list[Callable[..., Any]]:
        """The callbacks of a widget with callbacks by event, for this change."""
        callbacks = meta.callbacks or {}
        new = self._widget_states.get(widget_id)
        if meta.value_type == "json_trigger_value":
            payloads = new if isinstance(new, list) else [new]
            events = [p.get("event") for p in payloads if isinstance(p, dict)]
            return [callbacks[e] for e in events if isinstance(e, str) and e in callbacks]
        old = self._old_state.get(widget_id)
        new_map = dict(new) if isinstance(new, dict) else {}
        old_map = dict(old) if isinstance(old, dict) else {}
        changed = {k for k in new_map.keys() | old_map.keys() if new_map.get(k) != old_map.get(k)}
        return [callback for name, callback in callbacks.items() if name in changed]

    def on_script_finished(
        self,
        active_widget_ids: frozenset[str],
        *,
        remove_stale: bool,
        fragment_ids: frozenset[str] = frozenset(),
    ) -> None:
        self._reset_triggers()
        if remove_stale:
            self._remove_stale_widgets(active_widget_ids, fragment_ids)

    def _remove_stale_widgets(self, active_ids: frozenset[str], fragment_ids: frozenset[str] = frozenset()) -> None:
        stale = self._widget_states.stale_ids(active_ids, fragment_ids)
        if fragment_ids:
            # Values kept only in _old_state have no metadata: a fragment run cannot judge them.
            stale_old = {k for k in self._old_state if k in stale}
        else:
            stale_old = {k for k in self._old_state if is_element_id(k) and k not in active_ids}
        self._widget_states.remove(stale)
        self._old_state = {k: v for k, v in self._old_state.items() if k not in stale_old}

    # -- widgets ----------------------------------------------------------

    def register_widget(self, meta: WidgetMetadata, user_key: str | None) -> RegisteredValue:
        widget_id = meta.id
        self._widget_states.metadata[widget_id] = meta
        if user_key is not None:
            old_id = self._key_to_id.get(user_key)
            if old_id is not None and old_id != widget_id:
                self._id_to_key.pop(old_id, None)
            self._key_to_id[user_key] = widget_id
            self._id_to_key[widget_id] = user_key

        if meta.disabled and widget_id in self._widget_states.states:
            # A disabled widget cannot have been changed in the page.
            self._widget_states.discard(widget_id)

        if widget_id not in self and (user_key is None or user_key not in self):
            self._widget_states.set_value(widget_id, copy.deepcopy(meta.deserializer(None)))

        value = copy.deepcopy(self._base_item(widget_id)[1])
        changed = user_key is not None and self.is_new_state_value(user_key)
        if (
            not changed
            and user_key is not None
            and widget_id not in self._widget_states.states
            and user_key in self._old_state
            and value != meta.deserializer(None)
        ):
            # A value set through session state in an earlier run, before the
            # widget existed: the page must take it.
            changed = True
        return RegisteredValue(value, changed)

    def widget_wire_value(self, widget_id: str, value: Any) -> Any:
        return self._widget_states.metadata[widget_id].serializer(value)

    # -- serializability --------------------------------------------------

    def check_serializable(self) -> None:
        import pickle  # only apps that ask for the check pay for the import

        for k in self:
            try:
                pickle.dumps(self[k])
            except Exception as e:
                raise UnserializableSessionStateError(
                    f"Cannot serialize the value (of type `{type(self[k])}`) of '{k}' in "
                    "st.session_state. Streamlit has been configured to use "
                    "[pickle](https://docs.python.org/3/library/pickle.html) to "
                    "serialize session_state values. Please convert the value to a "
                    "pickle-serializable type. To learn more about this behavior, "
                    "see [our docs](https://docs.streamlit.io/knowledge-base/using-streamlit/serializable-session-state)."
                ) from e
