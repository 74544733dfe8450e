"""A 200-element app for long sessions: every rerun changes what most
elements show (texts, a chart's data, an image's bytes, a table), mounts or
unmounts some elements, replaces a widget by one with a new key and fills a
size-limited cache, so a leak of nodes, listeners, chart views, blob URLs,
widget states or Python objects grows with the number of reruns
(tests/test_soak.py, bench/run.py)."""

import datetime
import struct
import zlib

import streamlit as st

st.session_state.setdefault("reruns", 0)
st.session_state.reruns += 1
n = st.session_state.reruns
# What charts draw repeats every 10 runs (axis ticks depend on the data), so
# runs 10 apart show the same number of nodes.
phase = n % 10


def png(shade: int) -> bytes:
    """A 4x4 grey PNG whose shade changes with every rerun (a new blob URL each time)."""
    raw = b"".join(b"\x00" + bytes([shade % 256]) * 4 for _ in range(4))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 0, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


@st.cache_data(max_entries=5)
def squares(seed: int) -> list[int]:
    return [seed * k * k for k in range(200)]


st.button("Rerun")
st.title(f"Soak run {n}")
st.caption(f"reruns: {n}")
for i in range(100):
    st.write(f"line {i} of run {n}")
for i in range(10):
    st.markdown(f"**bold {i}** and `code {n}` and :blue[colour {i}]")
cols = st.columns(4)
for i, col in enumerate(cols):
    with col:
        st.metric(f"metric {i}", n * (i + 1), delta=i - 1)
        st.checkbox(f"check {i}", key=f"check{i}")
        st.slider(f"slide {i}", 0, 100, (n + i) % 100, key=f"slide{i}")
        st.text(f"column {i}")
with st.expander("Details", expanded=True):
    for i in range(10):
        st.write(f"detail {i}: {n * i}")
tab_a, tab_b = st.tabs(["First", "Second"])
with tab_a:
    for i in range(5):
        st.info(f"info {i} of {n}")
with tab_b:
    st.code(f"print({n})")
for i in range(10):
    st.text_input(f"text {i}", key=f"text{i}")
for i in range(5):
    st.selectbox(f"pick {i}", ["a", "b", "c"], key=f"pick{i}")
    st.radio(f"radio {i}", ["x", "y"], key=f"radio{i}", horizontal=True)
    st.number_input(f"number {i}", value=i, key=f"number{i}")
st.multiselect("many", ["p", "q", "r"], default=["p"])
st.date_input("when", datetime.date(2024, 1, 1))
st.json({"run": n, "items": list(range(5))})
st.dataframe({"n": list(range(phase, phase + 20)), "square": [i * i for i in range(20)]})
st.table({"a": [n, n + 1], "b": [1, 2]})
st.line_chart({"y": [(phase * k) % 17 for k in range(30)]})
st.bar_chart({"y": [(phase + k) % 11 for k in range(10)]})
st.image(png(n), caption=f"image {n}")
# Every run: a widget with a new key (the last run's one is gone, its state
# must go too), a cache entry beyond the cache's limit, elements that come and go.
st.text_input("changing", key=f"changing{n}", help=f"a new key in run {n}")


@st.fragment
def fragment():
    st.checkbox("changing in a fragment", key=f"fragment_changing{n}")


fragment()
st.write(f"cached: {sum(squares(n))}")
if n % 2:
    st.area_chart({"y": [(phase * k) % 13 for k in range(20)]})
    st.warning("odd run", icon="⚠️")
else:
    st.expander(f"even run {n}").write("inside")
st.progress(n % 100)
for i in range(10):
    st.success(f"done {i}")
st.divider()
st.write(f"end of run {n}")
