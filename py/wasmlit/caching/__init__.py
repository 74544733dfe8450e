"""st.cache_data and st.cache_resource (see decorators.py).

The decorators load on first use (PEP 562): importing ``wasmlit.caching.replay``
(which every element call consults) does not pay for the hashing machinery,
and an app that caches nothing never loads it.
"""

from typing import Any

__all__ = ["CacheDataAPI", "CacheResourceAPI", "cache_data", "cache_resource"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from wasmlit.caching import decorators

        return getattr(decorators, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
