import streamlit as st

st.sidebar.write("In the sidebar")
st.title("Custom theme")
st.write("theme:", st.context.theme.type)
st.button("Primary", type="primary")
st.markdown("A [link](https://example.com) and `code`.")
