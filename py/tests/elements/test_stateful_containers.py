"""Tabs, expanders and popovers with on_change: their open state is a widget."""

from wasmlit.testing import AppTest

APP = """
import streamlit as st
t1, t2 = st.tabs(["One", "Two"], on_change="rerun", key="tabs")
st.write("tabs:", st.session_state.tabs, t1.open, t2.open)
e = st.expander("More", on_change="rerun", key="exp")
st.write("exp:", e.open, st.session_state.exp)
p = st.popover("Menu", on_change=lambda: None, key="pop")
st.write("pop:", p.open)
plain = st.expander("Plain")
st.write("plain:", plain.open)
"""


def test_open_state_is_a_widget(app_file):
    at = AppTest.from_file(app_file(APP)).run()
    assert at.markdown.values == ["tabs: One `True` `False`", "exp: `False` `False`", "pop: `False`", "plain: `None`"]
    at.session_state["tabs"] = "Two"
    at.session_state["exp"] = True
    at.run()
    assert at.markdown.values[:2] == ["tabs: Two `False` `True`", "exp: `True` `True`"]
    blocks = [m["node"] for m in at._messages if m["type"] == "delta" and m["node"]["type"] in ("tabs", "expander")]
    assert [b["props"].get("id") is not None for b in blocks] == [True, True, False]
    assert blocks[0]["props"]["value"] == "Two"


def test_bind_needs_a_key(app_file):
    at = AppTest.from_file(app_file("import streamlit as st\nst.tabs(['a'], bind='query-params')\n")).run()
    (exc,) = at.exception
    assert exc.message == (
        "The `key` parameter is required. When using bind='query-params', the widget must have a unique "
        "'key' parameter specified. This 'key' will be used as the name of the query parameter."
    )


def test_containers_are_streamlits_container_classes(app_file):
    # Streamlit 1.67 returns TabContainer/ExpanderContainer/PopoverContainer (.open is theirs).
    script = (
        "import streamlit as st\n"
        "t1, t2 = st.tabs(['a', 'b'])\n"
        "e, p = st.expander('e'), st.popover('p')\n"
        "st.write(type(t1).__name__, type(e).__name__, type(p).__name__)\n"
        "with e:\n"
        "    st.write(type(st.expander('inner')).__name__)\n"
    )
    at = AppTest.from_file(app_file(script)).run()
    assert not at.exception
    assert at.markdown.values == ["ExpanderContainer", "TabContainer ExpanderContainer PopoverContainer"]
