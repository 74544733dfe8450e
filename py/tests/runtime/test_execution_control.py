"""The run state machine: a page event during a run ends it at the next st.*
call (or during a sleep), the next run takes the newer values, callbacks run
once per event, and clicks are never lost."""

# On the wire-level harness: these drive an ExecutionControl mid-run and check
# runFinished statuses, which AppTest (synchronous, no page events) does not expose.

import time

import pytest

from wasmlit.runtime.execution_control import ExecutionControl, ScriptInterrupted


class FakePage:
    """Plays the worker's request queue: `request` is what poll() answers."""

    def __init__(self):
        self.request = None
        self.fired = False

    def poll(self):
        return self.request

    def event_once(self, request):
        """A script hook: the page sends `request` the first time it is called."""

        def fire():
            if not self.fired:
                self.fired = True
                self.request = request

        return fire


@pytest.fixture
def page():
    return FakePage()


@pytest.fixture
def control(page):
    return ExecutionControl(poll=page.poll, poll_interval=0)


def test_event_during_a_run_ends_it_at_the_next_st_call(app, page, control):
    a = app("""
        import streamlit as st
        st.write('first')
        st.session_state.event()   # the page sends an event now
        st.write('second')
        st.write('third')
    """, control=control, run=False)
    a.session.session_state._new_session_state["event"] = page.event_once("rerun")
    a.run()
    assert a.last_status == "rerun"
    assert a.statuses() == ["rerun"]
    # Nothing after the event was produced; the stale run's nodes stay on the page.
    bodies = [m["node"]["props"].get("body") for m in a.messages if m["type"] == "delta"]
    assert bodies == ["first"]
    page.request = None
    a.run()
    assert a.statuses()[-1] == "complete"
    assert a.texts() == ["first", "second", "third"]


def test_stop_request_ends_the_run_as_stopped(app, page, control):
    a = app("""
        import streamlit as st
        st.write('first')
        st.session_state.event()
        st.write('never')
    """, control=control, run=False)
    a.session.session_state._new_session_state["event"] = page.event_once("stop")
    a.run()
    assert a.last_status == "stopped"


def test_sleep_waits_and_is_cut_short_by_an_event(app, page, control):
    a = app("""
        import time
        import streamlit as st
        st.write('before')
        started = time.monotonic()
        time.sleep(0.3)
        st.session_state.slept = time.monotonic() - started
        time.sleep(30)
        st.write('never')
    """, control=control, run=False)

    import threading
    timer = threading.Timer(0.6, lambda: setattr(page, "request", "rerun"))
    timer.start()
    started = time.monotonic()
    a.run()
    elapsed = time.monotonic() - started
    timer.cancel()
    assert 0.29 <= a.session.session_state["slept"] < 0.6
    assert elapsed < 2
    assert a.last_status == "rerun"


def test_callback_runs_once_and_a_cut_short_run_does_not_pass_its_click_on(app, page, control):
    a = app("""
        import streamlit as st
        st.session_state.setdefault('callbacks', 0)
        st.session_state.setdefault('bodies', 0)
        def count():
            st.session_state.callbacks += 1
        st.write('top')
        if st.session_state.get('interrupt_next'):
            st.session_state.interrupt_next = False
            st.session_state.event()
        clicked = st.button('Add', on_click=count)
        if clicked:
            st.session_state.bodies += 1
        st.write('bottom')
    """, control=control)
    a.session.session_state._old_state["event"] = lambda: setattr(page, "request", "rerun")
    a.session.session_state._old_state["interrupt_next"] = True
    a.click("Add")            # callback runs, then the run is cut before the button line
    assert a.last_status == "rerun"
    assert a.session.session_state["callbacks"] == 1
    assert a.session.session_state["bodies"] == 0
    page.request = None
    a.run()                   # the newer event carries no click of its own
    # As in Streamlit: the callback ran once, with its event; the newer run
    # does not see the older click.
    assert a.session.session_state["callbacks"] == 1
    assert a.session.session_state["bodies"] == 0
    a.click("Add")
    assert a.session.session_state["callbacks"] == 2
    assert a.session.session_state["bodies"] == 1


def test_interrupt_signal_is_deferred_inside_protected_sections():
    control = ExecutionControl()
    control.running = True
    with control.protected():
        control.on_sigint(2, None)   # does not raise here
    with pytest.raises(ScriptInterrupted):
        control.yield_point()
    control.running = False
    control.on_sigint(2, None)       # between runs: ignored


def test_interrupt_signal_in_script_code_raises_at_once():
    control = ExecutionControl()
    control.running = True
    with pytest.raises(ScriptInterrupted):
        control.on_sigint(2, None)


def test_sleep_outside_a_run_is_plain(control):
    started = time.monotonic()
    control.sleep(0.05)
    assert time.monotonic() - started >= 0.05


def test_st_rerun_is_not_an_interruption(app, page, control):
    a = app("""
        import streamlit as st
        st.session_state.setdefault('n', 0)
        st.session_state.n += 1
        if st.session_state.n == 1:
            st.rerun()
        st.write(st.session_state.n)
    """, control=control)
    assert a.statuses() == ["rerun", "complete"]
    assert a.texts() == ["`2`"]


def test_interrupt_signal_during_a_suspended_sleep_is_deferred():
    """Under JSPI the signal handler may run in an event-loop callback while
    the script's sleep is suspended: it must not raise there."""
    seen = []
    control = ExecutionControl(raw_sleep=lambda s: seen.append(control.on_sigint(2, None)))
    control.running = True
    with pytest.raises(ScriptInterrupted):
        control.sleep(0.2)
    assert seen == [None]
