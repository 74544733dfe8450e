"""The page URL's query parameters as a session holds them.

Each run starts from the query string the page sent with its event, so the
address bar is the source of truth; a script's change updates this copy at
once and sends the new query string to the page, which writes it into the
address bar (without a new history entry). A key may repeat in a URL: the
mapping view gives the last value, ``get_all`` every value. ``embed`` and
``embed_options`` belong to the page's embedding and are hidden from scripts.

Widgets created with ``bind="query-params"`` own the parameter named by
their key (runtime/query_binding.py turns values into URL text and back):
scripts cannot set, delete or clear it through ``st.query_params``, the
widget's value is seeded from the URL the run started with, and the
parameter leaves the URL with the widget.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Callable
from urllib import parse

from wasmlit.errors import StreamlitAPIException, StreamlitQueryParamDictValueError

EMBED_KEYS = ("embed", "embed_options")
# Limits on what the page may send, as in Streamlit: longer input is ignored.
MAX_QUERY_STRING_LENGTH = 512 * 1024
MAX_QUERY_FIELDS = 1000

Value = "str | list[str]"


def is_embed_key(key: str) -> bool:
    return key.lower() in EMBED_KEYS


def missing_key_message(key: str) -> str:
    return f'st.query_params has no key "{key}".'


def missing_attribute_message(key: str) -> str:
    return f'st.query_params has no attribute "{key}".'


def parse_query_string(query_string: str) -> dict[str, "str | list[str]"]:
    """``a=1&b=2&b=3`` -> {"a": "1", "b": ["2", "3"]} (a leading ``?`` is fine)."""
    text = (query_string or "").lstrip("?")
    if not text or len(text) > MAX_QUERY_STRING_LENGTH or text.count("&") + 1 > MAX_QUERY_FIELDS:
        return {}
    parsed: dict[str, str | list[str]] = {}
    for key, values in parse.parse_qs(text, keep_blank_values=True).items():
        parsed[key] = values[0] if len(values) == 1 else list(values)
    return parsed


def encode_query_params(params: Mapping[str, "str | list[str]"]) -> str:
    return parse.urlencode(params, doseq=True)


def _stored_value(key: str, value: Any) -> "str | list[str]":
    if isinstance(value, dict):
        raise StreamlitQueryParamDictValueError(key)
    if is_embed_key(key):
        raise StreamlitAPIException(
            "Query param embed and embed_options (case-insensitive) cannot be set programmatically.",
            error_id="query-param-embed-cannot-set",
        )
    if isinstance(value, Iterable) and not isinstance(value, (str, bytes)):
        return [str(item) for item in value]
    return str(value)


def _pairs(source: Any) -> list[tuple[str, Any]]:
    if hasattr(source, "keys") and hasattr(source, "__getitem__"):
        return [(key, source[key]) for key in list(source.keys())]
    return list(source)


@dataclass
class WidgetBinding:
    widget_id: str
    param_key: str
    value_type: str
    page_hash: str


def _bound_error(key: str, action: str) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"Cannot directly {action} query parameter '{key}' - it is bound to a widget. Modify the widget value instead.",
        error_id=f"query-param-bound-cannot-{action}",
    )


class QueryParams:
    """One session's query parameters; ``on_change(query_string)`` is called
    after each change a script makes (not when the page's string is loaded)."""

    def __init__(self) -> None:
        self._params: dict[str, str | list[str]] = {}
        # The parameters as the run's URL had them (bound widgets seed from these).
        self._initial: dict[str, str | list[str]] = {}
        self._bindings_by_param: dict[str, WidgetBinding] = {}
        self._bindings_by_widget: dict[str, WidgetBinding] = {}
        self.on_change: Callable[[str], None] | None = None
        # The query string as the page has it: the one the run started with,
        # or the last one sent to the page. (A bound widget changed in the
        # page to its default drops its parameter here without telling the
        # page, which already did.)
        self.page_query_string = ""

    # -- loading from the page ---------------------------------------------

    def load(self, query_string: str, valid_page_hashes: "set[str] | None" = None) -> None:
        """The URL's parameters at the start of a run. On a page change
        (``valid_page_hashes``: the pages now running), parameters bound to
        widgets of other pages are dropped and unbound, and the page is told."""
        params = parse_query_string(query_string)
        stale = []
        if valid_page_hashes is not None:
            for key in list(params):
                binding = self._bindings_by_param.get(key)
                if binding is not None and binding.page_hash not in valid_page_hashes:
                    del params[key]
                    stale.append(binding.widget_id)
        self._params = params
        self._initial = dict(params)
        self.page_query_string = encode_query_params(params)
        for widget_id in stale:
            self.unbind_widget(widget_id)
        if stale:
            self._changed()

    @property
    def query_string(self) -> str:
        return encode_query_params(self._params)

    # -- reads --------------------------------------------------------------

    def keys(self) -> list[str]:
        return [key for key in self._params if not is_embed_key(key)]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._params and not is_embed_key(key)

    def __getitem__(self, key: str) -> str:
        if is_embed_key(key) or key not in self._params:
            raise KeyError(missing_key_message(key))
        value = self._params[key]
        if isinstance(value, list):
            return value[-1] if value else ""
        return value

    def get_all(self, key: str) -> list[str]:
        if is_embed_key(key) or key not in self._params:
            return []
        value = self._params[key]
        return list(value) if isinstance(value, list) else [value]

    def to_dict(self) -> dict[str, str]:
        return {key: self[key] for key in self.keys()}

    def __str__(self) -> str:
        return str(self._params)

    # -- writes -------------------------------------------------------------

    def __setitem__(self, key: str, value: Any) -> None:
        if self.is_bound(key):
            raise _bound_error(key, "set")
        self._params[key] = _stored_value(key, value)
        self._changed()

    def __delitem__(self, key: str) -> None:
        if is_embed_key(key):
            raise KeyError(missing_key_message(key))
        if self.is_bound(key):
            raise _bound_error(key, "delete")
        if key not in self._params:
            raise KeyError(missing_key_message(key))
        del self._params[key]
        self._changed()

    def update(self, other: Any = (), /, **kwargs: Any) -> None:
        pairs = _pairs(other) + list(kwargs.items())
        for key, _ in pairs:
            if self.is_bound(key):
                raise _bound_error(key, "set")
        updated = dict(self._params)
        for key, value in pairs:
            updated[key] = _stored_value(key, value)
        self._params = updated
        self._changed()

    def clear(self) -> None:
        bound = [key for key in self._params if self.is_bound(key)]
        if bound:
            raise StreamlitAPIException(
                "Cannot clear query parameters - the following are bound to widgets: "
                f"{', '.join(repr(k) for k in bound)}. "
                "Modify the widget values instead, or remove the bind parameter.",
                error_id="query-param-bound-cannot-clear",
            )
        self._params = {key: value for key, value in self._params.items() if is_embed_key(key)}
        self._changed()

    def from_dict(self, params: Any) -> None:
        old = self._params
        self._params = {key: value for key, value in self._params.items() if is_embed_key(key)}
        try:
            self.update(params)
        except StreamlitAPIException:
            self._params = old
            raise

    # -- widgets bound to parameters (bind="query-params") --------------------

    def bind_widget(self, param_key: str, widget_id: str, value_type: str, page_hash: str) -> None:
        if param_key.lower() in EMBED_KEYS:
            raise StreamlitAPIException(
                f"Cannot bind to reserved query parameter '{param_key}'. "
                "'embed' and 'embed_options' are used internally for Streamlit's embed functionality.",
                error_id="query-param-reserved-cannot-bind",
            )
        old = self._bindings_by_param.get(param_key)
        if old is not None and old.widget_id != widget_id:
            self._bindings_by_widget.pop(old.widget_id, None)
        binding = WidgetBinding(widget_id, param_key, value_type, page_hash)
        self._bindings_by_param[param_key] = binding
        self._bindings_by_widget[widget_id] = binding

    def unbind_widget(self, widget_id: str) -> None:
        binding = self._bindings_by_widget.pop(widget_id, None)
        if binding is not None:
            self._bindings_by_param.pop(binding.param_key, None)

    def unbind_and_clear_param(self, widget_id: str) -> None:
        """A widget no longer bound: its parameter leaves the URL."""
        binding = self._bindings_by_widget.get(widget_id)
        if binding is None:
            return
        self.unbind_widget(widget_id)
        if binding.param_key in self._params:
            del self._params[binding.param_key]
            self._changed()

    def is_bound(self, param_key: str) -> bool:
        return param_key in self._bindings_by_param

    def binding_for_widget(self, widget_id: str) -> WidgetBinding | None:
        return self._bindings_by_widget.get(widget_id)

    def has_param(self, key: str) -> bool:
        return key in self._params

    def remove_param(self, key: str) -> bool:
        if key in self._params:
            del self._params[key]
            self._changed()
            return True
        return False

    def discard_param_quietly(self, key: str) -> bool:
        """Drops a parameter without telling the page (it already has it right)."""
        return self._params.pop(key, None) is not None

    def initial_value(self, key: str) -> "str | list[str] | None":
        return self._initial.get(key)

    def stored_param_matches(self, key: str, url_value: "str | list[str]") -> bool:
        return key in self._params and self._params[key] == url_value

    def set_bound_value(self, key: str, url_value: "str | list[str]") -> None:
        """A bound widget's value as URL text (set from Python): into the URL."""
        self._params[key] = url_value
        self._changed()

    def remove_stale_bindings(self, stale_widget_ids: "set[str] | list[str]") -> None:
        """Widgets gone from the app: their parameters leave the URL."""
        removed = False
        for widget_id in list(stale_widget_ids):
            binding = self._bindings_by_widget.get(widget_id)
            if binding is None:
                continue
            if binding.param_key in self._params:
                del self._params[binding.param_key]
                removed = True
            self.unbind_widget(widget_id)
        if removed:
            self._changed()

    def bound_widget_ids(self) -> set[str]:
        return set(self._bindings_by_widget)

    def _changed(self) -> None:
        self.page_query_string = self.query_string
        if self.on_change is not None:
            self.on_change(self.query_string)
