"""st.cache_data and st.cache_resource (see decorators.py)."""

from wasmlit.caching.decorators import CacheDataAPI, CacheResourceAPI, cache_data, cache_resource

__all__ = ["CacheDataAPI", "CacheResourceAPI", "cache_data", "cache_resource"]
