"""Memory errors of Python in the browser, explained.

Pyodide is 32-bit WebAssembly: all of Python's data lives in one linear
memory of at most 4 GB, and sizes and indexes are 32-bit (Py_ssize_t). So
``bytearray(3 * 10**9)`` fails before it tries to allocate, with
``OverflowError: cannot fit 'int' into an index-sized integer``, where 64-bit
Python raises MemoryError (or succeeds); an allocation the memory cannot grow
to raises a bare MemoryError. The exception element shows both as a
MemoryError that says so and how much memory is in use.
"""

from __future__ import annotations

import sys

INDEX_OVERFLOW = "cannot fit 'int' into an index-sized integer"
MB = 1024 * 1024


def memory_limits() -> tuple[int, int] | None:
    """(bytes of WebAssembly memory in use now, the most it can grow to), or
    None outside the browser."""
    if sys.platform != "emscripten":
        return None
    try:
        import pyodide_js

        module = pyodide_js._module
        return int(module.HEAP8.length), int(module._emscripten_get_heap_max())
    except Exception:  # noqa: BLE001 - any failure: no figures, the explanation still helps
        return None


def _figures(limits: tuple[int, int] | None) -> str:
    if limits is None:
        return ""
    used, most = limits
    left = max(0, most - used)
    return f" {used // MB:,} MB of its at most {most // MB:,} MB are in use ({left // MB:,} MB left)."


def _is_index_overflow(exc: BaseException) -> bool:
    return type(exc) is OverflowError and str(exc) == INDEX_OVERFLOW


def explain_memory_error(exc: BaseException) -> BaseException:
    """The exception to show for an uncaught ``exc``: a MemoryError that names
    the browser's 32-bit memory (with its traceback and chain) when ``exc`` is
    a MemoryError or a 32-bit size overflow in the browser, else ``exc``."""
    limits = memory_limits()
    if sys.platform != "emscripten" and limits is None:
        return exc
    if isinstance(exc, MemoryError) and str(exc).startswith("This app runs in your browser"):
        return exc
    if _is_index_overflow(exc):
        message = (
            "This app runs in your browser, where Python has WebAssembly's 32-bit memory: "
            "a size or index of 2**31 or more cannot be used, and all of the app's data must fit "
            "in at most 4 GB." + _figures(limits) + f" (OverflowError: {INDEX_OVERFLOW})"
        )
    elif isinstance(exc, MemoryError):
        detail = str(exc).strip()
        message = (
            "This app runs in your browser, where Python has WebAssembly's 32-bit memory, "
            "and the script asked for more than it can give." + _figures(limits) + (f" ({detail})" if detail else "")
        )
    else:
        return exc
    explained = MemoryError(message).with_traceback(exc.__traceback__)
    explained.__cause__ = exc.__cause__
    explained.__context__ = exc.__context__
    explained.__suppress_context__ = exc.__suppress_context__
    return explained
