"""Releasing a very deep traceback frees its frames innermost first (so no
deallocation recurses through the chain), and leaves nothing behind."""

import gc
import sys
import weakref

from wasmlit.runtime import deep_stacks
from wasmlit.runtime.deep_stacks import release_traceback


class Marker:
    pass


def _recurse(n, markers):
    marker = Marker()
    markers.append(weakref.ref(marker))
    return _recurse(n + 1, markers) + 1


def test_release_frees_every_frame_of_a_deep_recursion(monkeypatch):
    monkeypatch.setattr(deep_stacks, "DEEP", 10)
    markers = []
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(5_000)
    try:
        try:
            _recurse(0, markers)
        except RecursionError as exc:
            caught = exc
    finally:
        sys.setrecursionlimit(old)
    gc.disable()  # the frames must go by reference counting alone, one by one
    try:
        assert all(ref() is not None for ref in markers[:-1])
        release_traceback(caught)
        assert caught.__traceback__ is None
        assert [ref for ref in markers if ref() is not None] == []
    finally:
        gc.enable()


def test_release_drops_chained_tracebacks():
    try:
        try:
            raise KeyError("inner")
        except KeyError as inner:
            raise ValueError("outer") from inner
    except ValueError as exc:
        caught = exc
    release_traceback(caught)
    assert caught.__traceback__ is None
    assert caught.__cause__.__traceback__ is None
