import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1


def tab_changed():
    st.session_state.last_tab = st.session_state.tabs


one, two = st.tabs(["One", "Two"], on_change=tab_changed, key="tabs")
with two:
    st.write("inside two")
st.write("open tab:", st.session_state.tabs, "callback saw:", st.session_state.get("last_tab", "-"))
more = st.expander("More", on_change="rerun", key="more")
with more:
    st.write("details")
st.write("expander open:", more.open)
local = st.tabs(["A", "B"])
st.write("runs:", st.session_state.runs)
