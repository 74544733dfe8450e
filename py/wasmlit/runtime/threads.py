"""Threads for scripts where Python has none (Pyodide in a browser tab).

Pyodide's Python cannot start a thread: ``threading.Thread(...).start()``
raises ``RuntimeError: can't start new thread``. Streamlit's multithreading
guide shows apps that start short-lived worker threads and join them, with
``add_script_run_ctx`` to let a thread call Streamlit commands. wasmlit runs
those patterns by emulating a thread:

* ``Thread.start()`` runs the thread's ``run()`` to completion right away,
  inside the script's own thread, before ``start()`` returns. Threads thus run
  one after the other, in the order they are started (sleeps really wait, so
  five threads that each sleep one second take five seconds, not one).
* A daemon thread (``daemon=True``: a background worker, often an endless
  loop such as a library's monitor) is not run: its ``start()`` raises
  Python's ``RuntimeError: can't start new thread``, which libraries handle,
  with a sentence saying what to do.
* ``join()`` returns at once (the thread has finished); ``is_alive()`` is true
  only while its ``run()`` runs; ``ident``/``native_id`` are the script's.
* Inside ``run()``, ``threading.current_thread()`` is the thread object, and
  Streamlit commands see a script run context only if the thread was given
  one with ``add_script_run_ctx`` (without one they do nothing, as in
  Streamlit); ``time.sleep`` still ends early when the page stops or reruns
  the script.
* An exception escaping ``run()`` goes to ``threading.excepthook`` (printed
  to the browser console), as for a real thread; ``st.stop()``,
  ``st.rerun()`` and the page's Stop end the script run itself.
* ``concurrent.futures.ThreadPoolExecutor.submit()`` calls the function at
  once and returns a finished Future (``map`` and ``as_completed`` follow).

What cannot work: a thread that waits for another one (a consumer blocked on
``queue.Queue.get()`` before anything was put, an ``Event`` set by a thread
started later) or that never ends (a ``while True`` poller) blocks the script
inside ``start()``; the page's Stop still ends the run. ``threading.Timer``
waits its interval inside ``start()``.

The emulation is installed only where threads cannot start
(``sys.platform == "emscripten"``); ``emulated_threads()`` installs it for a
block (tests).
"""

from __future__ import annotations

import sys
import threading
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Callable, Iterator, ParamSpec, TypeVar

from wasmlit.runtime import context as _context
from wasmlit.runtime.control import ScriptControlException

_ORIGINAL_START = threading.Thread.start
_ORIGINAL_JOIN = threading.Thread.join
_ORIGINAL_IS_ALIVE = threading.Thread.is_alive
_ORIGINAL_CURRENT_THREAD = threading.current_thread
_ORIGINAL_SUBMIT = ThreadPoolExecutor.submit
_P = ParamSpec("_P")
_T = TypeVar("_T")
_STARTED = "_wasmlit_thread_started"
_RUNNING = "_wasmlit_thread_running"


def threads_available() -> bool:
    """Whether this Python can start real threads."""
    return sys.platform != "emscripten"


def _run_in_script_thread(thread: threading.Thread) -> None:
    """thread.run() now, as the current thread, its failures reported as a thread's."""
    stack = _context._emulated_threads
    stack.append(thread)
    setattr(thread, _RUNNING, True)
    try:
        thread.run()
    except (ScriptControlException, KeyboardInterrupt):
        raise
    except BaseException:  # noqa: BLE001 - a thread's failure does not reach its starter
        exc_type, exc_value, exc_tb = sys.exc_info()
        threading.excepthook(threading.ExceptHookArgs((exc_type, exc_value, exc_tb, thread)))
    finally:
        setattr(thread, _RUNNING, False)
        stack.pop()


DAEMON_HINT = (
    "wasmlit runs this app in the browser, where Python has no threads. It runs a "
    "thread's target when start() is called, but not a daemon thread's (background "
    "workers usually never end): start it without daemon=True if it ends by itself."
)


def _started_event(thread: threading.Thread) -> threading.Event:
    """The Event a thread sets when it starts."""
    return thread._started  # type: ignore[attr-defined]  # CPython's private Thread._started: not in typeshed


def _start(self: threading.Thread) -> None:
    if not getattr(self, "_initialized", False):
        raise RuntimeError("thread.__init__() not called")
    if self.daemon:
        # A background worker (often an endless loop, e.g. a library's monitor):
        # running it here would never return. Real start(): where threads cannot
        # start, its RuntimeError (libraries fall back on it), with what to do.
        try:
            _ORIGINAL_START(self)
        except RuntimeError as e:
            raise RuntimeError(f"{e}. {DAEMON_HINT}") from None
        return
    if getattr(self, _STARTED, False) or _started_event(self).is_set():
        raise RuntimeError("threads can only be started once")
    setattr(self, _STARTED, True)
    _started_event(self).set()
    _run_in_script_thread(self)


def _join(self: threading.Thread, timeout: float | None = None) -> None:
    if not getattr(self, _STARTED, False):
        if _started_event(self).is_set():  # a real thread (started before the emulation)
            _ORIGINAL_JOIN(self, timeout)
            return
        raise RuntimeError("cannot join thread before it is started")
    if getattr(self, _RUNNING, False) and _context._emulated_threads and _context._emulated_threads[-1] is self:
        raise RuntimeError("cannot join current thread")


def _is_alive(self: threading.Thread) -> bool:
    if getattr(self, _STARTED, False):
        return bool(getattr(self, _RUNNING, False))
    return _ORIGINAL_IS_ALIVE(self)


def _current_thread() -> threading.Thread:
    stack = _context._emulated_threads
    return stack[-1] if stack else _ORIGINAL_CURRENT_THREAD()


def _submit(self: Executor, fn: Callable[_P, _T], /, *args: _P.args, **kwargs: _P.kwargs) -> Future[_T]:
    if getattr(self, "_shutdown", False):
        raise RuntimeError("cannot schedule new futures after shutdown")
    future: Future[_T] = Future()
    if not future.set_running_or_notify_cancel():
        return future
    worker = threading.Thread(name=f"{getattr(self, '_thread_name_prefix', '') or 'ThreadPoolExecutor'}_0")
    stack = _context._emulated_threads
    stack.append(worker)
    try:
        result = fn(*args, **kwargs)
    except (ScriptControlException, KeyboardInterrupt):
        raise
    except BaseException as exc:  # noqa: BLE001 - the Future carries it, as in a pool
        future.set_exception(exc)
    else:
        future.set_result(result)
    finally:
        stack.pop()
    return future


# Replacing these methods is the point of the emulation; mypy forbids
# assigning to a method ([method-assign]).


def install() -> None:
    """Replace thread start/join with the emulation (idempotent)."""
    threading.Thread.start = _start  # type: ignore[method-assign]
    threading.Thread.join = _join  # type: ignore[method-assign]
    threading.Thread.is_alive = _is_alive  # type: ignore[method-assign]
    threading.current_thread = _current_thread
    if hasattr(threading, "currentThread"):
        threading.currentThread = _current_thread
    ThreadPoolExecutor.submit = _submit  # type: ignore[method-assign]


def uninstall() -> None:
    threading.Thread.start = _ORIGINAL_START  # type: ignore[method-assign]
    threading.Thread.join = _ORIGINAL_JOIN  # type: ignore[method-assign]
    threading.Thread.is_alive = _ORIGINAL_IS_ALIVE  # type: ignore[method-assign]
    threading.current_thread = _ORIGINAL_CURRENT_THREAD
    if hasattr(threading, "currentThread"):
        threading.currentThread = _ORIGINAL_CURRENT_THREAD
    ThreadPoolExecutor.submit = _ORIGINAL_SUBMIT  # type: ignore[method-assign]


def install_if_needed() -> None:
    """Install the emulation where real threads cannot start."""
    if not threads_available():
        install()


@contextmanager
def emulated_threads() -> Iterator[None]:
    """The emulation for the duration of a block (on any Python)."""
    install()
    try:
        yield
    finally:
        uninstall()
