"""An unknown keyword raises Python's TypeError with Streamlit 1.67's text,
which names the class that defines the command in Streamlit."""

import pytest

from wasmlit.command_qualnames import STREAMLIT_CLASS
from wasmlit.delta_generator import DeltaGenerator


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.button("x", bogus=1)', "ButtonMixin.button() got an unexpected keyword argument 'bogus'"),
        ('st.badge("x", height=1)', "MarkdownMixin.badge() got an unexpected keyword argument 'height'"),
        ('st.sidebar.title("x", height=1)', "HeadingMixin.title() got an unexpected keyword argument 'height'"),
        ("st.columns(2, height=1)", "LayoutsMixin.columns() got an unexpected keyword argument 'height'"),
        ('st.selectbox("x", [1], bogus=1)', "SelectboxMixin.selectbox() got an unexpected keyword argument 'bogus'"),
    ],
)
def test_unknown_keyword_names_streamlits_class(app, call, message):
    a = app(f"""
        import streamlit as st
        try:
            {call}
        except TypeError as e:
            st.text(str(e))
    """)
    assert a.texts("text") == [message]


def test_every_listed_command_exists():
    assert all(hasattr(DeltaGenerator, command) for command in STREAMLIT_CLASS)
    assert DeltaGenerator.checkbox.__qualname__ == "CheckboxMixin.checkbox"
