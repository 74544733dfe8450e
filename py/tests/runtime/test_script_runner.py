"""Runs, reruns, stops, uncaught exceptions, config and magic."""

import pytest


def test_each_run_starts_from_a_blank_slate(app):
    a = app("""
        import streamlit as st
        count = 0
        if st.button('Increment'):
            count += 1
        st.write('Count = ', count)
    """)
    for _ in range(3):
        a.click("Increment")
    assert a.texts() == ["Count =  `1`"]


def test_rerun_starts_a_new_run_immediately(app):
    a = app("""
        import streamlit as st
        st.session_state.setdefault('runs', 0)
        st.session_state.runs += 1
        st.write('before')
        if st.session_state.runs < 3:
            st.rerun()
        st.write('runs', st.session_state.runs)
    """)
    statuses = [m["status"] for m in a.messages if m["type"] == "runFinished"]
    assert statuses == ["rerun", "rerun", "complete"]
    assert a.texts() == ["before", "runs `3`"]


def test_rerun_in_callback_ends_that_callback_only(app):
    a = app("""
        import streamlit as st
        st.session_state.setdefault('log', [])
        def first():
            st.session_state.log.append('first')
            st.rerun()
            st.session_state.log.append('never')
        st.button('Go', on_click=first)
        st.checkbox('c', key='c', on_change=lambda: st.session_state.log.append('second'))
        st.write(sorted(st.session_state.log))
    """)
    a.widget_values[a.widget("c").props["id"]] = True
    a.click("Go")
    assert not a.exceptions
    assert a.texts("json") == ['["first", "second"]']


def test_stop_ends_the_run_and_later_elements_vanish(app):
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


def test_uncaught_exception_is_shown_and_the_app_keeps_working(app):
    a = app("""
        import streamlit as st
        st.write('top')
        if st.button('Boom'):
            raise ValueError('bad value')
        st.write('bottom')
    """)
    a.click("Boom")
    [exc] = a.exceptions
    assert exc.props["type"] == "ValueError"
    assert exc.props["message"] == "bad value"
    assert exc.props["stackTrace"][-1].endswith("raise ValueError('bad value')")
    assert exc.props["stackTrace"][-1].startswith('File "')
    assert a.texts() == ["top"]
    a.run()
    assert not a.exceptions
    assert a.texts() == ["top", "bottom"]


def test_user_defined_exception_type_is_qualified(app):
    a = app("""
        class MyError(Exception):
            pass
        raise MyError('x')
    """)
    assert a.exceptions[0].props["type"] == "__main__.MyError"


def test_syntax_error_is_shown(app):
    a = app("""
        import streamlit as st
        st.write('x'))
    """)
    [exc] = a.exceptions
    assert exc.props["type"] == "SyntaxError"
    assert "st.write('x'))" in exc.props["message"]


def test_exception_in_callback_is_shown_and_next_event_works(app):
    a = app("""
        import streamlit as st
        def bad():
            raise RuntimeError('callback failed')
        st.button('Bad', on_click=bad)
        st.button('Good')
        st.write('rendered')
    """)
    a.click("Bad")
    assert [e.props["message"] for e in a.exceptions] == ["callback failed"]
    # As in Streamlit, the script body did not run: only the error is shown.
    assert a.of_type("button") == []
    a.run()
    a.click("Good")
    assert not a.exceptions
    assert a.texts() == ["rendered"]


def test_local_modules_and_files_next_to_the_script_work(app):
    a = app(
        """
        import streamlit as st
        from pathlib import Path
        from helper import greet
        st.write(greet((Path(__file__).parent / 'data.txt').read_text().strip()))
        """,
        files={"helper.py": "def greet(n):\n    return 'hi ' + n\n", "data.txt": "Ada\n"},
    )
    assert a.texts() == ["hi Ada"]


UNSERIALIZABLE = """
    import streamlit as st
    def unserializable_data():
        return lambda x: x
    st.session_state.unserializable = unserializable_data()
    st.write('end')
"""


def test_serializable_mode_off_allows_anything(app):
    a = app(UNSERIALIZABLE)
    assert not a.exceptions


def test_serializable_mode_from_config_toml(app):
    a = app(UNSERIALIZABLE, files={".streamlit/config.toml": "[runner]\nenforceSerializableSessionState = true\n"})
    [exc] = a.exceptions
    assert exc.props["type"] == "streamlit.errors.UnserializableSessionStateError"
    assert exc.props["message"].startswith("Cannot serialize the value (of type `<class 'function'>`) of 'unserializable' in st.session_state.")


def test_serializable_mode_from_option(app):
    a = app(UNSERIALIZABLE, config={"runner.enforceSerializableSessionState": "true"})
    assert a.exceptions[0].props["type"] == "streamlit.errors.UnserializableSessionStateError"


def test_magic_writes_bare_expressions(app):
    a = app('''
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
    ''')
    assert a.texts() == ["`42`", "hello *magic*", "inside function", "call is not magic"]


def test_magic_can_be_disabled(app):
    a = app("'no magic'\n", files={".streamlit/config.toml": "[runner]\nmagicEnabled = false\n"})
    assert a.texts() == []


def test_keyboard_interrupt_stops_the_run(app):
    a = app("""
        import streamlit as st
        st.write('before')
        if st.session_state.get('go'):
            raise KeyboardInterrupt
        st.session_state.go = True
    """)
    a.run()
    assert [m["status"] for m in a.messages if m["type"] == "runFinished"][-1] == "stopped"
    assert not a.exceptions


def test_rerun_in_callback_makes_the_body_see_no_click(app):
    a = app("""
        import streamlit as st
        def go():
            st.rerun()
        clicked = st.button('Go', on_click=go)
        st.write('clicked', clicked)
    """)
    a.click("Go")
    assert a.texts() == ["clicked `False`"]
