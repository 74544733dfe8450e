"""printf and named formats through st.number_input, st.slider and st.metric
(tests/test_number_formats.py; each expected text was read from Streamlit 1.67's page)."""

import streamlit as st

exp = st.number_input("Exponent", value=12345.678, format="%.3e", key="exp")
st.number_input("Shortest", value=1.5, step=0.25, format="%f", key="shortest")
st.number_input("Unsigned", value=-5, format="%u", key="unsigned")
st.number_input("Rejected", value=12345.0, format="%E", key="rejected")
count = st.slider("Count", min_value=0, max_value=2_000_000, value=1_234_567, format="%,d", key="count")
st.slider("Share", min_value=0.0, max_value=1.0, value=0.5, format="percent", key="share")
st.slider("Hex", min_value=0, max_value=1000, value=255, format="%x", key="hex")
st.slider("Spaced", min_value=0, max_value=10, value=5, format="% d", key="spaced")  # sprintf rejects "% d"
with st.container(key="truncated"):
    st.metric("Truncated", value=42.9, format="%d")
st.markdown(f"exp = {exp!r}, count = {count}")
st.dataframe(
    {"i": [1234, -5], "g": [2.789, -2.789], "h": [1234.5678, 0.5]},
    key="numbers",
    column_config={
        "i": st.column_config.NumberColumn("Dollars", format="dollar"),
        "g": st.column_config.NumberColumn("Whole", step=1, format="%.2f"),
        "h": st.column_config.NumberColumn("Share", step=0.001, format="percent"),
    },
)
