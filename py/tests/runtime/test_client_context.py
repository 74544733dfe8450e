"""st.context: what the page reports about the browser; empty headers/cookies."""

from wasmlit.runtime.rerun_data import RerunData
from wasmlit.testing import AppTest

SCRIPT = """
import streamlit as st
st.write(st.context.timezone, st.context.timezone_offset, st.context.locale)
st.write(st.context.url, st.context.theme.type, st.context.is_embedded, st.context.ip_address)
st.write(dict(st.context.headers), st.context.headers.get_all("host"), dict(st.context.cookies))
"""


def test_context_comes_from_the_page(app_file):
    at = AppTest.from_file(app_file(SCRIPT))
    at._session.handle_rerun(
        RerunData(
            widgets={},
            client={
                "timezone": "Europe/Berlin",
                "timezoneOffset": -60,
                "locale": "de-DE",
                "url": "http://localhost:8000/",
                "theme": {"type": "light"},
                "isEmbedded": True,
            },
        )
    )
    texts = [
        m["node"]["props"].get("body") for m in at._messages if m["type"] == "delta" and m["node"]["type"] == "markdown"
    ]
    assert texts[0] == "Europe/Berlin `-60` de-DE"
    assert texts[1] == "http://localhost:8000/ light `True` `None`"


def test_context_outside_the_browser_is_empty(app_file):
    at = AppTest.from_file(app_file(SCRIPT)).run()
    assert at.markdown[0].value == "`None` `None` `None`"
