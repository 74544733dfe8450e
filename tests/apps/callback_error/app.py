import streamlit as st

st.title("Callback errors")


def explode():
    raise RuntimeError("callback failed")


st.button("Explode", on_click=explode)
st.write("Script body ran")
