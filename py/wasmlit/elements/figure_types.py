"""Recognising Plotly, Graphviz and pydeck objects by their types' names,
without importing those packages (st.write and the chart commands)."""

from __future__ import annotations

from typing import Any

# The graphviz package's graph classes (graphviz < 0.18 kept them in graphviz.dot).
GRAPHVIZ_TYPES = frozenset(
    {
        "graphviz.dot.Graph",
        "graphviz.dot.Digraph",
        "graphviz.graphs.Graph",
        "graphviz.graphs.Digraph",
        "graphviz.sources.Source",
    }
)
PLOTLY_FIGURE = "plotly.graph_objs._figure.Figure"
PYDECK_DECK = "pydeck.bindings.deck.Deck"
_PLOTLY_DICT_KEYS = {"config", "data", "frames", "layout"}


def full_type_name(value: Any) -> str:
    kind = type(value)
    return f"{kind.__module__}.{kind.__qualname__}"


def is_graphviz_chart(value: Any) -> bool:
    return full_type_name(value) in GRAPHVIZ_TYPES


def is_pydeck(value: Any) -> bool:
    return full_type_name(value) == PYDECK_DECK


def _is_plotly_object(value: Any) -> bool:
    return type(value).__module__.startswith("plotly.graph_objs")


def _is_list_of_plotly_objects(value: Any) -> bool:
    return isinstance(value, list) and len(value) > 0 and all(_is_plotly_object(item) for item in value)


def is_plotly_chart(value: Any) -> bool:
    """A Plotly figure, a list of Plotly traces, or a figure dict holding Plotly objects."""
    if full_type_name(value) == PLOTLY_FIGURE or _is_list_of_plotly_objects(value):
        return True
    if not isinstance(value, dict) or not value or any(key not in _PLOTLY_DICT_KEYS for key in value):
        return False
    return any(_is_plotly_object(v) or _is_list_of_plotly_objects(v) for v in value.values())
