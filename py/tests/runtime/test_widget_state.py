"""Widget values in session state: mirrored under keys, set before creation,
the rules Streamlit enforces, and clean-up of widgets a run did not create."""


def test_widget_value_is_mirrored_under_its_key(app):
    a = app("""
        import streamlit as st
        st.slider('Temperature', 0, 100, 20, key='celsius')
        st.write(st.session_state.celsius)
    """)
    assert a.texts() == ["`20`"]
    a.set_value("celsius", [42])
    assert a.texts() == ["`42`"]
    assert a.session.session_state["celsius"] == 42


def test_initial_value_set_through_session_state(app):
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


def test_setting_button_key_raises_value_assignment_error(app):
    a = app("""
        import streamlit as st
        if 'my_button' not in st.session_state:
            st.session_state.my_button = True
        st.button('Submit', key='my_button')
    """)
    [exc] = a.exceptions
    assert exc.props["type"] == "streamlit.errors.StreamlitValueAssignmentNotAllowedError"
    assert exc.props["message"] == (
        "`st.session_state['my_button']` is read-only and cannot be assigned through "
        "session state. Use a different session state key for values you need to set."
    )
    assert exc.props["messageIsMarkdown"] is True
    assert any("app.py" in line for line in exc.props["stackTrace"])
    assert not any("wasmlit" in line for line in exc.props["stackTrace"])


def test_modifying_widget_key_after_instantiation_raises(app):
    a = app("""
        import streamlit as st
        st.text_input('Name', key='name')
        st.session_state.name = 'changed'
    """)
    [exc] = a.exceptions
    assert exc.props["type"] == "streamlit.errors.StreamlitWidgetAlreadyInstantiatedError"
    assert exc.props["message"].startswith(
        "`st.session_state['name']` cannot be modified after the widget with that key is instantiated."
    )


def test_callback_may_modify_widget_key(app):
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


def test_duplicate_auto_id_raises(app):
    a = app("""
        import streamlit as st
        st.button('OK')
        st.button('OK')
    """)
    [exc] = a.exceptions
    assert exc.props["type"] == "streamlit.errors.StreamlitDuplicateElementId"
    assert exc.props["message"].startswith("There are multiple `button` elements with the same auto-generated ID.")
    assert "please pass a unique `key` argument to the `button` element." in exc.props["message"]
    # The first button was displayed before the error.
    assert len(a.of_type("button")) == 1


def test_duplicate_key_raises(app):
    a = app("""
        import streamlit as st
        st.checkbox('A', key='k')
        st.text_input('B', key='k')
    """)
    [exc] = a.exceptions
    assert exc.props["type"] == "streamlit.errors.StreamlitDuplicateElementKey"
    assert exc.props["message"] == (
        "There are multiple elements with the same `key='k'`. To fix this, please make sure "
        "that the `key` argument is unique for each element you create."
    )


def test_same_label_with_different_keys_is_fine(app):
    a = app("""
        import streamlit as st
        st.button('OK', key='a')
        st.button('OK', key='b')
    """)
    assert not a.exceptions
    assert len(a.of_type("button")) == 2


def test_widget_state_removed_when_run_does_not_create_widget(app):
    a = app("""
        import streamlit as st
        show = st.checkbox('Show', value=True)
        if show:
            st.text_input('Name', key='name')
        st.write('name' in st.session_state)
    """)
    a.set_value("name", "Ada")
    assert a.session.session_state["name"] == "Ada"
    a.set_value("Show", False)
    # This run did not create the widget: its state goes at the end of the run.
    assert "name" not in a.session.session_state
    a.run()
    assert a.texts() == ["`False`"]
    a.set_value("Show", True)
    assert a.widget("name").props["value"] == ""


def test_plain_values_survive_when_widgets_disappear(app):
    a = app("""
        import streamlit as st
        st.session_state.setdefault('kept', 'yes')
        if st.checkbox('Show'):
            st.text_input('Name', key='name')
    """)
    a.set_value("Show", True)
    a.set_value("Show", False)
    assert a.session.session_state["kept"] == "yes"


def test_callbacks_run_before_the_script_with_args_and_kwargs(app):
    a = app("""
        import streamlit as st
        st.session_state.setdefault('log', [])
        def changed(name, suffix=''):
            st.session_state.log.append(name + suffix + ':' + str(st.session_state.t))
        st.text_input('T', key='t', on_change=changed, args=('t',), kwargs={'suffix': '!'})
        st.write(st.session_state.log)
    """)
    a.set_value("t", "hello")
    assert a.texts("json") == ['["t!:hello"]']
    a.run()  # no change: no callback
    assert a.texts("json") == ['["t!:hello"]']


def test_callbacks_follow_widget_order(app):
    a = app("""
        import streamlit as st
        st.session_state.setdefault('log', [])
        st.checkbox('one', key='one', on_change=lambda: st.session_state.log.append('one'))
        st.checkbox('two', key='two', on_change=lambda: st.session_state.log.append('two'))
        st.write(st.session_state.log)
    """)
    one, two = a.widget("one").props["id"], a.widget("two").props["id"]
    a.widget_values[one] = True
    a.widget_values[two] = True
    a.run()
    assert a.texts("json") == ['["one", "two"]']


def test_button_is_true_for_one_run_only(app):
    a = app("""
        import streamlit as st
        st.write(st.button('Go'))
    """)
    a.click("Go")
    assert a.texts() == ["`True`"]
    a.run()
    assert a.texts() == ["`False`"]


def test_unkeyed_widgets_are_not_in_session_state(app):
    a = app("""
        import streamlit as st
        st.checkbox('unkeyed')
        st.checkbox('keyed', key='k')
        st.write(list(st.session_state.keys()))
    """)
    a.run()
    assert a.texts("json") == ['["k"]']


def test_widget_state_changes_do_not_leak_to_disabled_widgets(app):
    a = app("""
        import streamlit as st
        st.write(st.text_input('T', value='fixed', disabled=True))
    """)
    a.widget_values[a.widget("T").props["id"]] = "forged"
    a.run()
    assert a.texts() == ["fixed"]


def test_default_and_session_state_value_prefers_session_state(app, capsys):
    a = app("""
        import streamlit as st
        if 'n' not in st.session_state:
            st.session_state.n = 7
        st.write(st.number_input('N', value=3, key='n'))
    """)
    assert a.texts() == ["`7`"]
    assert 'The widget with key "n" was created with a default value' in capsys.readouterr().err
