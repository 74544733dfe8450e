"""Page titles, nav links and the page config title carry payloads: they must
show as text. Runs unchanged under Streamlit 1.67."""

import streamlit as st

TITLES = [
    "<img src=x onerror=\"top.__xss='nav-img'\">nav-img",
    "<script>top.__xss='nav-script'</script>nav-script",
    "[nav-js](javascript:top.__xss='nav-js')",
]


def home():
    st.set_page_config(page_title="<svg onload=\"top.__xss='title'\">page-title")
    st.write("nav home")


def other():
    st.write("nav other")


pages = [st.Page(home, title=TITLES[0], url_path="home", default=True)]
pages += [st.Page(other, title=title, url_path=f"other{i}") for i, title in enumerate(TITLES[1:])]
st.navigation(pages).run()
