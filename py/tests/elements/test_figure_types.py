"""st.write draws Plotly figures, graphviz graphs and pydeck decks with their
chart commands (as Streamlit does); other dicts stay JSON."""

import pytest

from wasmlit.elements.figure_types import is_graphviz_chart, is_plotly_chart, is_pydeck
from wasmlit.testing import AppTest


def test_st_write_dispatches_figures(app_file):
    pytest.importorskip("plotly")
    pytest.importorskip("graphviz")
    pytest.importorskip("pydeck")
    at = AppTest.from_file(
        app_file("""
        import graphviz
        import plotly.graph_objects as go
        import pydeck as pdk
        import streamlit as st
        st.write(go.Figure(go.Bar(y=[1])))
        st.write({"data": [go.Bar(y=[2])]})
        st.write([go.Scatter(y=[3])])
        st.write(graphviz.Digraph())
        st.write(pdk.Deck())
        st.write({"data": [{"type": "bar"}]})
        st.write("a", go.Figure(), "b")
    """)
    ).run(timeout=60)
    assert [node.type for node in at.main.children.values()] == [
        "plotly_chart",
        "plotly_chart",
        "plotly_chart",
        "graphviz_chart",
        "deck_gl_json_chart",
        "json",
        "markdown",
        "plotly_chart",
        "markdown",
    ]


def test_recognised_without_importing_the_packages():
    class Figure:
        pass

    Figure.__module__ = "plotly.graph_objs._figure"
    Figure.__qualname__ = "Figure"
    assert is_plotly_chart(Figure()) and is_plotly_chart({"data": [Figure()], "layout": {}})
    assert not is_plotly_chart({"data": [], "layout": {}}) and not is_plotly_chart([])
    assert not is_graphviz_chart("digraph {}") and not is_pydeck({})
