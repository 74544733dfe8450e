import datetime

import streamlit as st

colors = st.multiselect("Colors", ["Red", "Green", "Blue"], default=["Red"], key="colors")
st.markdown(f"colors={','.join(colors) or '-'}")
tags = st.multiselect("Tags", ["alpha"], accept_new_options=True, max_selections=2)
st.markdown(f"tags={','.join(tags) or '-'}")

size = st.select_slider("Size", ["S", "M", "L", "XL"], value="M", key="size")
st.markdown(f"size={size}")
lo, hi = st.select_slider("Span", [10, 20, 30, 40], value=(20, 30), format_func=lambda n: f"{n}cm")
st.markdown(f"span={lo}-{hi}")

day = st.date_input("Day", datetime.date(2024, 3, 5), key="day")
st.markdown(f"day={day.isoformat()}")
trip = st.date_input("Trip", (datetime.date(2024, 3, 5), datetime.date(2024, 3, 9)), format="DD.MM.YYYY")
st.markdown("trip=" + "..".join(d.isoformat() for d in trip))
maybe = st.date_input("Maybe", value=None, min_value=datetime.date(2024, 1, 1), max_value=datetime.date(2024, 12, 31))
st.markdown(f"maybe={maybe}")

color = st.color_picker("Pick", "#00f900", key="pick")
st.markdown(f"color={color}")

direction = st.pills("Direction", ["North", "East", "South"], key="dir")
st.markdown(f"direction={direction}")
many = st.pills("Many", ["a", "b", "c"], selection_mode="multi", default=["b"])
st.markdown(f"many={','.join(many) or '-'}")
mode = st.segmented_control("Mode", ["Light", "Dark"], default="Light", required=True)
st.markdown(f"mode={mode}")

thumbs = st.feedback("thumbs", key="thumbs")
st.markdown(f"thumbs={thumbs}")
stars = st.feedback("stars", default=2)
st.markdown(f"stars={stars}")
faces = st.feedback("faces")
st.markdown(f"faces={faces}")
import datetime

alarm = st.time_input("Alarm", datetime.time(8, 0), step=datetime.timedelta(minutes=30))
st.markdown(f"alarm={alarm.strftime('%H:%M')}")
