import io

import streamlit as st

st.header("Media")
st.image("dot.png", caption="From a file", width=60)
with open("dot.png", "rb") as handle:
    st.image(handle.read(), caption="From bytes")
with open("dot.png", "rb") as handle:
    st.image(io.BytesIO(handle.read()), caption="From a BytesIO", width="stretch")
st.image(["dot.png", "dot.png"], caption=["One", "Two"])
st.audio("tone.wav", loop=True)
st.video("tone.wav", format="audio/wav", muted=True,
         subtitles={"English": "1\n00:00:00,000 --> 00:00:01,000\nHello\n", "Deutsch": "WEBVTT\n\n00:00.000 --> 00:01.000\nHallo"})
st.button("Again")
