"""Deep recursion through C code raises RecursionError instead of killing
Python, where it can.

CPython 3.14 guards recursion in C (Python code called back from C, as by
map(), sorted(key=...), __getattr__ or __repr__; json, pickle and repr of
nested data) by the C stack pointer: under Emscripten, the shadow stack in
linear memory (10 MB in Pyodide). But wasm functions' own frames live on the
browser's native stack, about 1 MB (Chromium; a JSPI stack is no larger),
which overflows first: V8 throws "Maximum call stack size exceeded" through
the C code and the interpreter is left broken (the worker then restarts it).
The native stack can be neither measured nor enlarged from a page, so
CPython's window on the shadow stack is narrowed instead, at the start of
every run (Pyodide resets it when it enters Python from JS).

Measured in Chromium (levels that overflowed the browser's stack without this
guard / shadow stack each level uses): Python called back through map() or
__getattr__ ~1,000 / ~400 bytes; through sorted(key=...) ~620 / ~2 KB;
json.dumps of a nested list ~5,400 / ~47 bytes; repr of one ~4,300 / ~24
bytes. A window of 192 KB (RecursionError from 176 KB on) stops the first
three well before the overflow (after ~440, ~88 and ~3,700 levels).
repr() of a list nested 200,000 deep still overflows first, and so does
freeing any list nested 6,000 or more deep at once: CPython's trashcan, which
frees deep structures a level at a time, measures depth by the shadow stack,
which deallocation barely uses (measured: 3,000 levels freed, 6,000 kill
Python). The worker then restarts Python and the page says so. Plain Python-to-Python calls use neither stack and keep
sys.getrecursionlimit() as their only limit.
"""

from __future__ import annotations

import sys

C_STACK_WINDOW = 192 * 1024


def guard_c_stack(window: int = C_STACK_WINDOW) -> bool:
    """Narrows CPython's C stack window to ``window`` bytes below the current
    stack pointer; False where that is not possible (plain CPython)."""
    if sys.platform != "emscripten":
        return False
    try:
        import pyodide_js

        module = pyodide_js._module
        here = module._emscripten_stack_get_current()
        failed = module._PyUnstable_ThreadState_SetStackProtection(module._PyThreadState_Get(), here - window, window)
    except Exception:  # noqa: BLE001 - an older Pyodide: keep its own guard
        return False
    return not failed
