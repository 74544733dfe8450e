import streamlit as st

st.title("Crash")
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.write("runs:", st.session_state.runs)

if st.button("Crash the worker"):
    import js

    # An error nobody catches, thrown in the worker outside any Python call.
    js.eval("setTimeout(() => { throw new Error('the worker exploded'); }, 0)")
