"""Traceback rows of the exception element: the same rows as
traceback.format_list for ordinary stacks, bounded rows for very deep ones."""

import sys
import traceback

import pytest

from wasmlit.elements import traceback_rows
from wasmlit.elements.traceback_rows import format_rows, keep_runs, stack_runs


def _caught(func):
    try:
        func()
    except BaseException as exc:  # noqa: BLE001 - any exception is the test subject
        return exc
    raise AssertionError("no exception")


def _python_rows(exc):
    return [item.strip() for item in traceback.format_list(traceback.extract_tb(exc.__traceback__))]


def _recurse(n):
    return _recurse(n + 1) + 1


def _ping(n):
    if n == 0:
        raise ValueError("bottom")
    return _pong(n - 1)


def _pong(n):
    return _ping(n)


def _raise_value_error():
    raise ValueError("plain")


def test_plain_exception_rows_equal_pythons():
    exc = _caught(_raise_value_error)
    assert format_rows(stack_runs(exc.__traceback__)) == _python_rows(exc)


def test_recursion_error_rows_equal_pythons():
    exc = _caught(lambda: _recurse(0))
    assert isinstance(exc, RecursionError)
    rows = format_rows(stack_runs(exc.__traceback__))
    assert rows == _python_rows(exc)
    assert any(row.startswith("[Previous line repeated") for row in rows)


@pytest.mark.parametrize("depth", [1, 2, 3, 4, 7])
def test_short_repeats_equal_pythons(depth):
    def down(n):
        if n == 0:
            raise KeyError("x")
        return down(n - 1)

    exc = _caught(lambda: down(depth))
    assert format_rows(stack_runs(exc.__traceback__)) == _python_rows(exc)


def test_mutual_recursion_rows_equal_pythons_when_short():
    exc = _caught(lambda: _ping(40))
    assert format_rows(stack_runs(exc.__traceback__)) == _python_rows(exc)


def test_very_deep_recursion_is_folded_without_extracting_every_frame(monkeypatch):
    extracted = []
    real = traceback.extract_tb
    monkeypatch.setattr(traceback, "extract_tb", lambda tb, limit=None: extracted.append(limit) or real(tb, limit))
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(60_000)
    try:
        exc = _caught(lambda: _recurse(0))
    finally:
        sys.setrecursionlimit(old)
    rows = format_rows(stack_runs(exc.__traceback__))
    assert len(rows) < 10
    repeated = [row for row in rows if row.startswith("[Previous line repeated")]
    assert len(repeated) == 1 and int(repeated[0].split()[3]) > 1000
    assert all(limit is not None and limit <= 3 for limit in extracted)


def test_deep_mutual_recursion_keeps_head_and_tail(monkeypatch):
    monkeypatch.setattr(traceback_rows, "HEAD_RUNS", 10)
    monkeypatch.setattr(traceback_rows, "TAIL_RUNS", 5)
    exc = _caught(lambda: _ping(100))
    rows = format_rows(stack_runs(exc.__traceback__))
    python = _python_rows(exc)
    # 10 runs from the top, one row for the middle, 5 runs from the bottom (one frame each).
    assert rows[:10] == python[:10]
    assert rows[-5:] == python[-5:]
    assert rows[10] == f"[... {len(python) - 15} more frames not shown ...]"
    assert len(rows) == 16


def test_hidden_frames_between_repeats_fold_like_python():
    exc = _caught(lambda: _recurse(0))
    parts = stack_runs(exc.__traceback__)
    # Hiding the first frame (this test's lambda) leaves only the repeated one.
    kept = keep_runs(parts, lambda filename: True)
    assert format_rows(kept) == _python_rows(exc)
    only_recurse = keep_runs(parts, lambda filename: filename == __file__)
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == __file__]
    assert format_rows(only_recurse) == [item.strip() for item in traceback.format_list(frames)]


_HOP = {}
exec(compile("def hop(n):\n    return bounce(n - 1)\n", "<runtime>", "exec"), _HOP)


def _bounce(n):
    if n == 0:
        raise ValueError("bottom")
    return _HOP["hop"](n)


_HOP["bounce"] = _bounce


@pytest.mark.parametrize("depth", [2, 3, 6])
def test_repeats_separated_by_hidden_frames_fold_like_python(depth):
    exc = _caught(lambda: _bounce(depth))
    user = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename != "<runtime>"]
    rows = format_rows(keep_runs(stack_runs(exc.__traceback__), lambda filename: filename != "<runtime>"))
    assert rows == [item.strip() for item in traceback.format_list(user)]
