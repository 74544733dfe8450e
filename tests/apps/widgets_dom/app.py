import streamlit as st

st.title("Widgets")
st.header("Inputs")
st.subheader("Choices")

with st.sidebar:
    st.write("In the sidebar")
    side = st.text_input("Sidebar text", key="side")
    st.write(f"Side = {side}")

left, right = st.columns(2)
with left:
    st.write("Left column")
with right:
    st.write("Right column")

with st.container(key="box"):
    st.write("Boxed")

name = st.text_input("Your name", key="name")
st.write(f"Name = {name}")

age = st.number_input("Age", value=30, key="age")
st.write(f"Age = {age}")

flavour = st.selectbox("Flavour", ["Vanilla", "Chocolate", "Strawberry"], key="flavour")
st.write(f"Flavour = {flavour}")

size = st.radio("Size", ["Small", "Medium", "Large"], key="size")
st.write(f"Size = {size}")

agree = st.checkbox("I agree", key="agree")
st.write(f"Agree = {agree}")

dark = st.toggle("Dark mode", key="dark")
st.write(f"Dark = {dark}")

notes = st.text_area("Notes", key="notes")
st.write(f"Notes = {notes}")

level = st.slider("Level", 0, 10, 3, key="level")
st.write(f"Level = {level}")

st.button("Rerun")
