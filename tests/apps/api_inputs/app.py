"""Display and input parameters Streamlit 1.67 added: heading icons, alert
titles, button icon_position and shortcut, text_input required / validate /
live / icon."""

import datetime

import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.title("Big title", icon=":material/home:")
st.header("A header", icon="🔥")
st.info("Body text", title="Heads up")
st.warning("Warn body", title="Careful", icon=":material/warning:")
clicked = st.button("Save", icon=":material/save:", icon_position="right", shortcut="Ctrl+K", key="save")
plain = st.button("Next", shortcut="n", key="next")
st.markdown(f"runs: {st.session_state.runs} clicked: {clicked} next: {plain}")
name = st.text_input("Required name", required=True, key="req")
st.markdown(f"req value: {name!r}")
code = st.text_input("Zip", validate=(r"\d{5}", "Five digits please"), key="zip")
st.markdown(f"zip value: {code!r}")
word = st.text_input("Word", validate=r"^[a-z]+$", icon=":material/search:", key="word")
st.markdown(f"word value: {word!r}")
live = st.text_input("Live", live=True, key="live")
st.markdown(f"live value: {live!r}")
fruit = st.selectbox("Fruit", ["banana", "pineapple", "grape", "apple", "papaya"], key="fruit")
pre = st.selectbox("Prefix", ["banana", "pineapple", "apple", "apricot"], filter_mode="prefix", key="pre")
fixed = st.selectbox("Fixed", ["one", "two"], filter_mode=None, key="fixed")
with st.expander("Compact one", type="compact"):
    st.write("in compact")
with st.expander("Step one", type="step"):
    st.write("in step one")
with st.expander("Step two", type="step", icon=":material/check:", expanded=True):
    st.write("in step two")
st.expander("Step end", type="step")
with st.status("Stepping", type="step", state="complete"):
    st.write("status step body")
clock = st.time_input("Clock", datetime.time(13, 45), format="12h", key="clock")
st.markdown(f"clock value: {clock}")


def dismissed():
    st.session_state.dismissals = st.session_state.get("dismissals", 0) + 1


@st.dialog("Settings", on_dismiss=dismissed)
def settings():
    st.markdown("dialog body")


if st.button("Open settings"):
    settings()
st.markdown(f"dismissals: {st.session_state.get('dismissals', 0)}")
st.markdown("## Inside heading\n\nbody", anchors=False)
st.markdown("## Linked heading\n\nbody")
st.markdown("A very long line of text " * 20, wrap=False)
st.button("Button with a long label " * 8, wrap=False, key="long")
st.selectbox("With icon", ["a", "b"], icon=":material/search:", key="iconbox")
st.number_input("Money", icon="💰", key="money")
