"""Memory errors in the browser are shown as MemoryError saying that the app
runs in WebAssembly's 32-bit memory, and how much of it is in use."""

import pytest

from wasmlit.runtime import wasm_memory
from wasmlit.runtime.wasm_memory import INDEX_OVERFLOW, explain_memory_error

MB = 1024 * 1024


@pytest.fixture
def in_browser(monkeypatch):
    monkeypatch.setattr(wasm_memory, "memory_limits", lambda: (300 * MB, 4096 * MB - 64 * 1024))


def _raised(exc):
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001
        return caught


def test_32_bit_size_overflow_becomes_a_memory_error(in_browser):
    original = _raised(OverflowError(INDEX_OVERFLOW))
    shown = explain_memory_error(original)
    assert type(shown) is MemoryError
    assert str(shown) == (
        "This app runs in your browser, where Python has WebAssembly's 32-bit memory: a size or "
        "index of 2**31 or more cannot be used, and all of the app's data must fit in at most 4 GB. "
        "300 MB of its at most 4,095 MB are in use (3,795 MB left). "
        "(OverflowError: cannot fit 'int' into an index-sized integer)"
    )
    assert shown.__traceback__ is original.__traceback__


def test_bare_memory_error_is_explained(in_browser):
    shown = explain_memory_error(_raised(MemoryError()))
    assert str(shown).startswith(
        "This app runs in your browser, where Python has WebAssembly's 32-bit memory, and the script asked"
    )
    assert "(3,795 MB left)" in str(shown)


def test_other_errors_are_unchanged(in_browser):
    for exc in (OverflowError("int too large to convert to float"), ValueError("x")):
        assert explain_memory_error(exc) is exc


def test_outside_the_browser_nothing_changes():
    exc = _raised(MemoryError())
    assert explain_memory_error(exc) is exc


def test_the_app_shows_the_explained_error(app, in_browser):
    a = app("""
        import streamlit as st
        st.write('before')
        raise OverflowError("cannot fit 'int' into an index-sized integer")
    """)
    (error,) = a.exceptions
    assert error.props["type"] == "MemoryError"
    assert "32-bit memory" in error.props["message"]
    assert any("raise OverflowError" in row for row in error.props["stackTrace"])
