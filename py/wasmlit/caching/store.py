"""One cached function's entries: least-recently-used order, a time to live,
and optional limits on the entry count and on the total size.

Expired entries count as missing and are dropped when seen. Reading an entry
makes it the most recently used; adding one to a full store drops the least
recently used first (as Streamlit's caches do). ``on_release`` is called with
each value that leaves the store (expired, evicted, replaced, deleted,
cleared). Time comes from ``clock`` (``time.monotonic``), which tests
replace to move time forward without sleeping.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from typing import Any, Callable

clock: Callable[[], float] = time.monotonic


def now() -> float:
    return clock()


class _Entry:
    __slots__ = ("value", "expires", "size", "stored_at")

    def __init__(self, value: Any, expires: float, size: int, stored_at: float) -> None:
        self.value = value
        self.expires = expires
        self.size = size
        self.stored_at = stored_at


class EntryStore:
    def __init__(
        self,
        *,
        ttl_seconds: float | None = None,
        max_entries: float | None = None,
        max_size: int | None = None,
        on_release: Callable[[Any], None] | None = None,
    ) -> None:
        self.ttl_seconds = math.inf if ttl_seconds is None else ttl_seconds
        self.max_entries = math.inf if max_entries is None else max_entries
        self.max_size = max_size
        self._on_release = on_release
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._total_size = 0

    def __len__(self) -> int:
        self._expire(now())
        return len(self._entries)

    def __contains__(self, key: str) -> bool:
        entry = self._entries.get(key)
        return entry is not None and now() < entry.expires

    def keys(self) -> list[str]:
        self._expire(now())
        return list(self._entries)

    def get(self, key: str) -> Any:
        """The value under ``key``; KeyError when missing or expired."""
        entry = self._entries.get(key)
        if entry is None:
            raise KeyError(key)
        if not now() < entry.expires:
            self._remove(key)
            raise KeyError(key)
        self._entries.move_to_end(key)
        return entry.value

    def stored_at(self, key: str) -> float:
        return self._entries[key].stored_at

    def set(self, key: str, value: Any, size: int = 0) -> None:
        if self.max_entries < 1:
            raise ValueError("value too large")
        moment = now()
        self._expire(moment)
        if key in self._entries:
            self._remove(key, keep=value)
        while self._entries and (
            len(self._entries) + 1 > self.max_entries
            or (self.max_size is not None and self._total_size + size > self.max_size)
        ):
            self._remove(next(iter(self._entries)))
        self._entries[key] = _Entry(value, moment + self.ttl_seconds, size, moment)
        self._total_size += size

    def delete(self, key: str) -> None:
        if key in self._entries:
            self._remove(key)

    def clear(self) -> None:
        errors = []
        while self._entries:
            try:
                self._remove(next(iter(self._entries)))
            except Exception as exc:  # noqa: BLE001 - a failing on_release must not keep the rest
                errors.append(exc)
        if errors:
            raise errors[0]

    def _expire(self, moment: float) -> None:
        for key in [k for k, e in self._entries.items() if not moment < e.expires]:
            self._remove(key)

    def _remove(self, key: str, keep: Any = None) -> None:
        entry = self._entries.pop(key)
        self._total_size -= entry.size
        if self._on_release is not None and entry.value is not keep:
            self._on_release(entry.value)
