"""A script that ends itself (sys.exit(), exit(), raise KeyboardInterrupt)
ends its run as st.stop() does: nothing is shown (as in Streamlit 1.67, whose
script thread just ends), what it drew before stays, the session and its state
live on, and the next event runs normally."""

import pytest

from wasmlit.runtime.execution_control import ExecutionControl

EXITING = """
    import sys
    import streamlit as st
    st.session_state.setdefault('runs', 0)
    st.session_state.runs += 1
    def leave():
        sys.exit(5)
    st.button('Leave in a callback', on_click=leave)
    st.write(f"runs: {st.session_state.runs}")
    how = st.session_state.get('how')
    if how == 'exit':
        sys.exit()
    if how == 'exit code':
        sys.exit(3)
    if how == 'builtin':
        exit()
    if how == 'interrupt':
        raise KeyboardInterrupt('raised by the script')
    st.write('end')
"""


@pytest.fixture
def browser_control():
    return ExecutionControl(poll=lambda: None, in_browser=True)


@pytest.mark.parametrize("how", ["exit", "exit code", "builtin", "interrupt"])
def test_a_script_that_ends_itself_ends_its_run_like_st_stop(app, browser_control, how, capsys):
    a = app(EXITING, control=browser_control)
    assert a.texts() == ["runs: 1", "end"]
    a.session.session_state["how"] = how
    a.run()
    assert a.last_status == "complete"
    assert a.exceptions == []
    # What came before the exit is shown; what came after is gone.
    assert a.texts() == ["runs: 2"]
    a.session.session_state["how"] = None
    a.run()
    assert a.texts() == ["runs: 3", "end"]
    logged = capsys.readouterr().err
    if how == "interrupt":
        assert "KeyboardInterrupt: raised by the script" in logged
    else:
        assert logged == ""


def test_sys_exit_in_a_callback_ends_the_run_and_keeps_the_page(app, browser_control):
    a = app(EXITING, control=browser_control)
    a.click("Leave in a callback")
    # The script body did not run (as in Streamlit); the page keeps what it showed.
    assert a.last_status == "kept"
    assert a.exceptions == []
    assert a.session.session_state["runs"] == 1
    assert a.texts() == ["runs: 1", "end"]
    a.run()
    assert a.texts() == ["runs: 2", "end"]


def test_keyboard_interrupt_outside_the_browser_is_the_users_ctrl_c(app):
    a = app(EXITING)
    a.session.session_state["how"] = "interrupt"
    a.run()
    assert a.last_status == "stopped"
