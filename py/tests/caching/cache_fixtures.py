"""Fixtures of the caching tests (imported by each test module; a conftest.py
here would shadow py/tests/testing/conftest.py, which test_compat imports).

Caches are process-global module state (as in Streamlit): every test
starts and ends with empty caches and the real clock."""

import pytest

from wasmlit.caching import cache_data, cache_resource, store


@pytest.fixture(autouse=True)
def empty_caches(monkeypatch):
    cache_data.clear()
    cache_resource.clear()
    yield
    cache_data.clear()
    cache_resource.clear()


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch):
    """The caches' clock, moved forward by hand (no sleeping)."""
    fake = FakeClock()
    monkeypatch.setattr(store, "clock", fake)
    return fake
