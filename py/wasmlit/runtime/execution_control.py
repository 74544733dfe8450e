"""How a running script learns that the page wants it to stop or rerun.

The page's events reach a running script in two ways:

* In a cross-origin isolated page, the page writes SIGINT into Pyodide's
  interrupt buffer; ``on_sigint`` turns that into ``ScriptInterrupted`` right
  away in the script's own code, or defers it to the next st.* call while the
  runtime is in a section that must not be cut short (callbacks, state
  bookkeeping).
* Otherwise the host's ``poll`` says whether an event waits; it is asked at
  st.* calls (at most every ``POLL_INTERVAL``) and between the slices of a
  ``time.sleep``. ``cooperative_yield`` lets the host deliver events while the
  script runs (a zero-length suspension under JSPI).

``pending_request()`` tells why a run was interrupted: "rerun" or "stop".
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Callable, Iterator

from wasmlit.runtime.control import ScriptControlException

# time.sleep as it was when wasmlit was imported (under Pyodide: its
# JSPI-suspending sleep), before the runner wraps it for scripts.
ORIGINAL_SLEEP = time.sleep

POLL_INTERVAL = 0.02
YIELD_INTERVAL = 0.1
SLEEP_SLICE = 0.05


class ScriptInterrupted(ScriptControlException):
    """The page asked for a stop or a rerun while the script ran."""


class ExecutionControl:
    def __init__(
        self,
        poll: Callable[[], str | None] | None = None,
        cooperative_yield: Callable[[], None] | None = None,
        raw_sleep: Callable[[float], None] | None = None,
        poll_interval: float = POLL_INTERVAL,
    ) -> None:
        self.poll_interval = poll_interval
        self._poll = poll
        self._yield = cooperative_yield
        self._raw_sleep = raw_sleep or ORIGINAL_SLEEP
        self._protected = 0
        self._suspended = False
        self._interrupt_pending = False
        self._last_poll = time.monotonic()
        self._last_yield = self._last_poll
        self.running = False

    # -- what the page wants ------------------------------------------------

    def pending_request(self) -> str | None:
        if self._poll is None:
            return None
        request = self._poll()
        return request if request in ("rerun", "stop") else None

    def reset(self) -> None:
        self._interrupt_pending = False
        self._last_poll = self._last_yield = time.monotonic()

    # -- interrupt sources --------------------------------------------------

    def on_sigint(self, signum: int, frame: object) -> None:
        """SIGINT handler (Pyodide's interrupt buffer)."""
        if not self.running:
            return
        if self._protected or self._suspended:
            # Inside the runtime's bookkeeping, or while the script's sleep is
            # suspended (this handler then runs in an event-loop callback, not
            # in the script): take effect at the next check instead.
            self._interrupt_pending = True
            return
        raise ScriptInterrupted()

    @contextmanager
    def protected(self) -> Iterator[None]:
        """A section an interrupt must not cut: it takes effect after it."""
        self._protected += 1
        try:
            yield
        finally:
            self._protected -= 1

    # -- checks -------------------------------------------------------------

    def yield_point(self) -> None:
        """Called at every st.* call while a script runs."""
        if not self.running or self._protected:
            return
        if self._interrupt_pending:
            self._interrupt_pending = False
            raise ScriptInterrupted()
        now = time.monotonic()
        if now - self._last_poll >= self.poll_interval:
            self._check(now)

    def _check(self, now: float, *, sleeping: bool = False) -> None:
        self._last_poll = now
        if self._yield is not None and not sleeping and now - self._last_yield >= YIELD_INTERVAL:
            self._last_yield = now
            self._suspended = True
            try:
                self._yield()
            finally:
                self._suspended = False
        if self.pending_request() is not None:
            raise ScriptInterrupted()

    def sleep(self, seconds: float) -> None:
        """time.sleep for scripts: really waits, in slices, and ends early
        when the page asks for a stop or a rerun."""
        if not self.running or self._protected:
            self._raw_sleep(seconds)
            return
        deadline = time.monotonic() + max(0.0, float(seconds))
        while True:
            if self._interrupt_pending:
                self._interrupt_pending = False
                raise ScriptInterrupted()
            self._check(time.monotonic(), sleeping=True)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            self._suspended = True
            try:
                self._raw_sleep(min(remaining, SLEEP_SLICE))
            finally:
                self._suspended = False
