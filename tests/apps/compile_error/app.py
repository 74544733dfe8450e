import streamlit as st

st.title("Broken app")
st.write("never shown"
