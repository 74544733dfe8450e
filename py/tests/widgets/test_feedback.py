"""st.feedback."""


def test_thumbs_round_trip(app):
    a = app("""
        import streamlit as st
        st.write(repr(st.feedback('thumbs', key='f')))
    """)
    w = a.widget("f")
    assert w.type == "feedback" and w.props["feedbackType"] == "thumbs" and w.props["value"] == ""
    assert a.texts() == ["None"]
    a.set_value("f", "1")
    assert a.texts() == ["1"]
    a.set_value("f", "")
    assert a.texts() == ["None"]


def test_stars_default_and_errors(app):
    a = app("""
        import streamlit as st
        st.write(repr(st.feedback('stars', default=2, key='s')))
    """)
    assert a.widget("s").props["value"] == "2"
    assert a.texts() == ["2"]
    b = app("""
        import streamlit as st
        st.feedback('hearts')
    """)
    assert b.exceptions[0].props["type"].rsplit(".", 1)[-1] == "StreamlitValueError"
    c = app("""
        import streamlit as st
        st.feedback('faces', default=5)
    """)
    assert c.exceptions[0].props["type"].rsplit(".", 1)[-1] == "StreamlitValueOutOfRangeError"


def test_invalid_session_state_value_resets(app):
    a = app("""
        import streamlit as st
        if 'f' not in st.session_state:
            st.session_state.f = 7
        st.write(repr(st.feedback('thumbs', key='f')), repr(st.session_state.f))
    """)
    assert a.texts() == ["None None"]
