"""Every example of the session-state guide (shared/seed/session-state-guide.md)."""

import datetime


def test_counter_without_state_stays_at_one(app):
    a = app("""
        import streamlit as st
        st.title('Counter Example')
        count = 0
        increment = st.button('Increment')
        if increment:
            count += 1
        st.write('Count = ', count)
    """)
    assert a.of_type("heading")[0].props == {
        "tag": "h1", "body": "Counter Example", "anchor": None, "help": None, "divider": None,
    }
    assert a.texts() == ["Count =  `0`"]
    a.click("Increment").click("Increment")
    assert a.texts() == ["Count =  `1`"]


def test_counter_with_session_state(app):
    a = app("""
        import streamlit as st
        st.title('Counter Example')
        if 'count' not in st.session_state:
            st.session_state.count = 0
        increment = st.button('Increment')
        if increment:
            st.session_state.count += 1
        st.write('Count = ', st.session_state.count)
    """)
    for _ in range(3):
        a.click("Increment")
    assert a.texts() == ["Count =  `3`"]
    a.run()
    assert a.texts() == ["Count =  `3`"]


def test_counter_with_callback(app):
    a = app("""
        import streamlit as st
        st.title('Counter Example using Callbacks')
        if 'count' not in st.session_state:
            st.session_state.count = 0
        def increment_counter():
            st.session_state.count += 1
        st.button('Increment', on_click=increment_counter)
        st.write('Count = ', st.session_state.count)
    """)
    a.click("Increment").click("Increment")
    assert a.texts() == ["Count =  `2`"]


def test_callback_with_args(app):
    a = app("""
        import streamlit as st
        st.title('Counter Example using Callbacks with args')
        if 'count' not in st.session_state:
            st.session_state.count = 0
        increment_value = st.number_input('Enter a value', value=0, step=1)
        def increment_counter(increment_value):
            st.session_state.count += increment_value
        increment = st.button('Increment', on_click=increment_counter,
            args=(increment_value, ))
        st.write('Count = ', st.session_state.count)
    """)
    number = a.widget("Enter a value")
    assert number.props["dataType"] == "int"
    assert number.props["step"] == 1
    assert number.props["format"] == "%d"
    a.set_value("Enter a value", 5)
    a.click("Increment").click("Increment")
    assert a.texts() == ["Count =  `10`"]


def test_callback_with_kwargs(app):
    a = app("""
        import streamlit as st
        st.title('Counter Example using Callbacks with kwargs')
        if 'count' not in st.session_state:
            st.session_state.count = 0
        def increment_counter(increment_value=0):
            st.session_state.count += increment_value
        def decrement_counter(decrement_value=0):
            st.session_state.count -= decrement_value
        st.button('Increment', on_click=increment_counter,
            kwargs=dict(increment_value=5))
        st.button('Decrement', on_click=decrement_counter,
            kwargs=dict(decrement_value=1))
        st.write('Count = ', st.session_state.count)
    """)
    a.click("Increment").click("Decrement").click("Decrement")
    assert a.texts() == ["Count =  `3`"]


FORM_EXAMPLE = """
    import streamlit as st
    import datetime

    st.title('Counter Example')
    if 'count' not in st.session_state:
        st.session_state.count = 0
        st.session_state.last_updated = datetime.time(0,0)

    def update_counter():
        st.session_state.count += st.session_state.increment_value
        st.session_state.last_updated = st.session_state.update_time

    with st.form(key='my_form'):
        st.time_input(label='Enter the time', value=datetime.datetime.now().time(), key='update_time')
        st.number_input('Enter a value', value=0, step=1, key='increment_value')
        submit = st.form_submit_button(label='Update', on_click=update_counter)

    st.write('Current Count = ', st.session_state.count)
    st.write('Last Updated = ', st.session_state.last_updated)
"""


def test_form_with_callback(app):
    a = app(FORM_EXAMPLE)
    [form] = a.of_type("form")
    assert form.props["formId"] == "my_form"
    assert {n.type for n in form.walk()} >= {"timeInput", "numberInput", "button"}
    assert a.widget("Update").props["isFormSubmitter"] is True
    assert a.widget("increment_value").props["formId"] == "my_form"
    assert a.texts() == ["Current Count =  `0`", "Last Updated =  `00:00:00`"]
    # Values are held until the form is submitted.
    a.set_value("increment_value", 4)
    a.set_value("update_time", "10:15")
    a.run()
    assert a.texts() == ["Current Count =  `0`", "Last Updated =  `00:00:00`"]
    a.click("Update")
    assert a.texts() == ["Current Count =  `4`", "Last Updated =  `10:15:00`"]
    a.click("Update")
    assert a.texts()[0] == "Current Count =  `8`"


def test_form_clear_on_submit_sends_submitted_values(app):
    a = app("""
        import streamlit as st
        with st.form('f', clear_on_submit=True):
            name = st.text_input('Name')
            done = st.form_submit_button()
        if done:
            st.write('Hello', name)
    """)
    assert a.of_type("form")[0].props["clearOnSubmit"] is True
    assert a.widget("Name").props["default"] == ""
    a.set_value("Name", "Ada")
    a.click("Submit")
    assert a.texts() == ["Hello Ada"]


def test_slider_bound_to_session_state(app):
    a = app("""
        import streamlit as st
        if "celsius" not in st.session_state:
            st.session_state.celsius = 50.0
        st.slider("Temperature in Celsius", min_value=-100.0, max_value=100.0, key="celsius")
        st.write(st.session_state.celsius)
    """)
    assert a.texts() == ["`50.0`"]
    a.set_value("celsius", [-12.5])
    assert a.texts() == ["`-12.5`"]


def test_button_key_assignment_raises(app):
    a = app("""
        import streamlit as st
        if 'my_button' not in st.session_state:
            st.session_state.my_button = True
        st.button('Submit', key='my_button')
    """)
    assert a.exceptions[0].props["type"].endswith("StreamlitValueAssignmentNotAllowedError")


def test_uninitialized_key_raises(app):
    a = app("""
        import streamlit as st
        st.write(st.session_state['value'])
    """)
    assert a.exceptions[0].props["type"] == "KeyError"
