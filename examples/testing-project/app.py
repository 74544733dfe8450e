"""A small app with a test suite: a counter and a greeting form."""

import streamlit as st

st.title("Counter")

if "count" not in st.session_state:
    st.session_state.count = 0


def add(amount):
    st.session_state.count += amount


step = st.number_input("Step", min_value=1, max_value=10, value=1, key="step")
st.button("Increment", on_click=add, args=(step,))
st.write(f"Count = {st.session_state.count}")

with st.form("greeting"):
    name = st.text_input("Your name", key="name")
    submitted = st.form_submit_button("Greet")

if submitted:
    if name:
        st.success(f"Hello, {name}!")
    else:
        st.warning("Please enter a name.")
