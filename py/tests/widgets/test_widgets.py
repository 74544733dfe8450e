"""Each widget's return value, typing and props."""

import datetime

import pytest

from harness import props
from wasmlit.testing import AppTest


def run(source: str) -> AppTest:
    return AppTest.from_string(source).run()


def test_checkbox_and_toggle():
    at = run("""
        import streamlit as st
        st.write(st.checkbox('C'), st.toggle('T', value=True))
    """)
    [c], [t] = at.checkbox, at.toggle
    assert (c.label, c.style) == ("C", "checkbox")
    assert (t.label, t.style) == ("T", "toggle")
    assert at.markdown.values == ["`False` `True`"]
    c.check().run()
    assert at.markdown.values == ["`True` `True`"]
    assert at.checkbox[0].value is True and at.toggle[0].value is True


def test_text_input_and_area():
    at = run("""
        import streamlit as st
        v = st.text_input('Name', 'Ada', max_chars=5, type='password', placeholder='who?')
        w = st.text_area('Bio', value=None)
        st.write(repr(v), repr(w))
    """)
    name = at.text_input[0]
    assert name.label == "Name"
    assert name.input_type == "password" and name.max_chars == 5
    assert name.placeholder == "who?"
    assert at.markdown.values == ["'Ada' None"]
    # A value longer than max_chars from the page is cut by the runtime.
    name.set_value("Grace Hopper").run()
    assert at.markdown.values == ["'Grace' None"]


def test_text_input_rejects_unknown_type():
    at = run("""
        import streamlit as st
        st.text_input('x', type='mail')
    """)
    assert at.exception[0].message == (
        "Invalid `type` value. Supported values: 'default', 'password', 'email', 'url', 'phone', 'search'."
    )


@pytest.mark.parametrize(
    "call, expected_type, expected_text",
    [
        ("st.number_input('n')", "float", "`0.0`"),
        ("st.number_input('n', value=3)", "int", "`3`"),
        ("st.number_input('n', min_value=1.5)", "float", "`1.5`"),
        ("st.number_input('n', value=None)", "float", "`None`"),
        ("st.number_input('n', value=None, step=1)", "int", "`None`"),
    ],
)
def test_number_input_typing(call, expected_type, expected_text):
    at = run(f"import streamlit as st\nst.write({call})\n")
    assert at.number_input[0].label == "n"
    assert at.number_input[0].data_type == expected_type
    assert at.markdown.values == [expected_text]


def test_number_input_value_from_page_keeps_type():
    at = run("""
        import streamlit as st
        v = st.number_input('f', value=1.0)
        i = st.number_input('i', value=1)
        st.write(type(v).__name__, type(i).__name__, v, i)
    """)
    f, i = at.number_input
    assert (f.label, i.label) == ("f", "i")
    # Sent as they are (an int for the float widget, a float for the int one).
    f.set_value(2)
    i.set_value(7.0)
    at.run()
    assert at.markdown.values == ["float int `2.0` `7`"]


def test_number_input_errors():
    at = run("import streamlit as st\nst.number_input('n', min_value=1, value=0.5)\n")
    exc = at.exception[0]
    assert props(exc)["type"] == "streamlit.errors.StreamlitMixedNumericTypesError"
    assert exc.message == (
        "All numerical arguments must be of the same type.\n`value` has float type.\n`min_value` has int type."
    )
    at = run("import streamlit as st\nst.number_input('n', min_value=5, value=1)\n")
    assert at.exception[0].message == "The `value` 1 is less than the `min_value` 5."
    at = run("import streamlit as st\nst.number_input('n', max_value=5, value=9)\n")
    assert at.exception[0].message == "The `value` 9 is greater than the `max_value` 5."
    at = run("import streamlit as st\nst.number_input('n', format='%q')\n")
    assert "invalid characters: %q" in at.exception[0].message


def test_number_input_format_and_bounds():
    at = run("""
        import streamlit as st
        st.number_input('n', min_value=0.0, max_value=10.0, value=2.5, step=0.5, format='%.3f')
    """)
    n = at.number_input[0]
    assert (n.min, n.max, n.step, n.format, n.value) == (0.0, 10.0, 0.5, "%.3f", 2.5)


def test_slider_single_and_range():
    at = run("""
        import streamlit as st
        x = st.slider('x')
        r = st.slider('r', 0.0, 100.0, (25.0, 75.0))
        st.write(x, r)
    """)
    x, r = at.slider
    assert (x.label, r.label) == ("x", "r")
    assert (x.min, x.max, x.step, x.value, props(x)["dataType"]) == (0, 100, 1, 0, "int")
    assert (r.value, props(r)["dataType"], r.data_type, r.format) == ((25.0, 75.0), "float", 1, "%0.2f")
    assert at.markdown.values == ["`0` `(25.0, 75.0)`"]
    r.set_range(10, 20).run()
    assert at.markdown.values == ["`0` `(10.0, 20.0)`"]


def test_slider_dates_and_times():
    at = run("""
        import datetime as dt
        import streamlit as st
        d = st.slider('d', value=dt.date(2024, 1, 10))
        t = st.slider('t', value=(dt.time(9, 0), dt.time(17, 0)))
        st.write(str(d), str(t[0]), str(t[1]))
    """)
    assert at.markdown.values == ["2024-01-10 09:00:00 17:00:00"]
    d = at.slider[0]
    assert d.label == "d" and d.value == datetime.date(2024, 1, 10)
    assert props(d)["dataType"] == "date" and d.data_type == 3 and d.step == 86400 * 10**6
    d.set_value(datetime.date(2024, 1, 11)).run()
    assert at.markdown.values == ["2024-01-11 09:00:00 17:00:00"]


def test_selectbox_and_radio():
    at = run("""
        import streamlit as st
        s = st.selectbox('pick', ['a', 'b', 'c'], index=1, format_func=str.upper)
        r = st.radio('mode', [1, 2, 3], horizontal=True, captions=['one', 'two', 'three'])
        n = st.selectbox('none', ['x'], index=None, placeholder='choose')
        st.write(s, r, n)
    """)
    pick, none = at.selectbox
    mode = at.radio[0]
    assert (pick.label, mode.label, none.label) == ("pick", "mode", "none")
    assert pick.options == ["A", "B", "C"] and pick.value == "b" and pick.index == 1
    assert mode.captions == ["one", "two", "three"] and mode.horizontal is True
    assert none.placeholder == "choose" and none.value is None
    assert at.markdown.values == ["b `1` `None`"]
    pick.select("c")
    mode.select(3)
    at.run()
    assert at.markdown.values == ["c `3` `None`"]


def test_selectbox_keeps_key_value_when_options_change():
    at = run("""
        import streamlit as st
        opts = st.session_state.get('opts', ['a', 'b', 'c'])
        v = st.selectbox('pick', opts, key='p')
        st.write(v)
    """)
    at.selectbox(key="p").select("c").run()
    at.session_state["opts"] = ["c", "d"]
    at.run()
    assert at.markdown.values == ["c"]
    at.session_state["opts"] = ["x", "y"]
    at.run()
    assert at.markdown.values == ["x"]


def test_selectbox_index_errors():
    at = run("import streamlit as st\nst.selectbox('s', ['a'], index=3)\n")
    assert at.exception[0].message == ("The `index` parameter, set to 3, is outside the required range [0, 0].")


def test_time_input():
    at = run("""
        import datetime
        import streamlit as st
        t = st.time_input('t', datetime.time(8, 45))
        n = st.time_input('n', value=None)
        st.write(str(t), n)
    """)
    t = at.time_input[0]
    assert t.label == "t" and t.value == datetime.time(8, 45)
    assert props(t)["step"] == 900
    assert at.markdown.values == ["08:45:00 `None`"]
    t.set_value(datetime.time(13, 30)).run()
    assert at.markdown.values == ["13:30:00 `None`"]


def test_label_visibility_is_validated():
    at = run("import streamlit as st\nst.checkbox('c', label_visibility='gone')\n")
    assert "Invalid `label_visibility` value" in at.exception[0].message


def test_form_submit_button_has_automatic_key():
    at = run("""
        import streamlit as st
        with st.form('f'):
            st.text_input('x')
            st.form_submit_button('Go')
        st.write(list(st.session_state.keys()))
    """)
    at.run()
    [go] = at.form_submit_button
    assert go.label == "Go"
    assert go.key == "FormSubmitter:f-Go"
    assert at.json.values == ['["FormSubmitter:f-Go"]']
