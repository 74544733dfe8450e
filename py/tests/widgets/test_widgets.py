"""Each widget's return value, typing and props."""

import datetime

import pytest


def test_checkbox_and_toggle(app):
    a = app("""
        import streamlit as st
        st.write(st.checkbox('C'), st.toggle('T', value=True))
    """)
    assert a.widget("C").props["style"] == "checkbox"
    assert a.widget("T").props["style"] == "toggle"
    assert a.texts() == ["`False` `True`"]
    a.set_value("C", True)
    assert a.texts() == ["`True` `True`"]


def test_text_input_and_area(app):
    a = app("""
        import streamlit as st
        v = st.text_input('Name', 'Ada', max_chars=5, type='password', placeholder='who?')
        w = st.text_area('Bio', value=None)
        st.write(repr(v), repr(w))
    """)
    name = a.widget("Name")
    assert name.props["inputType"] == "password" and name.props["maxChars"] == 5
    assert name.props["placeholder"] == "who?"
    assert a.texts() == ["'Ada' None"]
    a.set_value("Name", "Grace Hopper")
    assert a.texts() == ["'Grace' None"]


def test_text_input_rejects_unknown_type(app):
    a = app("""
        import streamlit as st
        st.text_input('x', type='email')
    """)
    assert "Invalid `type` value" in a.exceptions[0].props["message"]


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
def test_number_input_typing(app, call, expected_type, expected_text):
    a = app(f"import streamlit as st\nst.write({call})\n")
    assert a.widget("n").props["dataType"] == expected_type
    assert a.texts() == [expected_text]


def test_number_input_value_from_page_keeps_type(app):
    a = app("""
        import streamlit as st
        v = st.number_input('f', value=1.0)
        i = st.number_input('i', value=1)
        st.write(type(v).__name__, type(i).__name__, v, i)
    """)
    a.widget_values[a.widget("f").props["id"]] = 2
    a.widget_values[a.widget("i").props["id"]] = 7.0
    a.run()
    assert a.texts() == ["float int `2.0` `7`"]


def test_number_input_errors(app):
    a = app("import streamlit as st\nst.number_input('n', min_value=1, value=0.5)\n")
    exc = a.exceptions[0].props
    assert exc["type"] == "streamlit.errors.StreamlitMixedNumericTypesError"
    assert exc["message"] == (
        "All numerical arguments must be of the same type.\n`value` has float type.\n`min_value` has int type."
    )
    a = app("import streamlit as st\nst.number_input('n', min_value=5, value=1)\n")
    assert a.exceptions[0].props["message"] == "The `value` 1 is less than the `min_value` 5."
    a = app("import streamlit as st\nst.number_input('n', max_value=5, value=9)\n")
    assert a.exceptions[0].props["message"] == "The `value` 9 is greater than the `max_value` 5."
    a = app("import streamlit as st\nst.number_input('n', format='%q')\n")
    assert "invalid characters: %q" in a.exceptions[0].props["message"]


def test_number_input_format_and_bounds(app):
    a = app("""
        import streamlit as st
        st.number_input('n', min_value=0.0, max_value=10.0, value=2.5, step=0.5, format='%.3f')
    """)
    p = a.widget("n").props
    assert (p["min"], p["max"], p["step"], p["format"], p["value"]) == (0.0, 10.0, 0.5, "%.3f", 2.5)


def test_slider_single_and_range(app):
    a = app("""
        import streamlit as st
        x = st.slider('x')
        r = st.slider('r', 0.0, 100.0, (25.0, 75.0))
        st.write(x, r)
    """)
    x, r = a.widget("x").props, a.widget("r").props
    assert (x["min"], x["max"], x["step"], x["value"], x["dataType"]) == (0, 100, 1, [0], "int")
    assert (r["value"], r["dataType"], r["format"]) == ([25.0, 75.0], "float", "%0.2f")
    assert a.texts() == ["`0` `(25.0, 75.0)`"]
    a.set_value("r", [10, 20])
    assert a.texts() == ["`0` `(10.0, 20.0)`"]


def test_slider_dates_and_times(app):
    a = app("""
        import datetime as dt
        import streamlit as st
        d = st.slider('d', value=dt.date(2024, 1, 10))
        t = st.slider('t', value=(dt.time(9, 0), dt.time(17, 0)))
        st.write(str(d), str(t[0]), str(t[1]))
    """)
    assert a.texts() == ["2024-01-10 09:00:00 17:00:00"]
    d = a.widget("d").props
    assert d["dataType"] == "date" and d["step"] == 86400 * 10**6
    a.set_value("d", [d["value"][0] + 86400 * 10**6])
    assert a.texts() == ["2024-01-11 09:00:00 17:00:00"]


def test_selectbox_and_radio(app):
    a = app("""
        import streamlit as st
        s = st.selectbox('pick', ['a', 'b', 'c'], index=1, format_func=str.upper)
        r = st.radio('mode', [1, 2, 3], horizontal=True, captions=['one', 'two', 'three'])
        n = st.selectbox('none', ['x'], index=None, placeholder='choose')
        st.write(s, r, n)
    """)
    pick = a.widget("pick").props
    assert pick["options"] == ["A", "B", "C"] and pick["value"] == "B"
    assert a.widget("mode").props["captions"] == ["one", "two", "three"]
    assert a.widget("none").props["placeholder"] == "choose"
    assert a.texts() == ["b `1` `None`"]
    a.set_value("pick", "C")
    a.set_value("mode", "3")
    assert a.texts() == ["c `3` `None`"]


def test_selectbox_keeps_key_value_when_options_change(app):
    a = app("""
        import streamlit as st
        opts = st.session_state.get('opts', ['a', 'b', 'c'])
        v = st.selectbox('pick', opts, key='p')
        st.write(v)
    """)
    a.set_value("p", "c")
    a.session.session_state._old_state["opts"] = ["c", "d"]
    a.run()
    assert a.texts() == ["c"]
    a.session.session_state._old_state["opts"] = ["x", "y"]
    a.run()
    assert a.texts() == ["x"]


def test_selectbox_index_errors(app):
    a = app("import streamlit as st\nst.selectbox('s', ['a'], index=3)\n")
    assert a.exceptions[0].props["message"] == (
        "The `index` parameter, set to 3, is outside the required range [0, 0]."
    )


def test_time_input(app):
    a = app("""
        import datetime
        import streamlit as st
        t = st.time_input('t', datetime.time(8, 45))
        n = st.time_input('n', value=None)
        st.write(str(t), n)
    """)
    assert a.widget("t").props["value"] == "08:45"
    assert a.widget("t").props["step"] == 900
    assert a.texts() == ["08:45:00 `None`"]
    a.set_value("t", "13:30")
    assert a.texts() == ["13:30:00 `None`"]


def test_label_visibility_is_validated(app):
    a = app("import streamlit as st\nst.checkbox('c', label_visibility='gone')\n")
    assert "Invalid `label_visibility` value" in a.exceptions[0].props["message"]


def test_form_submit_button_has_automatic_key(app):
    a = app("""
        import streamlit as st
        with st.form('f'):
            st.text_input('x')
            st.form_submit_button('Go')
        st.write(list(st.session_state.keys()))
    """)
    a.run()
    assert a.widget("Go").props["key"] == "FormSubmitter:f-Go"
    assert a.texts("json") == ['["FormSubmitter:f-Go"]']
