import time

import streamlit as st

st.sidebar.write("In the sidebar")
st.title("Chrome")
st.write("theme:", st.context.theme.type)
calls = st.session_state.setdefault("calls", [0])


@st.cache_data
def cached(x):
    calls[0] += 1
    return x


cached(1)
st.write("computed:", calls[0])
if st.button("Slow"):
    time.sleep(2)
st.session_state.runs = st.session_state.get("runs", 0) + 1
st.write("runs:", st.session_state.runs)
