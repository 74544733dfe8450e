"""The caches of cached functions: one per function (and session, for
``scope="session"``), kept in one registry per decorator.

A data cache stores each return value pickled, so every hit gets a fresh
copy; a resource cache stores the object itself, shared by every caller.
Both also keep the elements the call showed (for replay). The caches are
module state of the process, like Streamlit's: in the browser one worker
serves one tab, so they live as long as the page session.
"""

from __future__ import annotations

import pickle
import sys
import weakref
from typing import Any, Callable, Generic, TypeVar

from wasmlit.caching.store import EntryStore
from wasmlit.errors import StreamlitAPIException, UnserializableReturnValueError
from wasmlit.runtime.context import get_script_run_ctx


class FunctionCache:
    """One function's entries: ``read`` returns (value, records) or raises KeyError."""

    params: tuple[Any, ...]
    store: EntryStore

    def read(self, key: str) -> tuple[Any, list[Any]]:
        raise NotImplementedError

    def write(self, key: str, value: Any, records: list[Any], func: Callable[..., Any]) -> None:
        raise NotImplementedError

    def clear(self, key: str | None = None) -> None:
        if key is None:
            self.store.clear()
        else:
            self.store.delete(key)


class DataCache(FunctionCache):
    def __init__(
        self, params: tuple[Any, ...], *, ttl_seconds: float | None, max_entries: int | None, max_size: int | None
    ) -> None:
        self.params = params
        self.store = EntryStore(ttl_seconds=ttl_seconds, max_entries=max_entries, max_size=max_size)

    def read(self, key: str) -> tuple[Any, list[Any]]:
        pickled, records = self.store.get(key)
        return pickle.loads(pickled), records  # our own pickles

    def write(self, key: str, value: Any, records: list[Any], func: Callable[..., Any]) -> None:
        try:
            pickled = pickle.dumps(value)
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            raise UnserializableReturnValueError(func, value) from exc
        self.store.set(key, (pickled, records), size=len(pickled))


class ResourceCache(FunctionCache):
    def __init__(
        self,
        params: tuple[Any, ...],
        *,
        ttl_seconds: float | None,
        max_entries: int | None,
        validate: Callable[[Any], bool] | None,
        on_release: Callable[[Any], None] | None,
    ) -> None:
        self.params = params
        self.validate = validate
        release = on_release or (lambda value: None)
        self.store = EntryStore(
            ttl_seconds=ttl_seconds, max_entries=max_entries, on_release=lambda entry: release(entry[0])
        )

    def read(self, key: str) -> tuple[Any, list[Any]]:
        value, records = self.store.get(key)
        if self.validate is not None and not self.validate(value):
            self.store.delete(key)
            raise KeyError(key)
        return value, records

    def write(self, key: str, value: Any, records: list[Any], func: Callable[..., Any]) -> None:
        self.store.set(key, (value, records))


_SESSION_SCOPE_ERROR = (
    "A session-scoped cache was accessed outside of the app execution thread. "
    "Make sure all session-scoped caches are read during rendering and not read in "
    "background threads."
)


_Cache = TypeVar("_Cache", bound=FunctionCache)


class CacheRegistry(Generic[_Cache]):
    """The caches of one decorator, by scope and function key."""

    def __init__(self) -> None:
        self._global: dict[str, _Cache] = {}
        self._sessions: "weakref.WeakKeyDictionary[Any, dict[str, _Cache]]" = weakref.WeakKeyDictionary()

    def _scope_caches(self, scope: str) -> dict[str, _Cache]:
        if scope == "global":
            return self._global
        ctx = get_script_run_ctx()
        if ctx is None:
            raise StreamlitAPIException(_SESSION_SCOPE_ERROR, error_id="session-scoped-cache-outside-app-thread")
        return self._sessions.setdefault(ctx.session_state, {})

    def get(self, scope: str, function_key: str, params: tuple[Any, ...], make: Callable[[], _Cache]) -> _Cache:
        """The function's cache; a new one when its parameters changed."""
        caches = self._scope_caches(scope)
        cache = caches.get(function_key)
        if cache is None or cache.params != params:
            cache = caches[function_key] = make()
        return cache

    def clear_all(self) -> None:
        caches = list(self._global.values())
        for session_caches in list(self._sessions.values()):
            caches.extend(session_caches.values())
        self._global = {}
        self._sessions = weakref.WeakKeyDictionary()
        errors = []
        for cache in caches:
            try:
                cache.clear()
            except Exception as exc:  # noqa: BLE001 - every cache gets cleared even when a release fails
                errors.append(exc)
        if errors:
            raise errors[0]


data_caches: CacheRegistry[DataCache] = CacheRegistry()
resource_caches: CacheRegistry[ResourceCache] = CacheRegistry()


def warn_ignored_ttl(display_name: str) -> None:
    print(
        f"The cached function '{display_name}' has a TTL that will be ignored. "
        "Persistent cached functions currently don't support TTL.",
        file=sys.stderr,
    )
