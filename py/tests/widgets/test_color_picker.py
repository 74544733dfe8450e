"""st.color_picker."""


def test_value_round_trip(app):
    a = app("""
        import streamlit as st
        st.write(st.color_picker('Pick', '#00f900', key='c'))
    """)
    w = a.widget("Pick")
    assert w.type == "colorPicker" and w.props["value"] == "#00f900"
    assert a.texts() == ["#00f900"]
    a.set_value("Pick", "#123abc")
    assert a.texts() == ["#123abc"]


def test_default_black_and_errors(app):
    a = app("""
        import streamlit as st
        st.write(st.color_picker('P'))
    """)
    assert a.texts() == ["#000000"]
    b = app("""
        import streamlit as st
        st.color_picker('P', 'red')
    """)
    exc = b.exceptions[0].props
    assert exc["type"].rsplit(".", 1)[-1] == "StreamlitAPIException"
    assert exc["message"] == "'red' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'."
    c = app("""
        import streamlit as st
        st.color_picker('P', 123)
    """)
    assert c.exceptions[0].props["type"].rsplit(".", 1)[-1] == "StreamlitInvalidParameterTypeError"
