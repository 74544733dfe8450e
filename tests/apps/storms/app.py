"""Counters for click storms: one counts in a callback, one in the script
(`if st.button(...)`); and a text input for fast typing."""

import streamlit as st

st.session_state.setdefault("callbacks", 0)
st.session_state.setdefault("inline", 0)


def add():
    st.session_state.callbacks += 1


st.button("Add", on_click=add)
if st.button("Add inline"):
    st.session_state.inline += 1
st.write(f"callbacks: {st.session_state.callbacks}")
st.write(f"inline: {st.session_state.inline}")
typed = st.text_input("Type here", key="typed")
st.write(f"typed {len(typed)}: {typed}")
