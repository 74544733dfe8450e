"""Every example of the session-state guide (shared/seed/session-state-guide.md)."""

import datetime

from harness import props
from wasmlit.testing import AppTest


def test_counter_without_state_stays_at_one():
    at = AppTest.from_string("""
        import streamlit as st
        st.title('Counter Example')
        count = 0
        increment = st.button('Increment')
        if increment:
            count += 1
        st.write('Count = ', count)
    """).run()
    title = at.title[0]
    assert (title.tag, title.value, title.anchor, title.help, title.divider) == ("h1", "Counter Example", None, "", "")
    assert at.markdown.values == ["Count =  `0`"]
    at.button[0].click().run()
    at.button[0].click().run()
    assert at.markdown.values == ["Count =  `1`"]


def test_counter_title_wire_props(app):
    # Wire-level: the heading's exact props (AppTest has attributes, not the props dict).
    a = app("""
        import streamlit as st
        st.title('Counter Example')
    """)
    assert a.of_type("heading")[0].props == {
        "tag": "h1",
        "body": "Counter Example",
        "anchor": None,
        "help": None,
        "divider": None,
    }


def test_counter_with_session_state():
    at = AppTest.from_string("""
        import streamlit as st
        st.title('Counter Example')
        if 'count' not in st.session_state:
            st.session_state.count = 0
        increment = st.button('Increment')
        if increment:
            st.session_state.count += 1
        st.write('Count = ', st.session_state.count)
    """).run()
    for _ in range(3):
        at.button[0].click().run()
    assert at.markdown.values == ["Count =  `3`"]
    at.run()
    assert at.markdown.values == ["Count =  `3`"]
    assert at.session_state.count == 3


def test_counter_with_callback():
    at = AppTest.from_string("""
        import streamlit as st
        st.title('Counter Example using Callbacks')
        if 'count' not in st.session_state:
            st.session_state.count = 0
        def increment_counter():
            st.session_state.count += 1
        st.button('Increment', on_click=increment_counter)
        st.write('Count = ', st.session_state.count)
    """).run()
    at.button[0].click().run()
    at.button[0].click().run()
    assert at.markdown.values == ["Count =  `2`"]


def test_callback_with_args():
    at = AppTest.from_string("""
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
    """).run()
    number = at.number_input[0]
    assert number.label == "Enter a value"
    assert number.data_type == "int"
    assert number.step == 1
    assert number.format == "%d"
    number.set_value(5).run()
    at.button[0].click().run()
    at.button[0].click().run()
    assert at.markdown.values == ["Count =  `10`"]


def test_callback_with_kwargs():
    at = AppTest.from_string("""
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
    """).run()
    assert [b.label for b in at.button] == ["Increment", "Decrement"]
    at.button[0].click().run()
    at.button[1].click().run()
    at.button[1].click().run()
    assert at.markdown.values == ["Count =  `3`"]


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


def test_form_with_callback():
    at = AppTest.from_string(FORM_EXAMPLE).run()
    [form] = at.form
    assert form.key == "my_form"
    assert props(form)["formId"] == "my_form"
    assert {e.type for e in form} >= {"time_input", "number_input", "button"}
    [update] = at.form_submit_button
    assert update.label == "Update"
    assert update.is_form_submitter is True
    assert at.number_input(key="increment_value").form_id == "my_form"
    assert at.markdown.values == ["Current Count =  `0`", "Last Updated =  `00:00:00`"]
    # Values are held until the form is submitted.
    at.number_input(key="increment_value").set_value(4)
    at.time_input(key="update_time").set_value(datetime.time(10, 15))
    at.run()
    assert at.markdown.values == ["Current Count =  `0`", "Last Updated =  `00:00:00`"]
    assert at.session_state.count == 0
    at.number_input(key="increment_value").set_value(4)
    at.time_input(key="update_time").set_value(datetime.time(10, 15))
    at.form_submit_button[0].click().run()
    assert at.markdown.values == ["Current Count =  `4`", "Last Updated =  `10:15:00`"]
    at.form_submit_button[0].click().run()
    assert at.markdown.values[0] == "Current Count =  `8`"


def test_form_clear_on_submit_sends_submitted_values():
    at = AppTest.from_string("""
        import streamlit as st
        with st.form('f', clear_on_submit=True):
            name = st.text_input('Name')
            done = st.form_submit_button()
        if done:
            st.write('Hello', name)
    """).run()
    assert props(at.form[0])["clearOnSubmit"] is True
    assert at.text_input[0].label == "Name"
    assert at.text_input[0].default == ""
    at.text_input[0].set_value("Ada")
    assert at.form_submit_button[0].label == "Submit"
    at.form_submit_button[0].click().run()
    assert at.markdown.values == ["Hello Ada"]


def test_slider_bound_to_session_state():
    at = AppTest.from_string("""
        import streamlit as st
        if "celsius" not in st.session_state:
            st.session_state.celsius = 50.0
        st.slider("Temperature in Celsius", min_value=-100.0, max_value=100.0, key="celsius")
        st.write(st.session_state.celsius)
    """).run()
    assert at.markdown.values == ["`50.0`"]
    at.slider(key="celsius").set_value(-12.5).run()
    assert at.markdown.values == ["`-12.5`"]


def test_button_key_assignment_raises():
    at = AppTest.from_string("""
        import streamlit as st
        if 'my_button' not in st.session_state:
            st.session_state.my_button = True
        st.button('Submit', key='my_button')
    """).run()
    assert props(at.exception[0])["type"].endswith("StreamlitValueAssignmentNotAllowedError")


def test_uninitialized_key_raises():
    at = AppTest.from_string("""
        import streamlit as st
        st.write(st.session_state['value'])
    """).run()
    assert props(at.exception[0])["type"] == "KeyError"
