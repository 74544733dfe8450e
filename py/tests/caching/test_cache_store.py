"""The entry store: time to live (on an injected clock), LRU eviction by
count and by size, and releases."""

from wasmlit.caching.store import EntryStore

import pytest
from cache_fixtures import clock, empty_caches  # noqa: F401 - fixtures


def test_ttl_expires_entries(clock):
    s = EntryStore(ttl_seconds=10)
    s.set("a", 1)
    clock.advance(9.9)
    assert s.get("a") == 1
    clock.advance(0.1)
    with pytest.raises(KeyError):
        s.get("a")
    assert len(s) == 0


def test_max_entries_evicts_least_recently_used(clock):
    s = EntryStore(max_entries=2)
    s.set("a", 1)
    s.set("b", 2)
    s.get("a")  # a is now the most recently used
    s.set("c", 3)
    assert s.keys() == ["a", "c"]


def test_max_size_evicts_until_the_new_entry_fits(clock):
    s = EntryStore(max_size=10)
    s.set("a", 1, size=4)
    s.set("b", 2, size=4)
    s.set("c", 3, size=4)
    assert s.keys() == ["b", "c"]
    s.set("huge", 4, size=50)  # alone larger than the limit: kept, the rest dropped
    assert s.keys() == ["huge"]


def test_releases_on_every_way_out(clock):
    released = []
    s = EntryStore(ttl_seconds=5, max_entries=1, on_release=released.append)
    s.set("a", "A")
    s.set("b", "B")  # evicts A
    clock.advance(6)
    assert "b" not in s
    s.set("c", "C")  # expires B
    s.set("c", "C2")  # replaces C
    s.delete("c")
    assert released == ["A", "B", "C", "C2"]
