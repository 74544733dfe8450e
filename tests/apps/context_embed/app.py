import streamlit as st

st.write("tz:", st.context.timezone)
st.write("offset:", st.context.timezone_offset)
st.write("locale:", st.context.locale)
st.write("url:", st.context.url)
st.write("theme:", st.context.theme.type)
st.write("embedded:", st.context.is_embedded)
st.write("headers:", len(st.context.headers), "cookies:", len(st.context.cookies))
st.write("params:", ",".join(f"{k}={v}" for k, v in st.query_params.items()))
