"""persist_state="page" / "session" (Streamlit 1.67): widget values kept while
the widget is hidden, and (session) across page switches."""

import streamlit as st


def first():
    show = st.checkbox("Show widgets", value=True, key="show")
    if show:
        st.text_input("Session text", key="kept", persist_state="session")
        st.text_input("Page text", key="page_kept", persist_state="page")
        st.text_input("Plain text", key="plain")
    st.markdown(f"state: {sorted((k, v) for k, v in st.session_state.items() if k != 'show')}")


def second():
    st.markdown("second page")
    st.markdown(f"state two: {sorted(st.session_state.items())}")


common = st.sidebar.text_input("Common", key="common")
pg = st.navigation([st.Page(first, title="First"), st.Page(second, title="Second")])
pg.run()
