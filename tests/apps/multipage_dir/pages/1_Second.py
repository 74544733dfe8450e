import streamlit as st

st.title("Second")
st.write("Count = ", st.session_state.get("count", "missing"))
st.text_input("Name", key="name")
if st.button("Switch to home"):
    st.switch_page("app.py")
