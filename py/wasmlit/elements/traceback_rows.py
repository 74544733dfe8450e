"""The rows of a traceback as the exception element shows them, in time and
memory bounded by what is shown, not by the depth of the stack.

A RecursionError under ``sys.setrecursionlimit(10**6)`` carries a million
frames. ``traceback.extract_tb`` would build a million FrameSummary objects
(reading source lines for each) before ``format_list`` folds the repeats into
"[Previous line repeated N more times]": tens of seconds in the browser, while
the page can neither show the error nor stop the run. Here the traceback is
walked once, cheaply, folding runs of the same (file, line, function) as it
goes; only the frames that are shown are extracted. The rows are the ones
``traceback.format_list`` gives for the whole stack, except that a stack of
more than ``HEAD_RUNS + TAIL_RUNS`` different frames (deep mutual recursion)
keeps its first and last ones with one row saying how many were left out.
"""

from __future__ import annotations

import traceback
from collections import deque
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Callable

# Python's own cut-off (traceback._RECURSIVE_CUTOFF): a repeated frame is
# shown this many times, then counted.
RECURSIVE_CUTOFF = 3
HEAD_RUNS = 600
TAIL_RUNS = 600


@dataclass
class FrameRun:
    """Consecutive frames at the same file, line and function: ``segments``
    are (first traceback entry, number of frames) pieces of the chain (more
    than one when hidden frames stood between them)."""

    segments: list[tuple[TracebackType, int]]
    key: tuple[str, int, str]

    @property
    def count(self) -> int:
        return sum(n for _, n in self.segments)

    def frames(self, limit: int) -> list[traceback.FrameSummary]:
        out: list[traceback.FrameSummary] = []
        for first, n in self.segments:
            if len(out) >= limit:
                break
            out.extend(traceback.extract_tb(first, limit=min(n, limit - len(out))))
        return out

    @property
    def filename(self) -> str:
        return self.key[0]


@dataclass
class OmittedFrames:
    """Frames left out of the middle of a very deep stack."""

    count: int


StackPart = FrameRun | OmittedFrames


def _key(tb: TracebackType) -> tuple[str, int, str]:
    code = tb.tb_frame.f_code
    return (code.co_filename, tb.tb_lineno, code.co_name)


def stack_runs(tb: TracebackType | None) -> list[StackPart]:
    """The traceback as runs of repeated frames, outermost first."""
    head: list[StackPart] = []
    tail: deque[list[Any]] = deque()
    omitted = 0
    current: list[Any] | None = None  # [first entry, key, count] of the run being walked
    runs: list[list[Any]] = []
    while tb is not None:
        key = _key(tb)
        if current is not None and current[1] == key:
            current[2] += 1
        else:
            current = [tb, key, 1]
            if len(runs) < HEAD_RUNS:
                runs.append(current)
            else:
                tail.append(current)
                if len(tail) > TAIL_RUNS:
                    omitted += tail.popleft()[2]
        tb = tb.tb_next
    head.extend(FrameRun([(first, count)], key) for first, key, count in runs)
    if omitted:
        head.append(OmittedFrames(omitted))
    head.extend(FrameRun([(first, count)], key) for first, key, count in tail)
    return head


def keep_runs(parts: list[StackPart], keep: Callable[[str], bool]) -> list[StackPart]:
    """The parts whose file passes ``keep``; runs of one frame that become
    neighbours are merged, as Python would fold them."""
    kept: list[StackPart] = []
    for part in parts:
        if isinstance(part, FrameRun) and not keep(part.filename):
            continue
        previous = kept[-1] if kept else None
        if isinstance(part, FrameRun) and isinstance(previous, FrameRun) and previous.key == part.key:
            previous.segments.extend(part.segments)
            continue
        kept.append(FrameRun(list(part.segments), part.key) if isinstance(part, FrameRun) else part)
    return kept


def has_frames(parts: list[StackPart]) -> bool:
    return any(isinstance(part, FrameRun) for part in parts)


def format_rows(parts: list[StackPart]) -> list[str]:
    """One row per shown frame (as ``traceback.format_list`` formats it, stripped),
    plus the "[Previous line repeated ...]" and "[... frames omitted ...]" rows."""
    rows: list[str] = []
    for part in parts:
        if isinstance(part, OmittedFrames):
            rows.append(f"[... {part.count} more frame{'s' if part.count != 1 else ''} not shown ...]")
            continue
        count = part.count
        shown = min(count, RECURSIVE_CUTOFF)
        rows.extend(item.strip() for item in traceback.format_list(part.frames(shown)))
        repeated = count - shown
        if repeated > 0:
            rows.append(f"[Previous line repeated {repeated} more time{'s' if repeated > 1 else ''}]")
    return rows
