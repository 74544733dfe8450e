"""st.navigation(position="top") with sections, and st.logo with icon_image (tests/test_inputs_widgets.py)."""

import streamlit as st


def home():
    st.write("page: home")


def beta():
    st.write("page: beta")


def gamma():
    st.write("page: gamma")


st.logo(":material/rocket_launch:", icon_image="🎈")
pg = st.navigation(
    {"": [st.Page(home, title="Home", icon=":material/home:")],
     "Tools": [st.Page(beta, title="Beta", icon="🎈"), st.Page(gamma, title="Gamma")]},
    position="top",
)
pg.run()
