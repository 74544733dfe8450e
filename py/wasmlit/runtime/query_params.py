"""The page URL's query parameters as a session holds them.

Each run starts from the query string the page sent with its event, so the
address bar is the source of truth; a script's change updates this copy at
once and sends the new query string to the page, which writes it into the
address bar (without a new history entry). A key may repeat in a URL: the
mapping view gives the last value, ``get_all`` every value. ``embed`` and
``embed_options`` belong to the page's embedding and are hidden from scripts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Callable
from urllib import parse

from wasmlit.errors import StreamlitAPIException, StreamlitQueryParamDictValueError

EMBED_KEYS = ("embed", "embed_options")
# Limits on what the page may send, as in Streamlit: longer input is ignored.
MAX_QUERY_STRING_LENGTH = 64 * 1024
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


class QueryParams:
    """One session's query parameters; ``on_change(query_string)`` is called
    after each change a script makes (not when the page's string is loaded)."""

    def __init__(self) -> None:
        self._params: dict[str, str | list[str]] = {}
        self.on_change: Callable[[str], None] | None = None

    # -- loading from the page ---------------------------------------------

    def load(self, query_string: str) -> None:
        self._params = parse_query_string(query_string)

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
        self._params[key] = _stored_value(key, value)
        self._changed()

    def __delitem__(self, key: str) -> None:
        if is_embed_key(key) or key not in self._params:
            raise KeyError(missing_key_message(key))
        del self._params[key]
        self._changed()

    def update(self, other: Any = (), /, **kwargs: Any) -> None:
        pairs = _pairs(other) + list(kwargs.items())
        updated = dict(self._params)
        for key, value in pairs:
            updated[key] = _stored_value(key, value)
        self._params = updated
        self._changed()

    def clear(self) -> None:
        self._params = {key: value for key, value in self._params.items() if is_embed_key(key)}
        self._changed()

    def from_dict(self, params: Any) -> None:
        kept = {key: value for key, value in self._params.items() if is_embed_key(key)}
        for key, value in _pairs(params):
            kept[key] = _stored_value(key, value)
        self._params = kept
        self._changed()

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change(self.query_string)
