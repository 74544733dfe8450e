import time

import streamlit as st

if st.button("Slow rerun"):
    time.sleep(1.5)

st.title("Reruns")
show = st.checkbox("Show the name input")
if show:
    name = st.text_input("Name", key="name")
    st.write(f"Name = {name}")
st.write(f"Show = {show}")
