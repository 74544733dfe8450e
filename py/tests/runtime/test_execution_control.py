"""The run state machine: a page event during a run ends it at the next st.*
call (or during a sleep), the next run takes the newer values, callbacks run
once per event, and clicks are never lost."""

# On the wire-level harness: these drive an ExecutionControl mid-run and check
# runFinished statuses, which AppTest (synchronous, no page events) does not expose.

import decimal
import re
import time

import pytest

from wasmlit.runtime.execution_control import ORIGINAL_SLEEP, ExecutionControl, ScriptInterrupted, checked_sleep_length


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
    a = app(
        """
        import streamlit as st
        st.write('first')
        st.session_state.event()   # the page sends an event now
        st.write('second')
        st.write('third')
    """,
        control=control,
        run=False,
    )
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
    a = app(
        """
        import streamlit as st
        st.write('first')
        st.session_state.event()
        st.write('never')
    """,
        control=control,
        run=False,
    )
    a.session.session_state._new_session_state["event"] = page.event_once("stop")
    a.run()
    assert a.last_status == "stopped"


def test_sleep_waits_and_is_cut_short_by_an_event(app, page, control):
    a = app(
        """
        import time
        import streamlit as st
        st.write('before')
        started = time.monotonic()
        time.sleep(0.3)
        st.session_state.slept = time.monotonic() - started
        time.sleep(30)
        st.write('never')
    """,
        control=control,
        run=False,
    )

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
    a = app(
        """
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
    """,
        control=control,
    )
    a.session.session_state._old_state["event"] = lambda: setattr(page, "request", "rerun")
    a.session.session_state._old_state["interrupt_next"] = True
    a.click("Add")  # callback runs, then the run is cut before the button line
    assert a.last_status == "rerun"
    assert a.session.session_state["callbacks"] == 1
    assert a.session.session_state["bodies"] == 0
    page.request = None
    a.run()  # the newer event carries no click of its own
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
        control.on_sigint(2, None)  # does not raise here
    with pytest.raises(ScriptInterrupted):
        control.yield_point()
    control.running = False
    control.on_sigint(2, None)  # between runs: ignored


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
    a = app(
        """
        import streamlit as st
        st.session_state.setdefault('n', 0)
        st.session_state.n += 1
        if st.session_state.n == 1:
            st.rerun()
        st.write(st.session_state.n)
    """,
        control=control,
    )
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


# -- clicks are used before a newer event ends their run ----------------------


def last_run_bodies(a):
    """The markdown bodies the last run sent."""
    start = max(i for i, m in enumerate(a.messages) if m["type"] == "runStarted")
    return [
        m["node"]["props"].get("body")
        for m in a.messages[start:]
        if m["type"] == "delta" and m["node"]["type"] == "markdown"
    ]


COUNTER_WITH_EVENT_BEFORE_THE_BUTTON = """
    import streamlit as st
    st.session_state.setdefault('count', 0)
    st.write('top')
    if st.session_state.get('interrupt_next'):
        st.session_state.interrupt_next = False
        st.session_state.event()      # a newer event arrives before the button line
    if st.button('Add'):
        st.session_state.count += 1
    st.write('after the button')
    st.write('bottom')
"""


def test_a_newer_event_waits_until_the_run_has_used_its_click(app, page, control):
    a = app(COUNTER_WITH_EVENT_BEFORE_THE_BUTTON, control=control)
    a.session.session_state._old_state["event"] = lambda: setattr(page, "request", "rerun")
    a.session.session_state._old_state["interrupt_next"] = True
    a.click("Add")
    # The run went on to the button (the script read True), and ended at the next st.* call.
    assert a.session.session_state["count"] == 1
    assert a.last_status == "rerun"
    assert last_run_bodies(a) == ["top"]
    page.request = None
    a.click("Add")  # the next click is one more
    assert a.session.session_state["count"] == 2
    assert a.last_status == "complete"


def test_without_a_click_a_newer_event_ends_the_run_at_once(app, page, control):
    a = app(COUNTER_WITH_EVENT_BEFORE_THE_BUTTON, control=control)
    a.session.session_state._old_state["event"] = lambda: setattr(page, "request", "rerun")
    a.session.session_state._old_state["interrupt_next"] = True
    a.run()
    assert a.last_status == "rerun"
    assert a.session.session_state["count"] == 0
    assert last_run_bodies(a) == ["top"]


def test_a_stop_ends_a_run_whose_click_is_not_used_yet(app, page, control):
    a = app(COUNTER_WITH_EVENT_BEFORE_THE_BUTTON, control=control)
    a.session.session_state._old_state["event"] = lambda: setattr(page, "request", "stop")
    a.session.session_state._old_state["interrupt_next"] = True
    a.click("Add")
    assert a.last_status == "stopped"
    assert a.session.session_state["count"] == 0


def test_interrupt_signal_for_a_rerun_waits_for_the_runs_clicks():
    """Cross-origin isolated pages raise SIGINT for every event: a rerun does
    not cut a run whose click is still unused; a stop does."""
    request = ["rerun"]
    control = ExecutionControl(poll=lambda: request[0], poll_interval=0)
    control.reset(["$$ID-button"])
    control.running = True
    control.on_sigint(2, None)  # deferred: the click is not used yet
    control.yield_point()  # still not used: the run goes on
    control.widget_created("$$ID-button")
    control.yield_point()  # the button's own st.* call returns normally
    with pytest.raises(ScriptInterrupted):
        control.yield_point()  # the next st.* call ends the run
    control.reset(["$$ID-button"])
    request[0] = "stop"
    with pytest.raises(ScriptInterrupted):
        control.on_sigint(2, None)


CALLBACK_THAT_SEES_EVENTS = """
    import time
    import streamlit as st
    st.session_state.setdefault('steps', [])
    def slow():
        st.session_state.steps.append('start')
        st.session_state.event()          # the page sends an event during the callback
        time.sleep(0.01)
        st.session_state.steps.append('end')
    st.button('Go', on_click=slow)
    st.write('body')
"""


def test_a_newer_event_does_not_cut_a_callback_short(app, page, control):
    a = app(CALLBACK_THAT_SEES_EVENTS, control=control)
    a.session.session_state._old_state["event"] = lambda: setattr(page, "request", "rerun")
    a.click("Go")
    assert a.session.session_state["steps"] == ["start", "end"]
    assert a.last_status == "rerun"  # the run ends after its callback


def test_a_stop_ends_a_callback_that_would_not_return(app, page, control):
    a = app(CALLBACK_THAT_SEES_EVENTS, control=control)
    a.session.session_state._old_state["event"] = lambda: setattr(page, "request", "stop")
    a.click("Go")
    assert a.session.session_state["steps"] == ["start"]
    assert a.last_status == "kept"  # the page keeps what it showed
    assert a.texts() == ["body"]
    page.request = None
    a.run()
    assert a.last_status == "complete"
    assert a.texts() == ["body"]


def test_interrupt_signal_in_a_callback_stops_it_only_for_a_stop():
    request = ["rerun"]
    control = ExecutionControl(poll=lambda: request[0])
    control.running = True
    with control.protected():
        with control.callback():
            control.on_sigint(2, None)  # a rerun waits for the callback
            request[0] = "stop"
            with pytest.raises(ScriptInterrupted):
                control.on_sigint(2, None)
        control.on_sigint(2, None)  # back in the runtime's bookkeeping: deferred


@pytest.mark.parametrize("value", ["0.1", None, 1 + 2j, -1, -0.5, float("nan"), decimal.Decimal("0.01")])
def test_time_sleep_in_a_script_refuses_what_cpythons_refuses(value):
    # The same error type and text as CPython's own time.sleep for the same value.
    with pytest.raises(Exception) as expected:
        ORIGINAL_SLEEP(value)
    with pytest.raises(type(expected.value), match=re.escape(str(expected.value))):
        checked_sleep_length(value)


@pytest.mark.parametrize("value", [0, 0.0, True, 2, 0.25])
def test_time_sleep_in_a_script_takes_numbers(value):
    assert checked_sleep_length(value) == float(value)
