"""st.mermaid_chart: a ```` ```mermaid ```` markdown block, as Streamlit 1.67
sends it (bodies checked against Streamlit's), with `alt` as a %% stAlt line."""

from wasmlit.elements.mermaid_chart import fenced, preamble_length, with_alt
from wasmlit.testing import AppTest


def test_bodies_match_streamlits(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        st.mermaid_chart("graph LR\\n  A-->B")
        st.mermaid_chart("%%{init: {'theme': 'dark'}}%%\\n%% a comment\\ngraph TD\\n  X-->Y", alt="Dark\\nflow")
        st.mermaid_chart("%% stAlt: old\\ngraph TD\\n  X-->Y", alt="new")
        st.mermaid_chart("%%{\\n init: {}\\n}%%\\ngraph TD\\n  X[\\"`md`\\"]-->Y````z", alt="a")
        st.mermaid_chart("  graph LR\\n    A-->B  ", width="content", alt="   ")
    """)
    ).run()
    assert [m.value for m in at.markdown] == [
        "````mermaid\ngraph LR\n  A-->B\n````",
        "````mermaid\n%%{init: {'theme': 'dark'}}%%\n%% a comment\n%% stAlt: Dark flow\ngraph TD\n  X-->Y\n````",
        "````mermaid\n%% stAlt: new\ngraph TD\n  X-->Y\n````",
        '`````mermaid\n%%{\n init: {}\n}%%\n%% stAlt: a\ngraph TD\n  X["`md`"]-->Y````z\n`````',
        "````mermaid\n  graph LR\n    A-->B  \n````",
    ]
    assert [m.type for m in at.markdown] == ["markdown"] * 5


def test_front_matter_and_helpers():
    assert preamble_length(["---\n", "title: x\n", "---\n", "graph LR\n"]) == 3
    assert with_alt("---\ntitle: x\n---\ngraph LR", "T") == "---\ntitle: x\n---\n%% stAlt: T\ngraph LR"
    assert fenced("a ``` b") == "````mermaid\na ``` b\n````"


def test_width_is_checked(app_file):
    at = AppTest.from_file(app_file('import streamlit as st\nst.mermaid_chart("graph LR", width="x")\n')).run()
    assert at.exception[0].message == (
        "Invalid width value: 'x'. Width must be either a positive integer (pixels), 'stretch', or 'content'."
    )
