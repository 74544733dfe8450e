import streamlit as st

if "changes" not in st.session_state:
    st.session_state.changes = 0


def on_upload():
    st.session_state.changes += 1


doc = st.file_uploader("Upload a CSV", type=["csv"], key="doc", help="A CSV file", on_change=on_upload)
if doc is None:
    st.write("no file")
else:
    st.write(f"name={doc.name} type={doc.type} size={doc.size}")
    st.text(doc.getvalue().decode())
st.write(f"uploader changes: {st.session_state.changes}")

many = st.file_uploader("Many files", accept_multiple_files=True)
st.write("many: " + ", ".join(f.name for f in many))

clicked = st.download_button("Download data", data="a,b\n1,2\n", file_name="data.csv", mime="text/csv", key="dl")
st.write(f"download clicked: {clicked}")
st.download_button("Download bytes", data=b"\x00\x01binary", file_name="blob.bin", on_click="ignore")

st.link_button("Open docs", "https://docs.streamlit.io", help="Opens the docs")
st.page_link("https://example.com", label="Example site", icon="🌎")
st.page_link("app.py", label="Other")

with st.chat_message("user"):
    st.write("hello from user")
with st.chat_message("assistant"):
    st.write("hello from assistant")
st.chat_message("Bob", avatar="🦜").write("parrot says hi")

prompt = st.chat_input("Say something", max_chars=50, key="chat")
st.write(f"prompt: {prompt}")
