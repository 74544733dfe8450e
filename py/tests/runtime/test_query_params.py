"""st.query_params: reading the URL's query, writing it back, Streamlit's rules."""

import pytest

from wasmlit.runtime.query_params import QueryParams, parse_query_string
from wasmlit.testing import AppTest


def test_parse_keeps_repeated_keys_and_blank_values():
    assert parse_query_string("a=1&b=2&b=3&c=") == {"a": "1", "b": ["2", "3"], "c": ""}
    assert parse_query_string("?x=%20y") == {"x": " y"}
    assert parse_query_string("") == {}


def test_mapping_view_gives_the_last_value_and_hides_embed_keys():
    changes = []
    params = QueryParams()
    params.on_change = changes.append
    params.load("a=1&a=2&embed=true&b=x")
    assert params["a"] == "2" and params.get_all("a") == ["1", "2"]
    assert params.keys() == ["a", "b"] and "embed" not in params
    assert params.to_dict() == {"a": "2", "b": "x"}
    assert changes == []  # loading the page's string is not a change
    params["c"] = 3
    params["d"] = [1, 2]
    assert changes[-1] == "a=1&a=2&embed=true&b=x&c=3&d=1&d=2"
    params.clear()
    assert changes[-1] == "embed=true"  # embed options survive clear()
    params.from_dict({"z": "1"})
    assert changes[-1] == "embed=true&z=1"


def test_streamlit_errors():
    params = QueryParams()
    with pytest.raises(KeyError, match='st.query_params has no key "nope".'):
        params["nope"]
    with pytest.raises(
        Exception, match="Query param embed and embed_options \\(case-insensitive\\) cannot be set programmatically."
    ):
        params["Embed"] = "x"
    with pytest.raises(Exception, match="Query param value for `d` cannot be set to a dictionary."):
        params["d"] = {"a": 1}


SCRIPT = """
import streamlit as st
st.write("a:", st.query_params.get("a", "none"))
st.write("all:", ",".join(st.query_params.get_all("b")))
try:
    st.query_params.missing
except AttributeError as e:
    st.write(str(e))
if st.button("set"):
    st.query_params.a = "changed"
    st.query_params["b"] = ["x", "y"]
if st.button("delete"):
    del st.query_params.a
"""


def test_scripts_see_and_change_the_query(app_file):
    at = AppTest.from_file(app_file(SCRIPT))
    at.query_params = {"a": "1", "b": ["2", "3"]}
    at.run()
    texts = [m.value for m in at.markdown]
    assert texts == ["a: 1", "all: 2,3", 'st.query_params has no attribute "missing".']
    at.button[0].click().run()
    assert at.query_params == {"a": "changed", "b": ["x", "y"]}
    at.run()
    assert [m.value for m in at.markdown][:2] == ["a: changed", "all: x,y"]
    at.button[1].click().run()
    assert at.query_params == {"b": ["x", "y"]}


def test_a_change_is_sent_to_the_page(app_file):
    at = AppTest.from_file(app_file(SCRIPT)).run()
    at.button[0].click().run()
    assert [m["queryString"] for m in at._messages if m["type"] == "pageInfo"] == ["a=changed", "a=changed&b=x&b=y"]
