import streamlit as st

st.title("Home")
if "count" not in st.session_state:
    st.session_state.count = 0
if st.button("Increment"):
    st.session_state.count += 1
st.write("Count = ", st.session_state.count)
st.page_link("pages/2_📊_Third_page.py", label="Go to three")
