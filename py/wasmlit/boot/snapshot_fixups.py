"""Process state a memory snapshot froze on the build machine, set again for
the browser that restored it (called once by the worker, right after the
restore; see worker/snapshot-boot.js).

A snapshot is a copy of Python's memory made by the build in Node: every
visitor's Python starts from the same bytes. What must differ per visitor, or
follow the browser rather than the build machine, is set here:

- the ``random`` module's generator (seeded at import: every visitor would
  draw the same numbers);
- ``time.timezone``/``altzone``/``daylight``/``tzname`` (computed at import
  from the build machine's time zone; the worker refreshes the C library's
  zone names first, then they are computed again here as CPython does);
- ``LANG`` in ``os.environ`` (and the C environment), and the C locale derived
  from it;
- ``sys.executable`` and ``$_``;
- a second ``""`` in ``sys.path`` (Pyodide adds one after every start-up).

Not fixable: the string-hash seed (every dict in the snapshot depends on it),
so ``hash("text")`` is the same for every visitor of one build.
"""

from __future__ import annotations

import os
import random
import sys
import time
from typing import Any


def refresh_after_restore(
    *,
    lang: str,
    executable: str | None = None,
    runtime: str | None = None,
) -> None:
    reseed_random()
    set_time_zone()
    set_lang(lang)
    if executable is not None:
        set_executable(executable)
    drop_duplicate_path_entries()
    if runtime is not None:
        set_emscripten_runtime(runtime)


def reseed_random() -> None:
    """A new seed from the OS's randomness (crypto.getRandomValues in a browser)."""
    random.seed()


# CPython's own computation at import (Modules/timemodule.c, init_timezone,
# where struct tm has tm_gmtoff/tm_zone): local time in January and in July.
_YEAR = (365 * 24 + 6) * 3600


def set_time_zone(now: float | None = None) -> None:
    """``time``'s zone constants for the current local time zone."""
    start = (int(time.time() if now is None else now) // _YEAR) * _YEAR
    january = time.localtime(start)
    july = time.localtime(start + _YEAR // 2)
    january_zone, july_zone = -january.tm_gmtoff, -july.tm_gmtoff
    if january_zone < july_zone:  # DST is reversed in the southern hemisphere
        time.timezone, time.altzone, names = july_zone, january_zone, (july.tm_zone, january.tm_zone)
    else:
        time.timezone, time.altzone, names = january_zone, july_zone, (january.tm_zone, july.tm_zone)
    time.daylight = int(january_zone != july_zone)
    time.tzname = (str(names[0]), str(names[1]))


def set_lang(lang: str) -> None:
    if not lang or os.environ.get("LANG") == lang:
        return
    os.environ["LANG"] = lang
    try:
        import locale

        locale.setlocale(locale.LC_CTYPE, "")
    except Exception:  # noqa: BLE001 - an unknown locale keeps the C one, as at start-up
        pass


def set_executable(executable: str) -> None:
    sys.executable = executable
    if "_" in os.environ:
        os.environ["_"] = executable


def drop_duplicate_path_entries() -> None:
    seen: set[str] = set()
    unique = []
    for entry in sys.path:
        if entry not in seen:
            seen.add(entry)
            unique.append(entry)
    sys.path[:] = unique


def set_emscripten_runtime(runtime: str) -> None:
    """``sys._emscripten_info.runtime`` names the browser, not the build's Node."""
    info: Any = getattr(sys, "_emscripten_info", None)
    if info is None or getattr(info, "runtime", runtime) == runtime:
        return
    fields = list(info)
    fields[_field_index(info, "runtime")] = runtime
    sys._emscripten_info = type(info)(fields)  # type: ignore[attr-defined]  # Pyodide's own sys attribute


def _field_index(info: Any, name: str) -> int:
    for index, field in enumerate(type(info).__match_args__):
        if field == name:
            return index
    raise AttributeError(name)
