"""Elements whose looks tests/test_looks.py checks against Streamlit 1.67's computed styles."""

import base64

import streamlit as st

# A 2x2 PNG (red, green / blue, white).
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg=="
)

st.text_input("Name", "Ada", key="name")
st.selectbox("Pick", ["a", "b"], key="pick")
st.button("Press", key="press")
st.button("Go", type="primary", key="go")
first, second = st.tabs(["First", "Second"])
first.write("In the first tab")
second.write("In the second tab")
with st.container(key="python_code"):
    st.code("def add(a, b):\n    return a + b  # sum", language="python", line_numbers=True)
with st.container(key="plain_code"):
    st.code("def add(a, b): pass", language=None)
with st.container(key="bars"):
    st.bar_chart({"fruit": ["apple", "pear"], "count": [3, 5]}, x="fruit", y="count")
with st.container(key="areas"):
    st.area_chart({"a": [1, 2, 3]})
st.exception(ValueError("Bad value"))
st.image(PNG, width=40)
