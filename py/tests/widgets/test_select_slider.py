"""st.select_slider: single values and ranges over arbitrary options."""


def test_single_value(app):
    a = app("""
        import streamlit as st
        v = st.select_slider('Size', ['S', 'M', 'L'], value='M')
        st.write(repr(v))
    """)
    w = a.widget("Size")
    assert w.type == "slider"
    assert w.props["options"] == ["S", "M", "L"] and w.props["value"] == ["M"]
    assert w.props["min"] == 0 and w.props["max"] == 2
    assert a.texts() == ["'M'"]
    a.set_value("Size", ["L"])
    assert a.texts() == ["'L'"]


def test_default_is_first_option(app):
    a = app("""
        import streamlit as st
        st.write(repr(st.select_slider('N', options=[10, 20, 30], format_func=lambda n: f'{n}%')))
    """)
    assert a.widget("N").props["options"] == ["10%", "20%", "30%"]
    assert a.texts() == ["10"]
    a.set_value("N", ["30%"])
    assert a.texts() == ["30"]


def test_range(app):
    a = app("""
        import streamlit as st
        v = st.select_slider('R', ['a', 'b', 'c', 'd'], value=('c', 'b'))
        st.write(repr(v))
    """)
    assert a.widget("R").props["value"] == ["b", "c"]
    assert a.texts() == ["('b', 'c')"]
    a.set_value("R", ["a", "d"])
    assert a.texts() == ["('a', 'd')"]


def test_errors(app):
    a = app("""
        import streamlit as st
        st.select_slider('E', [])
    """)
    exc = a.exceptions[0].props
    assert exc["type"].rsplit(".", 1)[-1] == "StreamlitMissingRequiredParameterError"
    assert exc["message"] == "The `options` parameter is required. Provide at least one option."
    b = app("""
        import streamlit as st
        st.select_slider('E', ['a'], value='z')
    """)
    assert b.exceptions[0].props["type"].rsplit(".", 1)[-1] == "ValueError"


def test_session_state_value(app):
    a = app("""
        import streamlit as st
        if 's' not in st.session_state:
            st.session_state.s = 'L'
        st.write(repr(st.select_slider('S', ['S', 'M', 'L'], key='s')))
    """)
    assert a.texts() == ["'L'"]
    assert a.widget("S").props["value"] == ["L"]
