"""Threads in a browser tab (wasmlit.runtime.threads): Streamlit's documented
multithreading patterns run with the emulation installed, as Pyodide needs it."""

from __future__ import annotations

import sys
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "testing"))
from scenarios import SCENARIOS

from wasmlit.runtime import threads
from wasmlit.testing import AppTest


@pytest.fixture
def emulated():
    with threads.emulated_threads():
        yield


def observe(name: str) -> list:
    seen: list = []
    SCENARIOS[name](AppTest, lambda key, value: seen.append((key, value)))
    return seen


def test_documented_patterns_give_what_real_threads_give():
    real = observe("threads_with_script_context")
    with threads.emulated_threads():
        emulated_run = observe("threads_with_script_context")
    assert emulated_run == real
    assert real[0][1][:3] == ["done after 0.03", "done after 0.02", "done after 0.01"]


def test_start_runs_the_target_in_the_calling_thread(emulated):
    caller = threading.get_ident()
    seen = {}

    def work(x):
        seen["ident"] = threading.get_ident()
        seen["name"] = threading.current_thread().name
        seen["alive"] = t.is_alive()
        seen["x"] = x

    t = threading.Thread(target=work, args=(5,), name="worker-1")
    assert not t.is_alive()
    t.start()
    assert seen == {"ident": caller, "name": "worker-1", "alive": True, "x": 5}
    assert not t.is_alive()
    t.join(timeout=1)
    assert threading.current_thread() is threading.main_thread()


def test_thread_rules_as_in_python(emulated):
    t = threading.Thread(target=lambda: None)
    with pytest.raises(RuntimeError, match="cannot join thread before it is started"):
        t.join()
    t.start()
    with pytest.raises(RuntimeError, match="threads can only be started once"):
        t.start()

    class NoInit(threading.Thread):
        def __init__(self):  # forgets super().__init__()
            pass

    with pytest.raises(RuntimeError, match=r"thread.__init__\(\) not called"):
        NoInit().start()


def test_an_exception_in_a_thread_goes_to_excepthook_not_to_the_starter(emulated, monkeypatch):
    hooked = []
    monkeypatch.setattr(threading, "excepthook", lambda args: hooked.append((args.exc_type, args.thread.name)))
    t = threading.Thread(target=lambda: 1 / 0, name="boom")
    t.start()
    t.join()
    assert hooked == [(ZeroDivisionError, "boom")]


def test_thread_pool_submit_and_map(emulated):
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(pow, 2, n) for n in range(5)]
        assert sorted(f.result() for f in as_completed(futures)) == [1, 2, 4, 8, 16]
        assert list(pool.map(str, [1, 2])) == ["1", "2"]
        failing = pool.submit(int, "x")
        assert isinstance(failing.exception(), ValueError)
    with pytest.raises(RuntimeError, match="cannot schedule new futures after shutdown"):
        pool.submit(int, "1")


def test_pool_functions_have_no_script_context(app_file):
    script = app_file(
        """
        from concurrent.futures import ThreadPoolExecutor
        import streamlit as st
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        def job(n):
            st.write("never shown")
            return (n, get_script_run_ctx() is None)

        with ThreadPoolExecutor() as pool:
            results = list(pool.map(job, [1, 2]))
        st.write(str(results))
        """
    )
    with threads.emulated_threads():
        at = AppTest.from_file(script).run()
    assert at.markdown.values == ["[(1, True), (2, True)]"]


def test_st_stop_in_a_thread_with_context_stops_the_run(app_file):
    script = app_file(
        """
        import threading
        import streamlit as st
        from streamlit.runtime.scriptrunner import add_script_run_ctx

        def work():
            st.write("in thread")
            st.stop()

        t = add_script_run_ctx(threading.Thread(target=work))
        t.start()
        st.write("after")
        """
    )
    with threads.emulated_threads():
        at = AppTest.from_file(script).run()
    assert at.markdown.values == ["in thread"]


def test_installed_only_where_threads_cannot_start(monkeypatch):
    original = threading.Thread.start
    monkeypatch.setattr(threads.sys, "platform", "linux")
    threads.install_if_needed()
    assert threading.Thread.start is original
    monkeypatch.setattr(threads.sys, "platform", "emscripten")
    try:
        threads.install_if_needed()
        assert threading.Thread.start is not original
    finally:
        threads.uninstall()
    assert threading.Thread.start is original


def test_a_daemon_thread_is_not_run_and_says_why(emulated, monkeypatch):
    def refuse(self):
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(threads, "_ORIGINAL_START", refuse)  # as under Pyodide
    ran = []
    t = threading.Thread(target=lambda: ran.append(1), daemon=True)
    with pytest.raises(RuntimeError) as info:
        t.start()
    assert str(info.value).startswith("can't start new thread. wasmlit runs this app in the browser")
    assert "without daemon=True" in str(info.value) and ran == []
