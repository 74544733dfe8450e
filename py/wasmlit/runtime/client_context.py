"""st.context: what a script may know about the browser showing it.

There is no HTTP request behind a wasmlit session, so headers, cookies and
the IP address are empty; the page sends the rest (time zone, locale, URL,
theme, whether it is embedded) with each event.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Iterator

from wasmlit.runtime.context import current_or_bare_ctx


def _client() -> dict[str, Any]:
    return current_or_bare_ctx().client or {}


class StreamlitHeaders(Mapping[str, str]):
    """Request headers (case-insensitive keys); empty in the browser."""

    def __init__(self, pairs: list[tuple[str, str]] | None = None) -> None:
        self._pairs = [(k.lower(), v) for k, v in (pairs or [])]

    def get_all(self, key: str) -> list[str]:
        return [v for k, v in self._pairs if k == key.lower()]

    def __getitem__(self, key: str) -> str:
        values = self.get_all(key)
        if not values:
            raise KeyError(key)
        return values[0]

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys(k for k, _ in self._pairs))

    def __len__(self) -> int:
        return len(dict.fromkeys(k for k, _ in self._pairs))

    def to_dict(self) -> dict[str, str]:
        return {k: self[k] for k in self}


class StreamlitCookies(Mapping[str, str]):
    """Request cookies; empty in the browser."""

    def __init__(self, cookies: dict[str, str] | None = None) -> None:
        self._cookies = dict(cookies or {})

    def __getitem__(self, key: str) -> str:
        return self._cookies[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._cookies)

    def __len__(self) -> int:
        return len(self._cookies)

    def to_dict(self) -> dict[str, str]:
        return dict(self._cookies)


class StreamlitTheme(dict[str, Any]):
    """``st.context.theme``: ``type`` is "light" or "dark" (None if unknown)."""

    @property
    def type(self) -> str | None:
        return self.get("type")

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None


class ContextProxy:
    @property
    def headers(self) -> StreamlitHeaders:
        return StreamlitHeaders()

    @property
    def cookies(self) -> StreamlitCookies:
        return StreamlitCookies()

    @property
    def timezone(self) -> str | None:
        return _client().get("timezone")

    @property
    def timezone_offset(self) -> int | None:
        return _client().get("timezoneOffset")

    @property
    def locale(self) -> str | None:
        return _client().get("locale")

    @property
    def url(self) -> str | None:
        return _client().get("url")

    @property
    def ip_address(self) -> str | None:
        return None

    @property
    def is_embedded(self) -> bool:
        return bool(_client().get("isEmbedded", False))

    @property
    def theme(self) -> StreamlitTheme:
        return StreamlitTheme(type=(_client().get("theme") or {}).get("type"))
