"""Plotly, Graphviz, maps and Mermaid through the page (tests/test_figure_charts.py)."""

import graphviz
import plotly.graph_objects as go
import streamlit as st

st.header("Plotly")
fig = go.Figure(go.Scatter(x=[1, 2, 3, 4], y=[10, 11, 12, 13], mode="markers", name="points"))
fig.update_layout(title="Scatter")
event = st.plotly_chart(fig, key="scatter", on_select="rerun")
st.write(f"plotly points: {event.selection.point_indices}")
st.write(f"plotly boxes: {len(event.selection.box)}")
st.plotly_chart({"data": [{"type": "bar", "x": ["a", "b"], "y": [3, 5]}]}, theme=None, key="bars")

st.header("Graphviz")
graph = graphviz.Digraph()
graph.edge("run", "stop")
st.graphviz_chart(graph)
st.graphviz_chart("digraph { a -> b -> c }", use_container_width=True)

st.header("Maps")
st.map({"lat": [37.76, 37.77, 37.78], "lon": [-122.40, -122.41, -122.42]}, size=50, color="#0044ff", zoom=12)


class Deck:
    """What st.pydeck_chart reads from a pydeck.Deck: its JSON and tooltip."""

    _tooltip = {"text": "{name}"}

    def to_json(self):
        return """{"initialViewState": {"latitude": 0, "longitude": 0, "zoom": 4},
                   "layers": [{"@@type": "ScatterplotLayer", "id": "dots",
                               "data": [{"name": "west", "pos": [-2, 0]}, {"name": "east", "pos": [2, 0]}],
                               "getPosition": "@@=pos", "getRadius": 60000, "getFillColor": [255, 0, 0]}]}"""


picked = st.pydeck_chart(Deck(), on_select="rerun", key="deck")
st.write(f"deck picked: {picked.selection.indices}")

st.header("Mermaid")
st.mermaid_chart("graph LR\n  A[Start] --> B[Stop]", alt="Start to stop")
st.markdown("```mermaid\nsequenceDiagram\n  Alice->>Bob: Hi\n```")
