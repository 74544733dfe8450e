"""What ``@st.cache_data``/``@st.cache_resource`` turn a function into.

A call hashes the arguments into a key; on a hit it replays the elements the
function showed and returns the cached value (a copy, for data caches); on a
miss it runs the function (under a spinner when ``show_spinner`` asks for
one and it is not nested in another cached function), records what it
showed, and stores the result. Works on methods too: the instance is the
first argument and, when named ``self``, is hashed like any other argument.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
from typing import Any, Callable

from wasmlit.caching import replay
from wasmlit.caching.caches import FunctionCache
from wasmlit.caching.hashing import HashFuncsDict
from wasmlit.caching.keys import function_key, value_key
from wasmlit.errors import CachedFunctionReturnedAwaitableError
from wasmlit import dg_singletons


# A cache lookup that found nothing (None may be a cached value).
_MISS = object()


class CachedFuncInfo:
    """A decorated function and its cache settings; ``get_cache`` finds its cache."""

    def __init__(
        self,
        func: Callable[..., Any],
        *,
        cache_type: str,
        show_spinner: bool | str,
        show_time: bool,
        hash_funcs: HashFuncsDict | None,
        scope: str,
        get_cache: Callable[[str], FunctionCache],
    ) -> None:
        self.func = func
        self.cache_type = cache_type
        self.show_spinner = show_spinner
        self.show_time = show_time
        self.hash_funcs = hash_funcs
        self.scope = scope
        self.get_cache = get_cache
        self.is_async = inspect.iscoroutinefunction(func)

    @property
    def display_name(self) -> str:
        return f"{getattr(self.func, '__module__', '?')}.{getattr(self.func, '__qualname__', '?')}"


class BoundCachedFunc:
    """A cached method looked up on an instance."""

    def __init__(self, cached_func: "CachedFunc", instance: Any) -> None:
        self._cached_func = cached_func
        self._instance = instance

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._cached_func(self._instance, *args, **kwargs)

    def __repr__(self) -> str:
        return f"<BoundCachedFunc: {self._cached_func._info.func} of {self._instance}>"

    def clear(self, *args: Any, **kwargs: Any) -> None:
        if args or kwargs:
            self._cached_func.clear(self._instance, *args, **kwargs)
        else:
            self._cached_func.clear()


class CachedFunc:
    def __init__(self, info: CachedFuncInfo) -> None:
        self._info = info
        self._function_key = function_key(info.cache_type, info.func)

    def __repr__(self) -> str:
        return f"<CachedFunc: {self._info.func}>"

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        return functools.update_wrapper(BoundCachedFunc(self, instance), self)

    # -- calling ------------------------------------------------------------

    def _spinner_text(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
        show = self._info.show_spinner
        if isinstance(show, str):
            return show
        if show is True:
            name = self._info.func.__qualname__
            return f"Running `{name}()`." if not args and not kwargs else f"Running `{name}(...)`."
        return None

    def _spinner(self, text: str | None) -> Any:
        if text is None or replay.in_cached_function():
            return contextlib.nullcontext()
        return dg_singletons.main_dg().spinner(text, show_time=self._info.show_time)

    def _key(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
        info = self._info
        return value_key(info.cache_type, info.func, args, kwargs, info.hash_funcs)

    def _lookup(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, str, Any]:
        """(the cache, the call's key, the cached entry or _MISS)."""
        cache = self._info.get_cache(self._function_key)
        key = self._key(args, kwargs)
        try:
            return cache, key, cache.read(key)
        except KeyError:
            return cache, key, _MISS

    def _hit(self, cached: tuple[Any, list[Any]]) -> Any:
        value, records = cached
        replay.replay(records, self._info.cache_type, self._info.func)
        return value

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        spinner_text = self._spinner_text(args, kwargs)
        if self._info.is_async:
            return self._call_async(args, kwargs, spinner_text)
        info = self._info
        cache, key, cached = self._lookup(args, kwargs)
        if cached is not _MISS:
            return self._hit(cached)
        with self._spinner(spinner_text):
            with replay.capturing() as records:
                value = info.func(*args, **kwargs)
            if inspect.isawaitable(value):
                if inspect.iscoroutine(value) and inspect.getcoroutinestate(value) == inspect.CORO_CREATED:
                    value.close()
                raise CachedFunctionReturnedAwaitableError(info.cache_type, info.func, value)
            cache.write(key, value, records, info.func)
            return value

    async def _call_async(self, args: tuple[Any, ...], kwargs: dict[str, Any], spinner_text: str | None) -> Any:
        info = self._info
        cache, key, cached = self._lookup(args, kwargs)
        if cached is not _MISS:
            return self._hit(cached)
        with self._spinner(spinner_text):
            with replay.capturing() as records:
                value = await info.func(*args, **kwargs)
            cache.write(key, value, records, info.func)
            return value

    # -- clearing -----------------------------------------------------------

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Drops every entry, or only the entry of the given arguments."""
        cache = self._info.get_cache(self._function_key)
        cache.clear(self._key(args, kwargs) if args or kwargs else None)


def make_cached_func(info: CachedFuncInfo) -> CachedFunc:
    cached = CachedFunc(info)
    functools.update_wrapper(cached, info.func)
    return cached
