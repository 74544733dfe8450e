"""Tooltips (``help``) as Streamlit 1.67 sends them: dedented, not stripped
(AppTest's ``.help`` and the proto keep surrounding spaces and newlines);
a popover's help as given."""


def test_help_is_dedented_not_stripped(app):
    a = app("""
        import streamlit as st
        st.checkbox("a", key="a", help="  padded  ")
        st.checkbox("b", key="b", help="\\n    multi\\n    line\\n")
        st.markdown("m", help="  padded  ")
        with st.popover("p", help="  as given"):
            pass
    """)
    assert a.widget("a").props["help"] == "padded  "
    assert a.widget("b").props["help"] == "\nmulti\nline\n"
    assert a.of_type("markdown")[0].props["help"] == "padded  "
    assert a.of_type("popover")[0].props["help"] == "  as given"
