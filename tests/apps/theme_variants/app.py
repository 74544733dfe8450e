import streamlit as st

st.title("Light and dark variants")
st.write("theme:", st.context.theme.type)
st.button("Primary", type="primary")
