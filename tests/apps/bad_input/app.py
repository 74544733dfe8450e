"""Widgets fed bad input: uploads (empty, huge, binary), number inputs,
a very long text, garbage typed into date and time inputs."""

import datetime
import hashlib

import streamlit as st

upload = st.file_uploader("Upload a file")
if upload is not None:
    data = upload.getvalue()
    st.write(f"upload: {upload.name}, {len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()}")

whole = st.number_input("Whole number", value=5, step=1)
real = st.number_input("Real number", value=1.5)
bounded = st.number_input("Bounded", min_value=0, max_value=10, value=5)
st.write(f"whole: {whole!r}, real: {real!r}, bounded: {bounded!r}")

text = st.text_input("Long text")
st.write(f"text: {len(text)} characters, sha256 {hashlib.sha256(text.encode()).hexdigest()}")

day = st.date_input("Day", value=datetime.date(2024, 5, 17))
st.write(f"day: {day!r}")
moment = st.time_input("Moment", value=datetime.time(8, 45))
st.write(f"moment: {moment!r}")
