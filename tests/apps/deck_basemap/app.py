"""Base maps under decks, from a given style only (tests/test_figure_charts.py):
the deck's own style (an inline style document here), and the wasmlit.mapStyle
option (.streamlit/config.toml) for st.map."""

import json

import streamlit as st

GREEN_STYLE = {"version": 8, "sources": {}, "layers": [
    {"id": "land", "type": "background", "paint": {"background-color": "#00c853"}},
]}


class Deck:
    """What st.pydeck_chart reads from a pydeck.Deck."""

    def to_json(self):
        return json.dumps({
            "initialViewState": {"latitude": 10, "longitude": 10, "zoom": 3},
            "mapStyle": GREEN_STYLE,
            "layers": [{"@@type": "ScatterplotLayer", "data": [{"p": [10, 10]}], "getPosition": "@@=p",
                        "getRadius": 100000, "getFillColor": [255, 0, 0]}],
        })


st.pydeck_chart(Deck(), height=300)
st.map({"lat": [1.0, 2.0], "lon": [3.0, 4.0]}, height=300)
