# bench/run.py (e): interrupt latency. A widget event during a busy run
# ("Spin": CPU-bound, "Sleep": time.sleep) must start a new run; the bench
# times it until "value: ..." of the new run is on screen.
import time

import streamlit as st

v = st.text_input("Value")
st.write("value:", v)

if st.button("Spin"):
    while True:
        pass

if st.button("Sleep"):
    time.sleep(60)
