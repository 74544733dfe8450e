import os
import random
import sys
import time

import pytest

from wasmlit.boot import snapshot_fixups


@pytest.fixture
def saved_state(monkeypatch):
    """Keeps the process's state as it was (the fixups change globals)."""
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "executable", sys.executable)
    for name in ("timezone", "altzone", "daylight", "tzname"):
        monkeypatch.setattr(time, name, getattr(time, name))
    monkeypatch.setenv("LANG", os.environ.get("LANG", "C.UTF-8"))
    state = random.getstate()
    yield
    random.setstate(state)


def test_random_draws_differ_after_two_restores_of_the_same_state(saved_state):
    random.seed(1234)  # the state a snapshot freezes
    frozen = random.getstate()
    snapshot_fixups.reseed_random()
    first = [random.random() for _ in range(3)]
    random.setstate(frozen)
    snapshot_fixups.reseed_random()
    second = [random.random() for _ in range(3)]
    assert first != second


@pytest.mark.parametrize("zone", ["Asia/Tokyo", "America/New_York", "Australia/Sydney", "UTC"])
def test_time_zone_constants_are_computed_as_cpython_does(saved_state, monkeypatch, zone):
    monkeypatch.setenv("TZ", zone)
    time.tzset()  # CPython's own values for the zone
    expected = (time.timezone, time.altzone, time.daylight, time.tzname)
    time.timezone, time.altzone, time.daylight, time.tzname = 0, 0, 0, ("BUILD", "MACHINE")
    snapshot_fixups.set_time_zone()
    assert (time.timezone, time.altzone, time.daylight, time.tzname) == expected
    monkeypatch.delenv("TZ")
    time.tzset()


def test_lang_executable_and_path(saved_state):
    sys.path[:] = ["", "/lib/python314.zip", "", "/site", "/lib/python314.zip"]
    snapshot_fixups.refresh_after_restore(lang="de_DE.UTF-8", executable="/home/pyodide/this.program")
    assert os.environ["LANG"] == "de_DE.UTF-8"
    assert sys.executable == "/home/pyodide/this.program"
    assert sys.path == ["", "/lib/python314.zip", "/site"]


def test_emscripten_runtime_is_replaced_when_present(monkeypatch):
    class Info(tuple):
        __match_args__ = ("emscripten_version", "runtime", "pthreads", "shared_memory")

        def __new__(cls, fields):
            return super().__new__(cls, fields)

        @property
        def runtime(self):
            return self[1]

    monkeypatch.setattr(sys, "_emscripten_info", Info(((4, 0, 0), "Node.js v20", False, False)), raising=False)
    snapshot_fixups.set_emscripten_runtime("Mozilla/5.0 (X11) Chrome/156")
    assert sys._emscripten_info.runtime == "Mozilla/5.0 (X11) Chrome/156"
    assert sys._emscripten_info[0] == (4, 0, 0)
