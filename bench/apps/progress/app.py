# bench/run.py (f): progress delivery latency. Each update carries the
# worker's wall clock (ms since the epoch) as its text; the page subtracts it
# from its own Date.now() when the text changes in the DOM.
import time

import streamlit as st

if st.button("Go"):
    bar = st.progress(0, text="start")
    for i in range(50):
        bar.progress(i * 2, text=f"{time.time() * 1000:.3f}")
        time.sleep(0.02)
