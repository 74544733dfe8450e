import streamlit as st
import streamlit.components.v1 as components
from echo_component import echo

st.title("Custom components")

value = echo("Ada", key="first", default="nothing yet", data=b"\x00\x01\xfa", level=3)
st.write(f"value: {value!r}")
st.write(f"state: {st.session_state.get('first')!r}")

unkeyed = echo("Bob")
st.write(f"unkeyed: {unkeyed!r}")

if "changes" not in st.session_state:
    st.session_state.changes = 0


def changed():
    st.session_state.changes += 1


echo("Callback", key="with_callback", on_change=changed)
st.write(f"callbacks: {st.session_state.changes}")

with st.form("form"):
    in_form = echo("Form", key="in_form")
    st.form_submit_button("Submit")
st.write(f"form value: {in_form!r}")

missing = components.declare_component("missing", path="no_frontend")
missing(default="missing default")
