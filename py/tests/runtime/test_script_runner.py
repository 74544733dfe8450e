"""Runs, reruns, stops, uncaught exceptions, config and magic."""

import pytest

from harness import props
from wasmlit.testing import AppTest


def test_each_run_starts_from_a_blank_slate():
    at = AppTest.from_string("""
        import streamlit as st
        count = 0
        if st.button('Increment'):
            count += 1
        st.write('Count = ', count)
    """).run()
    for _ in range(3):
        at.button[0].click().run()
    assert at.markdown.values == ["Count =  `1`"]


RERUN_THREE_TIMES = """
    import streamlit as st
    st.session_state.setdefault('runs', 0)
    st.session_state.runs += 1
    st.write('before')
    if st.session_state.runs < 3:
        st.rerun()
    st.write('runs', st.session_state.runs)
"""


def test_rerun_starts_a_new_run_immediately(app):
    # Wire-level: the runFinished status sequence of one rerun request.
    a = app(RERUN_THREE_TIMES)
    statuses = [m["status"] for m in a.messages if m["type"] == "runFinished"]
    assert statuses == ["rerun", "rerun", "complete"]
    assert a.texts() == ["before", "runs `3`"]


def test_rerun_runs_again_within_one_run_call():
    at = AppTest.from_string(RERUN_THREE_TIMES).run()
    assert at.session_state.runs == 3
    assert at.markdown.values == ["before", "runs `3`"]


def test_rerun_in_callback_ends_that_callback_only():
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.setdefault('log', [])
        def first():
            st.session_state.log.append('first')
            st.rerun()
            st.session_state.log.append('never')
        st.button('Go', on_click=first)
        st.checkbox('c', key='c', on_change=lambda: st.session_state.log.append('second'))
        st.write(sorted(st.session_state.log))
    """).run()
    at.checkbox(key="c").check()
    at.button[0].click().run()
    assert not at.exception
    assert at.json.values == ['["first", "second"]']


def test_stop_ends_the_run_and_later_elements_vanish(app):
    # Wire-level: the run's runFinished status after st.stop().
    a = app("""
        import streamlit as st
        st.write('first')
        if st.session_state.get('stop'):
            st.stop()
        st.write('second')
        st.session_state.stop = True
    """)
    assert a.texts() == ["first", "second"]
    a.run()
    assert a.texts() == ["first"]
    assert [m["status"] for m in a.messages if m["type"] == "runFinished"][-1] == "complete"


def test_uncaught_exception_is_shown_and_the_app_keeps_working():
    at = AppTest.from_string("""
        import streamlit as st
        st.write('top')
        if st.button('Boom'):
            raise ValueError('bad value')
        st.write('bottom')
    """).run()
    at.button[0].click().run()
    [exc] = at.exception
    assert props(exc)["type"] == "ValueError"
    assert exc.message == "bad value"
    assert exc.stack_trace[-1].endswith("raise ValueError('bad value')")
    assert exc.stack_trace[-1].startswith('File "')
    assert at.markdown.values == ["top"]
    at.run()
    assert not at.exception
    assert at.markdown.values == ["top", "bottom"]


def test_user_defined_exception_type_is_qualified():
    at = AppTest.from_string("""
        class MyError(Exception):
            pass
        raise MyError('x')
    """).run()
    assert props(at.exception[0])["type"] == "__main__.MyError"


def test_syntax_error_ends_the_run_as_a_compile_error_not_an_element(app):
    # As in Streamlit 1.67: the script does not run, no element shows the
    # error (the page opens its "Script execution error" dialog instead).
    at = AppTest.from_string("""
        import streamlit as st
        st.write('x'))
    """).run()
    assert len(at.exception) == 0
    assert at.markdown.values == []
    a = app("import streamlit as st\nst.write('x'))\n")
    [finished] = [m for m in a.messages if m["type"] == "runFinished"]
    assert finished["status"] == "compileError"
    text = finished["compileError"]
    assert text.startswith('File "') and text.endswith("SyntaxError: unmatched ')'")
    assert text.splitlines()[1:3] == ["  st.write('x'))", "               ^"]


def test_a_compile_error_keeps_widget_state_for_the_next_good_run():
    at = AppTest.from_string("""
        import streamlit as st
        st.text_input('Name', key='name')
    """).run()
    at.text_input(key="name").input("Ada").run()
    with open(at._script_path, "w") as f:
        f.write("import streamlit as st\nst.text_input('Name', key='name'\n")
    at.run()
    assert len(at.exception) == 0
    with open(at._script_path, "w") as f:
        f.write("import streamlit as st\nst.text_input('Name', key='name')\n")
    at.run()
    assert at.text_input(key="name").value == "Ada"


def test_syntax_error_in_an_imported_module_is_an_exception():
    at = AppTest.from_string("""
        import streamlit as st
        st.write('before')
        exec(compile("x = (", "helper.py", "exec"))
    """).run()
    [exc] = at.exception
    assert props(exc)["type"] == "SyntaxError"
    assert at.markdown.values == ["before"]


def test_exception_in_callback_is_shown_and_next_event_works():
    at = AppTest.from_string("""
        import streamlit as st
        def bad():
            raise RuntimeError('callback failed')
        st.button('Bad', on_click=bad)
        st.button('Good')
        st.write('rendered')
    """).run()
    at.button[0].click().run()
    assert [e.message for e in at.exception] == ["callback failed"]
    # As in Streamlit, the script body did not run: only the error is shown.
    assert len(at.button) == 0
    assert at.markdown.values == []
    at.run()
    assert [b.label for b in at.button] == ["Bad", "Good"]
    at.button[1].click().run()
    assert not at.exception
    assert at.markdown.values == ["rendered"]


def test_local_modules_and_files_next_to_the_script_work(app_file):
    script = app_file(
        """
        import streamlit as st
        from pathlib import Path
        from helper import greet
        st.write(greet((Path(__file__).parent / 'data.txt').read_text().strip()))
        """,
        files={"helper.py": "def greet(n):\n    return 'hi ' + n\n", "data.txt": "Ada\n"},
    )
    at = AppTest.from_file(script).run()
    assert at.markdown.values == ["hi Ada"]


UNSERIALIZABLE = """
    import streamlit as st
    def unserializable_data():
        return lambda x: x
    st.session_state.unserializable = unserializable_data()
    st.write('end')
"""


def test_serializable_mode_off_allows_anything():
    at = AppTest.from_string(UNSERIALIZABLE).run()
    assert not at.exception
    assert at.markdown.values == ["end"]


def test_serializable_mode_from_config_toml(app_file):
    script = app_file(
        UNSERIALIZABLE, files={".streamlit/config.toml": "[runner]\nenforceSerializableSessionState = true\n"}
    )
    at = AppTest.from_file(script).run()
    [exc] = at.exception
    assert props(exc)["type"] == "streamlit.errors.UnserializableSessionStateError"
    assert exc.message.startswith(
        "Cannot serialize the value (of type `<class 'function'>`) of 'unserializable' in st.session_state."
    )


def test_serializable_mode_from_option(app):
    # Harness: config options as the worker passes them (AppTest takes no config options).
    a = app(UNSERIALIZABLE, config={"runner.enforceSerializableSessionState": "true"})
    assert a.exceptions[0].props["type"] == "streamlit.errors.UnserializableSessionStateError"


def test_magic_writes_bare_expressions():
    at = AppTest.from_string('''
        """Docstring is not shown."""
        import streamlit as st
        x = 41
        x + 1
        "hello *magic*"
        def f():
            "inner docstring"
            'inside function'
        f()
        st.write('call is not magic')
    ''').run()
    assert at.markdown.values == ["`42`", "hello *magic*", "inside function", "call is not magic"]


def test_magic_can_be_disabled(app_file):
    script = app_file("'no magic'\n", files={".streamlit/config.toml": "[runner]\nmagicEnabled = false\n"})
    at = AppTest.from_file(script).run()
    assert at.markdown.values == []
    assert not at.exception


def test_keyboard_interrupt_stops_the_run():
    at = AppTest.from_string("""
        import streamlit as st
        st.write('before')
        if st.session_state.get('go'):
            raise KeyboardInterrupt
        st.session_state.go = True
    """).run()
    # AppTest passes a run that ended "stopped" on as KeyboardInterrupt.
    with pytest.raises(KeyboardInterrupt):
        at.run()
    assert not at.exception
    assert at.markdown.values == ["before"]


def test_rerun_in_callback_makes_the_body_see_no_click():
    at = AppTest.from_string("""
        import streamlit as st
        def go():
            st.rerun()
        clicked = st.button('Go', on_click=go)
        st.write('clicked', clicked)
    """).run()
    at.button[0].click().run()
    assert at.markdown.values == ["clicked `False`"]


def test_a_script_sleeping_for_text_gets_cpythons_type_error():
    at = AppTest.from_string("""
import time
import streamlit as st
st.write("before")
time.sleep("0.1")
st.write("after")
""").run()
    assert [m.value for m in at.markdown] == ["before"]
    assert at.exception[0].message == "'str' object cannot be interpreted as an integer"
    assert 'time.sleep("0.1")' in at.exception[0].stack_trace[-1]
