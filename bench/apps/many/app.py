# bench/run.py (g): rerun time of a 1,000-element script. The last element
# carries the script's own run time in Python (from its first line to its
# last write, deltas emitted included, rendering in the page not).
import time

import streamlit as st

started = time.perf_counter()
st.button("Rerun")
for i in range(1000):
    st.write(f"line {i}")
st.write(f"python: {(time.perf_counter() - started) * 1000:.1f} ms")
