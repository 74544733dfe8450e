import streamlit as st

st.write("tz:", st.context.timezone)
st.write("offset:", st.context.timezone_offset)
st.write("locale:", st.context.locale)
st.write("url:", st.context.url)
st.write("theme:", st.context.theme.type)
st.write("embedded:", st.context.is_embedded)
st.write("headers:", len(st.context.headers), "cookies:", len(st.context.cookies))
st.write("params:", ",".join(f"{k}={v}" for k, v in st.query_params.items()))
st.write("secret:", st.secrets["greeting"])

calls = st.session_state.setdefault("calls", [0])


@st.cache_data
def square(x):
    calls[0] += 1
    return x * x


st.write("square:", square(4), "computed:", calls[0])
st.session_state.runs = st.session_state.get("runs", 0) + 1
st.write("runs:", st.session_state.runs)
