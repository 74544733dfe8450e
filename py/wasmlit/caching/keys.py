"""Cache keys: which cache a function uses, and which entry a call hits.

The function key covers the function's module, qualified name and source
code (its bytecode when the source cannot be read), so editing a cached
function starts a fresh cache. The value key covers each argument's name and
value; arguments whose names start with ``_`` are left out.
"""

from __future__ import annotations

import inspect
from typing import Any, Callable

from wasmlit.caching.hashing import HashFuncsDict, UnhashableTypeError, new_hasher, update_hash
from wasmlit.errors import UnhashableParamError


def function_key(cache_type: str, func: Callable[..., Any]) -> str:
    hasher = new_hasher()
    update_hash((func.__module__, func.__qualname__), hasher, cache_type, hash_source=func)
    try:
        source: str | bytes = inspect.getsource(func)
    except (OSError, TypeError):
        source = func.__code__.co_code
    update_hash(source, hasher, cache_type, hash_source=func)
    return hasher.hexdigest()


def _positional_name(func: Callable[..., Any], index: int) -> str | None:
    try:
        params = list(inspect.signature(func).parameters.values())
    except (TypeError, ValueError):
        return None
    if index >= len(params):
        return None
    if params[index].kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD):
        return params[index].name
    return None


def value_key(
    cache_type: str,
    func: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    hash_funcs: HashFuncsDict | None,
) -> str:
    pairs: list[tuple[str | None, Any]] = [(_positional_name(func, i), arg) for i, arg in enumerate(args)]
    pairs.extend(kwargs.items())
    hasher = new_hasher()
    for name, value in pairs:
        if name is not None and name.startswith("_"):
            continue
        try:
            update_hash(name, hasher, cache_type, hash_source=func)
            update_hash(value, hasher, cache_type, hash_source=func, hash_funcs=hash_funcs)
        except UnhashableTypeError as exc:
            raise UnhashableParamError(cache_type, func, name, value, exc) from None
    return hasher.hexdigest()
