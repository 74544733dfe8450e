import streamlit as st

N = 100_000
st.dataframe(
    {"n": list(range(N)), "square": [i * i for i in range(N)], "label": [f"row {i}" for i in range(N)]},
    height=400,
    key="big",
)
st.markdown("done")
