"""Popup widgets, selected in tests the way Streamlit 1.67's own e2e tests and
users' Playwright tests select them (tests/test_popup_dom.py)."""

from datetime import date, datetime, time

import streamlit as st

flavour = st.selectbox("Flavour", ["vanilla", "chocolate", "strawberry"])
st.markdown(f"flavour: {flavour}")
extra = st.selectbox("Extra", ["cream", "nuts"], index=None)
st.markdown(f"extra: {extra}")
toppings = st.multiselect("Toppings", ["nuts", "sprinkles", "syrup"])
st.markdown(f"toppings: {', '.join(toppings)}")
day = st.date_input("Day", date(1970, 1, 1))
st.markdown(f"day: {day}")
trip = st.date_input("Trip", (date(1970, 1, 8), date(1970, 1, 10)))
st.markdown(f"trip: {' to '.join(str(d) for d in trip)}")
meeting = st.datetime_input("Meeting", datetime(1970, 1, 1, 8, 45))
st.markdown(f"meeting: {meeting}")
alarm = st.time_input("Alarm", time(8, 45))
st.markdown(f"alarm: {alarm}")
colour = st.color_picker("Colour", "#00ff00")
st.markdown(f"colour: {colour}")
size = st.radio("Size", ["small", "large"])
st.markdown(f"size: {size}")
level = st.slider("Level", 0, 10, 3)
st.markdown(f"level: {level}")
