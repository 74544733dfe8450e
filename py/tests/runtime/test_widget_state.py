"""Widget values in session state: mirrored under keys, set before creation,
the rules Streamlit enforces, and clean-up of widgets a run did not create."""

import pytest

from harness import props
from wasmlit.testing import AppTest


def test_widget_value_is_mirrored_under_its_key():
    at = AppTest.from_string("""
        import streamlit as st
        st.slider('Temperature', 0, 100, 20, key='celsius')
        st.write(st.session_state.celsius)
    """).run()
    assert at.markdown.values == ["`20`"]
    at.slider(key="celsius").set_value(42).run()
    assert at.markdown.values == ["`42`"]
    assert at.session_state["celsius"] == 42


def test_initial_value_set_through_session_state(app):
    # Wire-level: the one-run `setValue` prop, which AppTest does not expose.
    a = app("""
        import streamlit as st
        if "celsius" not in st.session_state:
            st.session_state.celsius = 50.0
        st.slider("Temperature in Celsius", min_value=-100.0, max_value=100.0, key="celsius")
        st.write(st.session_state.celsius)
    """)
    slider = a.widget("celsius")
    assert slider.props["value"] == [50.0]
    assert slider.props["setValue"] is True
    assert a.texts() == ["`50.0`"]
    # The page took the value; a rerun keeps it and no longer forces it.
    a.run()
    assert a.widget("celsius").props["setValue"] is False
    assert a.texts() == ["`50.0`"]


def test_setting_button_key_raises_value_assignment_error():
    at = AppTest.from_string("""
        import streamlit as st
        if 'my_button' not in st.session_state:
            st.session_state.my_button = True
        st.button('Submit', key='my_button')
    """).run()
    [exc] = at.exception
    assert props(exc)["type"] == "streamlit.errors.StreamlitValueAssignmentNotAllowedError"
    assert exc.message == (
        "`st.session_state['my_button']` is read-only and cannot be assigned through "
        "session state. Use a different session state key for values you need to set."
    )
    assert exc.is_markdown is True
    assert any("app.py" in line for line in exc.stack_trace)
    # No runtime frames (AppTest's temporary folder is named wasmlit-apptest-*).
    assert all('app.py", line' in line for line in exc.stack_trace)
    assert not any("/wasmlit/" in line for line in exc.stack_trace)


def test_modifying_widget_key_after_instantiation_raises():
    at = AppTest.from_string("""
        import streamlit as st
        st.text_input('Name', key='name')
        st.session_state.name = 'changed'
    """).run()
    [exc] = at.exception
    assert props(exc)["type"] == "streamlit.errors.StreamlitWidgetAlreadyInstantiatedError"
    assert exc.message.startswith(
        "`st.session_state['name']` cannot be modified after the widget with that key is instantiated."
    )


def test_callback_may_modify_widget_key(app):
    # Wire-level: the `setValue` prop and the value the page keeps (widget_values).
    a = app("""
        import streamlit as st
        def reset():
            st.session_state.name = ''
        st.text_input('Name', key='name')
        st.button('Clear', on_click=reset)
        st.write('Name:', st.session_state.name)
    """)
    a.set_value("name", "Ada")
    assert a.texts() == ["Name: Ada"]
    a.click("Clear")
    assert a.widget("name").props["value"] == ""
    assert a.widget("name").props["setValue"] is True
    assert a.texts() == ["Name:"]
    assert a.widget_values[a.widget("name").props["id"]] == ""


def test_callback_may_modify_widget_key_as_seen_by_apptest():
    at = AppTest.from_string("""
        import streamlit as st
        def reset():
            st.session_state.name = ''
        st.text_input('Name', key='name')
        st.button('Clear', on_click=reset)
        st.write('Name:', st.session_state.name)
    """).run()
    at.text_input(key="name").input("Ada").run()
    assert at.markdown.values == ["Name: Ada"]
    at.button[0].click().run()
    assert at.text_input(key="name").value == ""
    assert at.markdown.values == ["Name:"]
    at.run()  # the page keeps the value the callback set
    assert at.text_input(key="name").value == ""
    assert at.markdown.values == ["Name:"]


def test_duplicate_auto_id_raises():
    at = AppTest.from_string("""
        import streamlit as st
        st.button('OK')
        st.button('OK')
    """).run()
    [exc] = at.exception
    assert props(exc)["type"] == "streamlit.errors.StreamlitDuplicateElementId"
    assert exc.message.startswith("There are multiple `button` elements with the same auto-generated ID.")
    assert "please pass a unique `key` argument to the `button` element." in exc.message
    # The first button was displayed before the error.
    assert len(at.button) == 1


def test_duplicate_key_raises():
    at = AppTest.from_string("""
        import streamlit as st
        st.checkbox('A', key='k')
        st.text_input('B', key='k')
    """).run()
    [exc] = at.exception
    assert props(exc)["type"] == "streamlit.errors.StreamlitDuplicateElementKey"
    assert exc.message == (
        "There are multiple elements with the same `key='k'`. To fix this, please make sure "
        "that the `key` argument is unique for each element you create."
    )


def test_same_label_with_different_keys_is_fine():
    at = AppTest.from_string("""
        import streamlit as st
        st.button('OK', key='a')
        st.button('OK', key='b')
    """).run()
    assert not at.exception
    assert len(at.button) == 2


def test_widget_state_removed_when_run_does_not_create_widget():
    at = AppTest.from_string("""
        import streamlit as st
        show = st.checkbox('Show', value=True)
        if show:
            st.text_input('Name', key='name')
        st.write('name' in st.session_state)
    """).run()
    at.text_input(key="name").set_value("Ada").run()
    assert at.session_state["name"] == "Ada"
    at.checkbox[0].uncheck().run()
    # This run did not create the widget: its state goes at the end of the run.
    assert "name" not in at.session_state
    with pytest.raises(KeyError):
        at.session_state["name"]
    at.run()
    assert at.markdown.values == ["`False`"]
    at.checkbox[0].check().run()
    assert at.text_input(key="name").value == ""


def test_plain_values_survive_when_widgets_disappear():
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.setdefault('kept', 'yes')
        if st.checkbox('Show'):
            st.text_input('Name', key='name')
    """).run()
    at.checkbox[0].check().run()
    at.checkbox[0].uncheck().run()
    assert at.session_state["kept"] == "yes"


def test_callbacks_run_before_the_script_with_args_and_kwargs():
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.setdefault('log', [])
        def changed(name, suffix=''):
            st.session_state.log.append(name + suffix + ':' + str(st.session_state.t))
        st.text_input('T', key='t', on_change=changed, args=('t',), kwargs={'suffix': '!'})
        st.write(st.session_state.log)
    """).run()
    at.text_input(key="t").set_value("hello").run()
    assert at.json.values == ['["t!:hello"]']
    at.run()  # no change: no callback
    assert at.json.values == ['["t!:hello"]']


def test_callbacks_follow_widget_order():
    at = AppTest.from_string("""
        import streamlit as st
        st.session_state.setdefault('log', [])
        st.checkbox('one', key='one', on_change=lambda: st.session_state.log.append('one'))
        st.checkbox('two', key='two', on_change=lambda: st.session_state.log.append('two'))
        st.write(st.session_state.log)
    """).run()
    # Set in the opposite order: the callbacks still follow the widgets' order.
    at.checkbox(key="two").check()
    at.checkbox(key="one").check()
    at.run()
    assert at.json.values == ['["one", "two"]']


def test_button_is_true_for_one_run_only():
    at = AppTest.from_string("""
        import streamlit as st
        st.write(st.button('Go'))
    """).run()
    at.button[0].click().run()
    assert at.markdown.values == ["`True`"]
    assert at.button[0].value is True
    at.run()
    assert at.markdown.values == ["`False`"]
    assert at.button[0].value is False


def test_unkeyed_widgets_are_not_in_session_state():
    at = AppTest.from_string("""
        import streamlit as st
        st.checkbox('unkeyed')
        st.checkbox('keyed', key='k')
        st.write(list(st.session_state.keys()))
    """).run()
    at.run()
    assert at.json.values == ['["k"]']
    assert list(at.session_state.keys()) == ["k"]


def test_widget_state_changes_do_not_leak_to_disabled_widgets(app):
    # Wire-level: forges a value from the page for a disabled widget (AppTest refuses to set one).
    a = app("""
        import streamlit as st
        st.write(st.text_input('T', value='fixed', disabled=True))
    """)
    a.widget_values[a.widget("T").props["id"]] = "forged"
    a.run()
    assert a.texts() == ["fixed"]


def test_default_and_session_state_value_prefers_session_state(capsys):
    at = AppTest.from_string("""
        import streamlit as st
        if 'n' not in st.session_state:
            st.session_state.n = 7
        st.write(st.number_input('N', value=3, key='n'))
    """).run()
    assert at.markdown.values == ["`7`"]
    assert at.number_input(key="n").value == 7
    assert 'The widget with key "n" was created with a default value' in capsys.readouterr().err
