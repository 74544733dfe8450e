import random
import time

import streamlit as st

st.title("Snapshot boot")
st.session_state.setdefault("count", 0)
if st.button("Increment"):
    st.session_state.count += 1
st.markdown(f"count: {st.session_state.count}")
st.markdown(f"context timezone: {st.context.timezone}")
st.markdown(f"time zone: {time.timezone} {time.altzone} {time.daylight} {'/'.join(time.tzname)}")
st.markdown(f"local: {time.strftime('%H:%M %z %Z', time.localtime(1_750_000_000))}")
st.markdown(f"random: {random.random():.15f}")
if st.button("Sleep"):
    started = time.monotonic()
    time.sleep(0.3)
    st.markdown(f"slept: {time.monotonic() - started >= 0.29}")
if st.button("Spin"):
    st.markdown("spinning")
    while True:
        pass
