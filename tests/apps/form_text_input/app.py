import streamlit as st

st.title("Greeting form")

with st.form("greeting"):
    name = st.text_input("Your name")
    submitted = st.form_submit_button("Greet")

if submitted:
    st.write(f"Greeting: Hello {name}")
else:
    st.write("Greeting: none yet")

outside = st.text_input("Outside the form")
st.write(f"Outside = {outside}")
