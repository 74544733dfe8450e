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

A run started by clicks (``begin_run(triggers)``) is not cut short for a
newer event before it has used them: a click is used once its widget has been
created in the run (the script has read True) or its callback has run. Until
then only a stop ends the run; a waiting rerun takes effect at the first check
after that. So every click the page sends is one trigger, however fast they
come (the worker queues clicks on the same button instead of merging them).
"""

from __future__ import annotations

import math
import operator
import time
from contextlib import contextmanager
from typing import Callable, Iterator, SupportsIndex, cast

from wasmlit.runtime.control import ScriptControlException

# time.sleep as it was when wasmlit was imported (under Pyodide: its
# JSPI-suspending sleep), before the runner wraps it for scripts.
ORIGINAL_SLEEP = time.sleep

POLL_INTERVAL = 0.02
YIELD_INTERVAL = 0.1
SLEEP_SLICE = 0.05


class ScriptInterrupted(ScriptControlException):
    """The page asked for a stop or a rerun while the script ran."""


def checked_sleep_length(seconds: object) -> float:
    """The seconds time.sleep was given, refused as CPython's time.sleep refuses
    them (same errors and texts): a float or an integer (anything with
    __index__), not NaN, not negative."""
    if isinstance(seconds, float):
        if math.isnan(seconds):
            raise ValueError("Invalid value NaN (not a number)")
        value = seconds
    else:
        # Anything without __index__ raises CPython's TypeError here ("'str' object cannot be ...").
        value = float(operator.index(cast(SupportsIndex, seconds)))
    if value < 0:
        raise ValueError("sleep length must be non-negative")
    return value


class ExecutionControl:
    def __init__(
        self,
        poll: Callable[[], str | None] | None = None,
        cooperative_yield: Callable[[], None] | None = None,
        raw_sleep: Callable[[float], None] | None = None,
        poll_interval: float = POLL_INTERVAL,
        in_browser: bool = False,
    ) -> None:
        self.poll_interval = poll_interval
        # In the browser a KeyboardInterrupt the script raises ends its run;
        # under plain CPython (AppTest) it is the user's Ctrl-C and goes on.
        self.in_browser = in_browser
        self._poll = poll
        self._yield = cooperative_yield
        self._raw_sleep = raw_sleep or ORIGINAL_SLEEP
        self._protected = 0
        self._in_callback = 0
        self._suspended = False
        self._interrupt_pending = False
        self._last_poll = time.monotonic()
        self._last_yield = self._last_poll
        self.running = False
        # Triggers of this run not used yet, and the ones created by the
        # st.* call in progress (used once that call has returned).
        self._unused_triggers: set[str] = set()
        self._created_triggers: set[str] = set()

    # -- what the page wants ------------------------------------------------

    def pending_request(self) -> str | None:
        if self._poll is None:
            return None
        request = self._poll()
        return request if request in ("rerun", "stop") else None

    def _signalled_request(self) -> str | None:
        """What an interrupt signal asks for: the page's request; without a
        page to ask, a stop. A signal left over from an earlier run, with no
        request behind it, asks for nothing."""
        return self.pending_request() if self._poll is not None else "stop"

    def reset(self, triggers: "list[str] | tuple[str, ...]" = ()) -> None:
        """A run starts; ``triggers``: the one-shot widget values it carries."""
        self._interrupt_pending = False
        self._last_poll = self._last_yield = time.monotonic()
        self._unused_triggers = set(triggers)
        self._created_triggers = set()

    # -- triggers -----------------------------------------------------------

    def trigger_used(self, widget_id: str) -> None:
        """The trigger's callback ran: the click has been used."""
        self._unused_triggers.discard(widget_id)

    def widget_created(self, widget_id: str) -> None:
        """A widget was registered in the run: its click is used once the st.* call returns."""
        if widget_id in self._unused_triggers:
            self._created_triggers.add(widget_id)

    def _settle_triggers(self) -> None:
        if self._created_triggers:
            self._unused_triggers -= self._created_triggers
            self._created_triggers = set()

    def _may_interrupt(self, request: str | None) -> bool:
        """A stop always ends the run; a rerun only once its clicks are used,
        and never inside a callback (each callback runs whole, once)."""
        if request == "rerun":
            return not self._unused_triggers and not self._in_callback
        return request is not None

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
        if self._may_interrupt(self._signalled_request()):
            raise ScriptInterrupted()
        # A rerun waits until this run has used its clicks: the regular checks see it.

    @contextmanager
    def protected(self) -> Iterator[None]:
        """A section an interrupt must not cut: it takes effect after it."""
        self._protected += 1
        try:
            yield
        finally:
            self._protected -= 1

    @contextmanager
    def callback(self) -> Iterator[None]:
        """A widget callback runs (inside the protected preparation of a run):
        a stop may end it, a newer event waits for it."""
        saved, self._protected = self._protected, 0
        self._in_callback += 1
        try:
            yield
        finally:
            self._in_callback -= 1
            self._protected = saved

    # -- checks -------------------------------------------------------------

    def yield_point(self) -> None:
        """Called at every st.* call while a script runs."""
        if not self.running or self._protected:
            return
        try:
            if self._interrupt_pending:
                self._interrupt_pending = False
                if self._may_interrupt(self._signalled_request()):
                    raise ScriptInterrupted()
            now = time.monotonic()
            if now - self._last_poll >= self.poll_interval:
                self._check(now)
        finally:
            self._settle_triggers()

    def _check(self, now: float, *, sleeping: bool = False) -> None:
        self._last_poll = now
        if self._yield is not None and not sleeping and now - self._last_yield >= YIELD_INTERVAL:
            self._last_yield = now
            self._suspended = True
            try:
                self._yield()
            finally:
                self._suspended = False
        if self._may_interrupt(self.pending_request()):
            raise ScriptInterrupted()

    def sleep(self, seconds: float) -> None:
        """time.sleep for scripts: really waits, in slices, and ends early
        when the page asks for a stop or a rerun."""
        if not self.running or self._protected:
            self._raw_sleep(seconds)
            return
        self._settle_triggers()
        deadline = time.monotonic() + max(0.0, float(seconds))
        while True:
            if self._interrupt_pending:
                self._interrupt_pending = False
                if self._may_interrupt(self._signalled_request()):
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
