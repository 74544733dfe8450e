import streamlit as st

prompt = st.chat_input("Say or attach", accept_file="multiple", file_type=["txt", "csv"])
if prompt:
    st.write("text:", prompt.text or "(none)")
    for f in prompt.files:
        st.write(f"file: {f.name} {f.size} {f.read().decode()}")
