"""``st.cache_data`` and ``st.cache_resource``: the decorators, usable bare
(``@st.cache_data``) or with arguments (``@st.cache_data(ttl="1h")``), with
Streamlit 1.67's parameters and checks, and ``.clear()`` for all caches.

wasmlit specifics (the browser has neither disk nor threads):
``persist="disk"`` is accepted but entries stay in memory for the page
session (``ttl`` is ignored with it, as in Streamlit, with its warning);
``refresh_mode="background"`` is validated like Streamlit but refreshes in
the foreground (an expired entry is recomputed on the next call).
"""

from __future__ import annotations

import inspect
from typing import Any, Callable, Literal

from wasmlit.caching.byte_sizes import max_size_bytes
from wasmlit.caching.caches import DataCache, ResourceCache, data_caches, resource_caches, warn_ignored_ttl
from wasmlit.caching.cached_function import CachedFuncInfo, make_cached_func
from wasmlit.caching.hashing import HashFuncsDict
from wasmlit.runtime.durations import duration_seconds as ttl_seconds
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)


def _check_scope(scope: Any) -> None:
    if scope not in ("global", "session"):
        raise StreamlitValueError("scope", ["'global'", "'session'"])


def _check_refresh_mode(refresh_mode: Any, seconds: float | None) -> None:
    if refresh_mode not in ("foreground", "background"):
        raise StreamlitValueError("refresh_mode", ["foreground", "background"])
    if refresh_mode == "background":
        if seconds is None:
            raise StreamlitMissingRequiredParameterError(
                "ttl", detail='Set a positive `ttl` (for example `ttl="1h"`) or use `refresh_mode="foreground"`.'
            )
        if seconds <= 0:
            raise StreamlitValueError(
                "ttl",
                ["a positive duration"],
                detail='Background refresh requires a positive `ttl` (for example `ttl="1h"`) or `refresh_mode="foreground"`.',
            )


def _check_function(func: Callable[..., Any], refresh_mode: str) -> None:
    if inspect.isasyncgenfunction(func):
        raise StreamlitAPIException(
            "Async-generator functions cannot be cached. Async generators produce "
            "streams that are one-shot iterators, rather than a single cacheable "
            "result. Consume the async generator and return a materialized result "
            "from an ordinary coroutine function if appropriate.",
            error_id="async-generator-function-not-cacheable",
        )
    if inspect.iscoroutinefunction(func) and refresh_mode == "background":
        raise StreamlitValueError(
            "refresh_mode",
            ['"foreground"'],
            detail="Background refresh is not supported for coroutine functions (`async def`). "
            'Use `refresh_mode="foreground"` instead.',
        )


def _is_async_callable(func: Any) -> bool:
    if inspect.iscoroutinefunction(func) or inspect.isasyncgenfunction(func):
        return True
    call = getattr(type(func), "__call__", None)  # noqa: B004 - the method itself, to inspect it
    return inspect.iscoroutinefunction(call) or inspect.isasyncgenfunction(call)


def _reject_async_callback(callback: Any, name: str) -> None:
    if callback is not None and _is_async_callable(callback):
        raise StreamlitAPIException(
            f"The `{name}` callback of `st.cache_resource` must be a synchronous function. "
            "Async callbacks are never awaited; call the coroutine from a synchronous wrapper instead.",
            error_id="cache-resource-async-lifecycle-callback",
        )


def _cached(
    f: Callable[..., Any],
    cache_type: str,
    get_cache: Callable[[str], Any],
    show_spinner: Any,
    show_time: bool,
    hash_funcs: Any,
    scope: str,
) -> Any:
    """The decorated function: ``f`` with its cache (found per function key by ``get_cache``)."""
    return make_cached_func(
        CachedFuncInfo(
            f,
            cache_type=cache_type,
            show_spinner=show_spinner,
            show_time=show_time,
            hash_funcs=hash_funcs,
            scope=scope,
            get_cache=get_cache,
        )
    )


class CacheDataAPI:
    """``st.cache_data``: caches return values, handing out copies.

    Args:
        func: The function to cache (decorator use without parentheses).
        ttl: How long an entry stays (seconds, a timedelta or a duration string; None: forever).
        max_entries: The most entries kept (the oldest go first; None: no limit).
        max_size: The most bytes the cache holds (an int or a size such as "100MB"; None: no
            limit).
        show_spinner: Whether (or with which text) a spinner shows while the function runs.
        show_time: Whether the spinner shows the elapsed time.
        persist: "disk" keeps entries on disk across sessions (None/False: memory only).
        hash_funcs: Functions that hash arguments of the given types (by type or type name).
        scope: "global" (one cache for every session) or "session".
        refresh_mode: "foreground": an expired entry is recomputed before returning.
    """

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: Any = None,
        max_entries: int | None = None,
        max_size: int | str | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        persist: Any = None,
        hash_funcs: HashFuncsDict | None = None,
        scope: Literal["global", "session"] = "global",
        refresh_mode: str = "foreground",
    ) -> Any:
        persist_mode = "disk" if persist is True else None if persist is False else persist
        if persist_mode not in (None, "disk"):
            raise StreamlitValueError("persist", ["'disk'", "None"])
        _check_scope(scope)
        size_limit = max_size_bytes(max_size)
        seconds = ttl_seconds(ttl)
        _check_refresh_mode(refresh_mode, seconds)
        if refresh_mode == "background" and persist_mode is not None:
            raise StreamlitIncompatibleParametersError(
                "refresh_mode='background'",
                f"persist={persist!r}",
                explanation="Persisted (disk) caches do not support TTL-based expiration, which background "
                'refresh requires. Use `persist=None` with `refresh_mode="background"`, or use '
                '`refresh_mode="foreground"`.',
            )

        def decorate(f: Callable[..., Any]) -> Any:
            _check_function(f, refresh_mode)
            entry_ttl = seconds
            if persist_mode == "disk" and seconds is not None and seconds != float("inf"):
                warn_ignored_ttl(f"{getattr(f, '__module__', '?')}.{getattr(f, '__qualname__', '?')}")
                entry_ttl = None
            params = (entry_ttl, max_entries, size_limit, persist_mode, refresh_mode)

            def get_cache(function_key: str) -> DataCache:
                return data_caches.get(
                    scope,
                    function_key,
                    params,
                    lambda: DataCache(params, ttl_seconds=entry_ttl, max_entries=max_entries, max_size=size_limit),
                )

            return _cached(f, "data", get_cache, show_spinner, show_time, hash_funcs, scope)

        return decorate if func is None else decorate(func)

    def clear(self) -> None:
        """Clears every st.cache_data cache."""
        data_caches.clear_all()


class CacheResourceAPI:
    """``st.cache_resource``: caches shared objects (connections, models).

    Args:
        func: The function to cache (decorator use without parentheses).
        ttl: How long an entry stays (seconds, a timedelta or a duration string; None: forever).
        max_entries: The most entries kept (the oldest go first; None: no limit).
        show_spinner: Whether (or with which text) a spinner shows while the function runs.
        show_time: Whether the spinner shows the elapsed time.
        validate: Called with a cached value before it is returned; False recomputes it.
        hash_funcs: Functions that hash arguments of the given types (by type or type name).
        on_release: Called with a value when it leaves the cache.
        scope: "global" (one cache for every session) or "session".
        refresh_mode: "foreground": an expired entry is recomputed before returning.
    """

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: Any = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        validate: Callable[[Any], bool] | None = None,
        hash_funcs: HashFuncsDict | None = None,
        on_release: Callable[[Any], None] | None = None,
        scope: Literal["global", "session"] = "global",
        refresh_mode: str = "foreground",
    ) -> Any:
        _check_scope(scope)
        seconds = ttl_seconds(ttl)
        _check_refresh_mode(refresh_mode, seconds)
        _reject_async_callback(validate, "validate")
        _reject_async_callback(on_release, "on_release")

        def decorate(f: Callable[..., Any]) -> Any:
            _check_function(f, refresh_mode)
            params = (seconds, max_entries, refresh_mode, validate is None)

            def get_cache(function_key: str) -> ResourceCache:
                return resource_caches.get(
                    scope,
                    function_key,
                    params,
                    lambda: ResourceCache(
                        params, ttl_seconds=seconds, max_entries=max_entries, validate=validate, on_release=on_release
                    ),
                )

            return _cached(f, "resource", get_cache, show_spinner, show_time, hash_funcs, scope)

        return decorate if func is None else decorate(func)

    def clear(self) -> None:
        """Clears every st.cache_resource cache (releasing its objects)."""
        resource_caches.clear_all()


cache_data = CacheDataAPI()
cache_resource = CacheResourceAPI()
