import streamlit as st
with st.form("f", clear_on_submit=True):
    st.text_input("Name", key="name")
    st.form_submit_button("Submit")
st.button("Other")
st.write("state:", repr(st.session_state.get("name")))
