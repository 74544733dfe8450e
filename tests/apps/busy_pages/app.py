"""Three pages whose runs take a while, for switching pages while runs are in
progress; a session counter shows that the session lives through it."""

import time

import streamlit as st

st.session_state.setdefault("runs", 0)


def page(name):
    def show():
        st.session_state.runs += 1
        st.header(name)
        time.sleep(0.3)
        st.write(f"{name} done")
        st.write(f"runs: {st.session_state.runs}")

    return show


pages = [st.Page(page(name), title=name, url_path=name.lower()) for name in ("Alpha", "Beta", "Gamma")]
st.navigation(pages).run()
