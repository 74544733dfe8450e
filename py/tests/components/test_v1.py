"""streamlit.components.v1 and st.iframe on the Python side."""

import pytest

from wasmlit.testing import AppTest


def _iframes(at):
    return [m["node"]["props"] for m in at._messages if m["type"] == "delta" and m["node"]["type"] == "iframe"]


def test_html_iframe_and_st_iframe_props(app_file):
    at = AppTest.from_file(app_file("""
        import streamlit as st
        import streamlit.components.v1 as components
        components.html("<b>x</b>")
        components.html("<b>y</b>", width=300, height=90, scrolling=True, tab_index=0)
        components.iframe("https://example.com", height=200)
        st.iframe("https://example.com")
        st.iframe("<p>doc</p>")
    """)).run()
    html, sized, url, st_url, st_doc = _iframes(at)
    assert html == {"src": None, "srcdoc": "<b>x</b>", "width": "stretch", "height": 150, "scrolling": False,
                    "tabIndex": None, "alt": None}
    assert (sized["width"], sized["height"], sized["scrolling"], sized["tabIndex"]) == (300, 90, True, 0)
    assert (url["src"], url["height"]) == ("https://example.com", 200)
    assert (st_url["src"], st_url["height"], st_url["width"]) == ("https://example.com", 400, "stretch")
    assert (st_doc["srcdoc"], st_doc["height"]) == ("<p>doc</p>", "content")


@pytest.mark.parametrize(("call", "message"), [
    ("components.html('x', tab_index=-2)", "Invalid `tab_index` value. Supported values: None, -1, a non-negative integer."),
    ("components.html('x', tab_index='1')", "Invalid `tab_index` type. Expected one of: int. Provided type: str."),
])
def test_tab_index_errors(app_file, call, message):
    at = AppTest.from_file(app_file(f"import streamlit.components.v1 as components\n{call}\n")).run()
    (exc,) = at.exception
    assert exc.message == message


def test_declared_components_show_an_error_and_return_their_default(app_file):
    at = AppTest.from_file(app_file("""
        import streamlit as st
        from streamlit.components.v1 import declare_component
        c = declare_component("c", url="http://localhost:3001")
        st.write("value", c(default=7))
    """)).run()
    (exc,) = at.exception
    assert "custom component `c` cannot run in wasmlit" in exc.message
    assert at.markdown[0].value == "value `7`"
