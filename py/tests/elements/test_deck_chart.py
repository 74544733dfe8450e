"""st.pydeck_chart: the Deck's JSON, tooltip and token, the PydeckState a
chart with on_select returns (from the page's pick and in st.session_state),
and Streamlit 1.67's errors."""

import json

import pytest

from wasmlit.runtime.rerun_data import RerunData
from wasmlit.testing import AppTest


def _props(at):
    return [m["node"]["props"] for m in at._messages if m["type"] == "delta" and m["node"]["type"] == "deckGlJsonChart"]


DECK = """
import streamlit as st
import pydeck as pdk
deck = pdk.Deck(
    layers=[pdk.Layer("ScatterplotLayer", data=[{"lat": 1, "lon": 2}, {"lat": 3, "lon": 4}],
                      get_position="[lon, lat]", id="pts")],
    initial_view_state=pdk.ViewState(latitude=2, longitude=3, zoom=5),
    tooltip={"text": "{lat}"},
    api_keys={"mapbox": "TOKEN"},
)
"""


def test_deck_json_tooltip_and_token(app_file):
    pytest.importorskip("pydeck")
    at = AppTest.from_file(
        app_file(DECK + "st.pydeck_chart(deck, height=300, alt='Points')\nst.pydeck_chart()\n")
    ).run()
    first, second = _props(at)
    spec = json.loads(first["json"])
    assert spec["layers"][0]["@@type"] == "ScatterplotLayer" and spec["layers"][0]["id"] == "pts"
    assert spec["initialViewState"] == {"latitude": 2, "longitude": 3, "zoom": 5}
    assert (json.loads(first["tooltip"]), first["mapboxToken"], first["height"], first["alt"]) == (
        {"text": "{lat}"},
        "TOKEN",
        300,
        "Points",
    )
    assert json.loads(second["json"]) == {"initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}}
    assert second["tooltip"] == "" and "id" not in second


def test_selection_state_from_the_page(app_file):
    pytest.importorskip("pydeck")
    at = AppTest.from_file(
        app_file(
            DECK
            + """
event = st.pydeck_chart(deck, on_select="rerun", selection_mode="multi-object", key="map")
st.write(f"{type(event).__name__} {type(event.selection).__name__} {event.selection.indices}")
"""
        )
    ).run()
    (props,) = _props(at)
    assert props["selectionMode"] == ["multi-object"] and props["id"].endswith("-map")
    assert at.markdown.values == ["PydeckState PydeckSelectionState {}"]
    picked = {"selection": {"indices": {"pts": [1]}, "objects": {"pts": [{"lat": 3, "lon": 4}]}}}
    at._session.handle_rerun(RerunData(widgets={props["id"]: json.dumps(picked)}))
    texts = [
        m["node"]["props"]["body"] for m in at._messages if m["type"] == "delta" and m["node"]["type"] == "markdown"
    ]
    assert texts[-1] == "PydeckState PydeckSelectionState {'pts': [1]}"
    assert at._session.session_state["map"] == picked
    (chart,) = at.get("deck_gl_json_chart")
    assert chart.key == "map" and chart.value == picked


def test_any_object_with_to_json(app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        class Deck:
            _tooltip = {"html": "<b>{name}</b>"}
            def to_json(self):
                return '{"layers": []}'
        st.pydeck_chart(Deck())
    """)
    ).run()
    (props,) = _props(at)
    assert (props["json"], json.loads(props["tooltip"]), props["mapboxToken"]) == (
        '{"layers": []}',
        {"html": "<b>{name}</b>"},
        None,
    )


def test_map_style_and_token_from_config(app_file):
    at = AppTest.from_file(
        app_file(
            "import streamlit as st\nst.map({'lat': [1], 'lon': [2]})\n",
            files={
                ".streamlit/config.toml": '[mapbox]\ntoken = "CONF"\n[wasmlit]\nmapStyle = "/styles/plain.json"\n',
            },
        )
    ).run()
    (props,) = _props(at)
    assert (props["mapboxToken"], props["defaultMapStyle"]) == ("CONF", "/styles/plain.json")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "st.pydeck_chart(None, on_select='rerun', selection_mode=['single-object'])",
            "Invalid `selection_mode` type. Expected one of: str. Provided type: list. Selection mode must be a single value.",
        ),
        (
            "st.pydeck_chart(None, on_select='rerun', selection_mode='bad')",
            "Invalid `selection_mode` value. Supported values: 'multi-object', 'single-object'.",
        ),
        (
            "st.pydeck_chart(None, on_select='x')",
            "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function.",
        ),
        ("st.pydeck_chart({'a': 1})", "'dict' object has no attribute 'to_json'"),
        (
            "st.pydeck_chart(None, height='content')",
            "Invalid height value: 'content'. Height must be either a positive integer (pixels) or 'stretch'.",
        ),
    ],
)
def test_errors(app_file, call, message):
    at = AppTest.from_file(app_file(f"import streamlit as st\n{call}\n")).run()
    assert at.exception[0].message == message
