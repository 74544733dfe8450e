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

Keyed widgets may outlive their absence: ``bind="query-params"`` keeps the
value in the URL (runtime/query_params.py), ``persist_state="page"`` keeps
it while the user stays on the widget's page, ``"session"`` for the whole
session (runtime/persisted_widgets.py).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from wasmlit.type_aliases import WidgetArgs, WidgetKwargs

from wasmlit.errors import (
    StreamlitWidgetAlreadyInstantiatedError,
    UnserializableSessionStateError,
)
from wasmlit.runtime import query_binding
from wasmlit.runtime.persisted_widgets import PersistedWidgets
from wasmlit.runtime.query_params import QueryParams

ELEMENT_ID_PREFIX = "$$ID"
INTERNAL_KEY_PREFIX = "$$STREAMLIT_INTERNAL_KEY"

TRIGGER_VALUE = "trigger_value"
# One-shot values and what they fall back to after their run.
TRIGGER_RESET_VALUES = {
    TRIGGER_VALUE: False,
    "string_trigger_value": None,
    "chat_input_value": None,
    "json_trigger_value": None,
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
    callback_args: WidgetArgs | None = None
    callback_kwargs: WidgetKwargs | None = None
    disabled: bool = False
    # The fragment whose body created the widget (None: the app's body).
    fragment_id: str | None = None
    # bind="query-params": the value lives in the URL parameter named by the key.
    bind: str | None = None
    # persist_state: "page" / "session" keep the value while the widget is not drawn.
    persist_state: str | None = None
    # For bound widgets: the option labels a URL value must be one of (None: any),
    # whether an empty parameter means an empty value, the most values a list may
    # have, and whether a list may repeat a value.
    formatted_options: list[str] | None = None
    clearable: bool = False
    max_array_length: int | None = None
    allow_url_duplicates: bool = False
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

    def is_stale(self, widget_id: str, active_ids: frozenset[str], fragment_ids: frozenset[str]) -> bool:
        if widget_id in active_ids:
            return False
        meta = self.metadata.get(widget_id)
        return not (fragment_ids and meta is not None and meta.fragment_id not in fragment_ids)

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
        self.query_params = QueryParams()
        self._bound_ids: set[str] = set()
        self._persisted = PersistedWidgets()
        # The script (entrypoint or page hash) that last drew each widget.
        self._widget_scripts: dict[str, str] = {}
        # Set by the script runner while a run is in progress.
        self.widget_ids_this_run: set[str] | None = None
        self.form_ids_this_run: set[str] | None = None
        # Where the page the session is on comes from (a multipage app's page hash).
        self.page_hash_source: Callable[[], str] = lambda: ""

    @property
    def current_page_hash(self) -> str:
        return self.page_hash_source()

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
                self.form_ids_this_run is not None and user_key in self.form_ids_this_run
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

    def drawn_by(self, widget_ids: "Iterable[str]", script_hash: str) -> frozenset[str]:
        """The widgets among ``widget_ids`` that ``script_hash``'s code drew last."""
        return frozenset(w for w in widget_ids if self._widget_scripts.get(w) == script_hash)

    def clear(self) -> None:
        self._widget_scripts.clear()
        self._old_state.clear()
        self._new_session_state.clear()
        self._widget_states.clear_values()
        self._key_to_id.clear()
        self._id_to_key.clear()
        self._bound_ids.clear()
        self._persisted.clear()

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
        if meta.callback is not None:  # on_script_will_rerun lists only widgets with one
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
        page = self.current_page_hash

        def is_stale(widget_id: str) -> bool:
            if fragment_ids:
                return widget_id in stale
            return widget_id not in active_ids

        # Bound and persisted widgets keep their value under their user key.
        preserved: dict[str, Any] = {}
        for widget_id in list(self._old_state):
            if not (is_element_id(widget_id) and widget_id in self._id_to_key and is_stale(widget_id)):
                continue
            if widget_id in self._bound_ids or self._persisted.should_preserve(widget_id, page):
                user_key = self._id_to_key[widget_id]
                try:
                    preserved[user_key] = self._lookup(widget_id, user_key)
                except KeyError:
                    preserved[user_key] = self._old_state[widget_id]
                self._persisted.note_preserved_value(widget_id, user_key, page)
        for user_key in self._persisted.mark_page_switch_drops(
            page, self._id_to_key, is_exempt=lambda wid: wid in self._bound_ids, is_stale=is_stale
        ):
            self._old_state.pop(user_key, None)

        if fragment_ids:
            # Values kept only in _old_state have no metadata: a fragment run cannot judge them.
            stale_old = {k for k in self._old_state if k in stale}
        else:
            stale_old = {k for k in self._old_state if is_element_id(k) and k not in active_ids}
        self._widget_states.remove(stale)
        self._old_state = {k: v for k, v in self._old_state.items() if k not in stale_old}
        self._old_state.update(preserved)
        for user_key, value in preserved.items():
            active_id = self._key_to_id.get(user_key)
            if active_id is not None and active_id in active_ids:
                self._widget_states.set_value(active_id, value)

        self.query_params.remove_stale_bindings({wid for wid in self._bound_ids if is_stale(wid)})
        self._bound_ids &= set(self._id_to_key)
        self._persisted.prune(set(self._id_to_key), self._old_state)

    # -- widgets ----------------------------------------------------------

    def register_widget(self, meta: WidgetMetadata, user_key: str | None, *, script_hash: str = "") -> RegisteredValue:
        """Registers a widget drawn by this run and returns its value.
        ``script_hash``: the script drawing it (entrypoint or page), which a
        query-parameter binding belongs to."""
        widget_id = meta.id
        self._widget_states.metadata[widget_id] = meta
        self._widget_scripts[widget_id] = script_hash
        if user_key is not None:
            old_id = self._key_to_id.get(user_key)
            if old_id is not None and old_id != widget_id:
                self._id_to_key.pop(old_id, None)
            self._key_to_id[user_key] = widget_id
            self._id_to_key[widget_id] = user_key

        seeded_from_url = False
        if meta.bind == "query-params" and user_key is not None:
            self._bound_ids.add(widget_id)
            seeded_from_url = self._bind_to_query_param(meta, user_key, script_hash)
        elif meta.bind is None and user_key is not None:
            # No longer bound: its parameter leaves the URL.
            self._bound_ids.discard(widget_id)
            self.query_params.unbind_and_clear_param(widget_id)

        dropped_page_value = False
        if meta.persist_state is not None and user_key is not None:
            page = self.current_page_hash
            self._persisted.register(widget_id, user_key, meta.persist_state, page)
            if self._persisted.take_pending_drop(widget_id, user_key, page, is_bound=meta.bind == "query-params"):
                dropped_page_value = self._drop_widget_value(widget_id, user_key)
        elif meta.persist_state is None and user_key is not None:
            self._persisted.untrack(widget_id, user_key)

        disabled_value_discarded = False
        if meta.disabled and widget_id in self._widget_states.states and not seeded_from_url:
            # A disabled widget cannot have been changed in the page.
            self._widget_states.discard(widget_id)
            if user_key is None or user_key not in self._new_session_state:
                disabled_value_discarded = True

        if widget_id not in self and (user_key is None or user_key not in self) and not seeded_from_url:
            self._widget_states.set_value(widget_id, copy.deepcopy(meta.deserializer(None)))

        value = copy.deepcopy(self._base_item(widget_id)[1])

        restored_bound_value = False
        if meta.bind == "query-params" and user_key is not None:
            restored_bound_value = self._sync_bound_param(meta, user_key, value, seeded_from_url)

        restored_value = False
        if (
            user_key is not None
            and not self.is_new_state_value(user_key)
            and widget_id not in self._widget_states.states
            and (user_key in self._old_state or (meta.persist_state is not None and widget_id in self._old_state))
            and value != meta.deserializer(None)
        ):
            # A value set through session state (or kept while the widget was
            # not drawn) in an earlier run: the page must take it.
            restored_value = True

        changed = (
            (user_key is not None and self.is_new_state_value(user_key))
            or restored_bound_value
            or restored_value
            or dropped_page_value
            or disabled_value_discarded
        )
        return RegisteredValue(value, changed)

    def _drop_widget_value(self, widget_id: str, user_key: str) -> bool:
        removed = self._widget_states.states.pop(widget_id, None) is not None
        removed = self._old_state.pop(widget_id, None) is not None or removed
        return self._old_state.pop(user_key, None) is not None or removed

    # -- widgets bound to query parameters --------------------------------

    def _bind_to_query_param(self, meta: WidgetMetadata, user_key: str, script_hash: str) -> bool:
        """Binds the widget to its parameter; on its first run (or when the
        page sent no value for it) seeds it from the run's URL. True when
        the URL gave the value."""
        widget_id = meta.id
        self.query_params.bind_widget(user_key, widget_id, meta.value_type, script_hash)
        if widget_id in self._widget_states.states and not meta.disabled:
            return False
        first_run = widget_id not in self._old_state
        if not first_run and user_key in self._new_session_state:
            return False  # the script set the value after the first run
        url_value = self.query_params.initial_value(user_key)
        return url_value is not None and self._seed_from_url(meta, user_key, url_value)

    def _seed_from_url(self, meta: WidgetMetadata, user_key: str, url_value: "str | list[str]") -> bool:
        params = self.query_params
        if query_binding.is_empty_url_value(url_value) and not meta.clearable:
            params.remove_param(user_key)
            return False
        try:
            parsed = query_binding.parse_url_param(url_value, meta.value_type)
            value = meta.deserializer(parsed)
            default = meta.deserializer(None)
            if value == default or (isinstance(value, list) and not value and parsed):
                params.remove_param(user_key)
                return False
            if (
                meta.formatted_options is not None
                and meta.value_type == "string_value"
                and isinstance(parsed, str)
                and parsed not in meta.formatted_options
            ):
                params.remove_param(user_key)
                return False
            if meta.value_type == "string_array_value" and isinstance(parsed, list):
                sanitized = query_binding.sanitize_url_array(
                    parsed,
                    valid_options=meta.formatted_options,
                    max_length=meta.max_array_length,
                    allow_duplicates=meta.allow_url_duplicates,
                )
                if sanitized is not None:
                    if not sanitized:
                        params.remove_param(user_key)
                        return False
                    value = meta.deserializer(sanitized)
                    if value == default:
                        params.remove_param(user_key)
                        return False
            self._widget_states.set_value(meta.id, value)
            self._new_session_state[user_key] = value
            wire = meta.serializer(value)
            if wire != parsed:
                # The URL said it differently (a clamped number, an unknown
                # option dropped): the address bar shows the value used.
                params.set_bound_value(user_key, query_binding.url_text(wire, meta.value_type))
            return True
        except (ValueError, TypeError, IndexError):
            params.remove_param(user_key)
            return False

    def _sync_bound_param(self, meta: WidgetMetadata, user_key: str, value: Any, seeded_from_url: bool) -> bool:
        """Keeps the URL in step with a value Python set (or restored); True
        when a value kept in the session came back into the URL."""
        params = self.query_params
        widget_id = meta.id
        had_value_before = widget_id in self._old_state or user_key in self._old_state
        if value != meta.deserializer(None):
            wire = meta.serializer(value)
            if (
                user_key in self._old_state
                and not params.has_param(user_key)
                and user_key not in self._new_session_state
            ):
                params.set_bound_value(user_key, query_binding.url_text(wire, meta.value_type))
                return True
            if user_key in self._new_session_state and not seeded_from_url and had_value_before:
                url_value = query_binding.url_text(wire, meta.value_type)
                if not params.stored_param_matches(user_key, url_value):
                    params.set_bound_value(user_key, url_value)
        elif (
            user_key in self._new_session_state
            and not seeded_from_url
            and params.has_param(user_key)
            and had_value_before
        ):
            params.remove_param(user_key)
        else:
            # Back at its default: the page already dropped the parameter.
            params.discard_param_quietly(user_key)
        return False

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
