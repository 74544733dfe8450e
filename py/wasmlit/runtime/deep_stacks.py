"""Freeing the traceback of a very deep recursion without deep C recursion.

A RecursionError under ``sys.setrecursionlimit(10**6)`` holds a chain of a
million traceback entries and frame objects (each frame keeps the one that
called it). Freed from the outermost entry, CPython deallocates the chain
recursively in C; its guard against that (the trashcan) watches the shadow
stack, which those deallocations do not move under WebAssembly, so the
browser's own stack overflows and Python is lost. Releasing the entries from
the innermost one outwards frees one frame at a time.
"""

from __future__ import annotations

from types import TracebackType

# Shorter chains are freed as Python frees them.
DEEP = 2_000


def release_traceback(exc: BaseException | None) -> None:
    """Drops the tracebacks of ``exc`` and the exceptions chained to it,
    innermost frame first (call once nothing needs them any more)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        _release_chain(exc.__traceback__)
        exc.__traceback__ = None
        exc = exc.__cause__ if exc.__cause__ is not None else exc.__context__


def _release_chain(tb: TracebackType | None) -> None:
    entries: list[TracebackType] = []
    while tb is not None:
        entries.append(tb)
        tb = tb.tb_next
    if len(entries) < DEEP:
        return
    for entry in entries:
        entry.tb_next = None
    # (`entry` would keep the innermost frame, and with it every outer one, to the end.)
    del entry
    while entries:
        entries.pop()
