"""st.graphviz_chart: DOT text and engine from strings and graphviz objects,
sizes, and Streamlit 1.67's errors."""

import pytest

from wasmlit.testing import AppTest


def _props(at):
    return [m["node"]["props"] for m in at._messages if m["type"] == "delta" and m["node"]["type"] == "graphvizChart"]


def test_dot_text(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        st.graphviz_chart("digraph { a -> b }")
        st.graphviz_chart("graph { x -- y }", use_container_width=True, height=300, alt=" Two nodes ")
    """)
    ).run()
    first, second = _props(at)
    assert (first["spec"], first["engine"], first["width"], first["height"], first["alt"]) == (
        "digraph { a -> b }",
        "dot",
        "content",
        "content",
        None,
    )
    assert (second["width"], second["height"], second["alt"]) == ("stretch", 300, "Two nodes")
    assert first["elementId"] != second["elementId"]
    assert [c.type for c in at.get("graphviz_chart")] == ["graphviz_chart"] * 2
    assert at.get("graphviz_chart")[0].value is None


def test_graphviz_objects(app_file):
    pytest.importorskip("graphviz")
    at = AppTest.from_file(
        app_file("""
        import graphviz
        import streamlit as st
        g = graphviz.Digraph(engine="neato")
        g.edge("run", "stop")
        st.graphviz_chart(g)
        st.graphviz_chart(graphviz.Source("digraph { z }", engine="circo"))
    """)
    ).run()
    first, second = _props(at)
    assert (first["spec"], first["engine"]) == ("digraph {\n\trun -> stop\n}\n", "neato")
    assert (second["spec"], second["engine"]) == ("digraph { z }\n", "circo")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "st.graphviz_chart(42)",
            "Invalid `figure_or_dot` type. Expected one of: graphviz.Graph, graphviz.Digraph, "
            "graphviz.Source, str. Provided type: int.",
        ),
        (
            "st.graphviz_chart('digraph {}', width=0)",
            "Invalid width value: 0. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
        ),
        (
            "st.graphviz_chart('digraph {}', height='auto')",
            "Invalid height value: 'auto'. Height must be either a positive integer (pixels), 'stretch', or 'content'.",
        ),
    ],
)
def test_errors(app_file, call, message):
    at = AppTest.from_file(app_file(f"import streamlit as st\n{call}\n")).run()
    assert at.exception[0].message == message
