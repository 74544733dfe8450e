import benchwheel
import streamlit as st

st.title("One wheel")
st.write(benchwheel.describe(12345))
