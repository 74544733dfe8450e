"""st.datetime_input, st.menu_button, st.skeleton, st.pdf, st.logo, Material
icons, emoji in headings, balloons and threads (tests/test_inputs_widgets.py)."""

import datetime as dt
import threading
import time
from pathlib import Path

import streamlit as st
from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

st.logo(":material/rocket_launch:", link="https://streamlit.io", size="large")
st.header("Party :balloon: time", anchor="party")
st.markdown("Go :material/open_in_new: there")
st.link_button("Open", "https://example.com", icon=":material/open_in_new:")

when = st.datetime_input(
    "When", value=dt.datetime(2024, 3, 5, 10, 30), min_value=dt.datetime(2024, 1, 1), key="when"
)
st.write(f"when: {when!r}")

picked = st.menu_button("Actions", ["Copy", "Paste"], key="menu", icon=":material/menu:")
st.write(f"menu: {picked!r}")

st.skeleton()
st.skeleton(height=120, width=200)

st.pdf(Path(__file__).parent / "two-pages.pdf", height=300, key="doc", alt="Two pages")


class Worker(threading.Thread):
    def __init__(self, delay, box):
        super().__init__()
        self.delay, self.box = delay, box

    def run(self):
        time.sleep(self.delay)
        self.box.write(f"worker done after {self.delay}")


boxes = [st.container() for _ in range(2)]
workers = [Worker(d, box) for d, box in zip((0.2, 0.1), boxes)]
for w in workers:
    add_script_run_ctx(w, get_script_run_ctx())
    w.start()
for w in workers:
    w.join()
st.write(f"threads alive: {any(w.is_alive() for w in workers)}")

if st.button("Balloons"):
    st.balloons()
