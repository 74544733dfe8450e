import math

import streamlit as st

st.header("Media")
st.image("dot.png", caption="From a file", width=60)
with open("dot.png", "rb") as handle:
    st.image(handle.read(), caption="From bytes")
st.image([[[255, 0, 0], [0, 255, 0]], [[0, 0, 255], [255, 255, 255]]], caption="From pixels", width="stretch")
st.image(["dot.png", "dot.png"], caption=["One", "Two"])
tone = [math.sin(2 * math.pi * 440 * i / 8000) for i in range(4000)]
st.audio(tone, sample_rate=8000, loop=True)
st.video("tone.wav", format="audio/wav", muted=True,
         subtitles={"English": "1\n00:00:00,000 --> 00:00:01,000\nHello\n", "Deutsch": "WEBVTT\n\n00:00.000 --> 00:01.000\nHallo"})
st.button("Again")
