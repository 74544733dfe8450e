"""st.map: the deck.gl JSON built from plain data (checked against what
Streamlit 1.67 builds for the same calls), column detection, sizes, colours,
zoom and centring, and Streamlit's errors."""

import json

import pytest

from wasmlit.elements.map_chart import zoom_for_span
from wasmlit.testing import AppTest


def _specs(at):
    return [m["node"]["props"] for m in at._messages if m["type"] == "delta" and m["node"]["type"] == "deckGlJsonChart"]


def test_columns_colours_sizes_and_view(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        st.map({"LAT": [1.5, 2.5], "longitude": [3, 4], "c": ["#ff0000", "#00ff0080"], "x": [0, 0]}, color="c", size=20)
    """)
    ).run()
    (props,) = _specs(at)
    assert json.loads(props["json"]) == {
        "initialViewState": {"latitude": 2.0, "longitude": 3.5, "pitch": 0, "zoom": 8},
        "layers": [
            {
                "@@type": "ScatterplotLayer",
                "getPosition": "@@=[longitude, LAT]",
                "getRadius": 20,
                "radiusMinPixels": 3,
                "radiusUnits": "meters",
                "getFillColor": "@@=c",
                "data": [
                    {"LAT": 1.5, "c": [255, 0, 0, 255], "longitude": 3},
                    {"LAT": 2.5, "c": [0, 255, 0, 128], "longitude": 4},
                ],
            }
        ],
    }
    assert (props["width"], props["height"], props["tooltip"], "id" in props) == ("stretch", 500, "", False)
    (chart,) = at.get("deck_gl_json_chart")
    assert chart.value is None and chart.key is None


def test_records_defaults_and_named_columns(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        st.map([{"lat": 37.76, "lon": -122.4}, {"lat": 37.77, "lon": -122.41}])
        st.map({"y": [10, 20], "x": [0, 0], "s": [5, 6]}, latitude="y", longitude="x", size="s", color=(0, 0, 255),
               zoom=3, width=300, height=200)
        st.map()
    """)
    ).run()
    first, second, third = (json.loads(p["json"]) for p in _specs(at))
    layer = first["layers"][0]
    assert (layer["getRadius"], layer["getFillColor"], layer["getPosition"]) == (100, "primary", "@@=[lon, lat]")
    assert first["initialViewState"]["zoom"] == 15
    assert second["initialViewState"] == {"latitude": 15.0, "longitude": 0.0, "pitch": 0, "zoom": 3}
    assert (second["layers"][0]["getRadius"], second["layers"][0]["getFillColor"]) == ("@@=s", [0, 0, 255])
    assert second["layers"][0]["data"][0] == {"s": 5, "x": 0, "y": 10}
    assert third == {"initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}}
    assert [(p["width"], p["height"]) for p in _specs(at)][1] == (300, 200)


def test_zoom_levels():
    assert [zoom_for_span(s) for s in (360, 100, 0.5, 0.00001, 0)] == [0, 1, 9, 12, 12]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "st.map({'a': [1]})",
            "Map data must contain a latitude column named: 'LAT', 'LATITUDE', 'lat', 'latitude'. "
            "Existing columns: 'a'",
        ),
        (
            "st.map([[1, 2]])",
            "Map data must contain a latitude column named: 'LAT', 'LATITUDE', 'lat', 'latitude'. "
            "Existing columns: 0, 1",
        ),
        (
            "st.map([])",
            "Map data must contain a latitude column named: 'LAT', 'LATITUDE', 'lat', 'latitude'. Existing columns:",
        ),
        (
            "st.map({'lat': [1]})",
            "Map data must contain a longitude column named: 'LON', 'LONGITUDE', 'lon', "
            "'longitude'. Existing columns: 'lat'",
        ),
        (
            "st.map({'lat': [1], 'lon': [None]})",
            "Column lon is not allowed to contain null values, such as NaN, NaT, or None.",
        ),
        (
            "st.map({'lat': [1], 'lon': [2], 'c': ['x']}, color='c')",
            'Column "c" does not appear to contain valid colors.',
        ),
        ("st.map({'lat': [1], 'lon': [2]}, color='red')", "This does not look like a valid color: 'red'."),
        (
            "st.map({'lat': [1], 'lon': [2]}, width='content')",
            "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'.",
        ),
    ],
)
def test_errors(app_file, call, message):
    at = AppTest.from_file(app_file(f"import streamlit as st\n{call}\n")).run()
    assert at.exception[0].message.startswith(message)


def test_pandas_dataframe(app_file):
    pytest.importorskip("pandas")
    at = AppTest.from_file(
        app_file("""
        import pandas as pd
        import streamlit as st
        st.map(pd.DataFrame({"latitude": [1.0, 3.0], "lon": [2.0, 2.0], "other": ["a", "b"]}))
        st.map(pd.DataFrame())
    """)
    ).run()
    first, second = (json.loads(p["json"]) for p in _specs(at))
    assert first["layers"][0]["data"] == [{"latitude": 1.0, "lon": 2.0}, {"latitude": 3.0, "lon": 2.0}]
    assert second == {"initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}}
