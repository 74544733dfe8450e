import streamlit as st

st.title("Third")
st.write("Count = ", st.session_state.get("count", "missing"))
st.write("Name kept: ", "name" in st.session_state)
st.write("Query: ", st.query_params.to_dict())
