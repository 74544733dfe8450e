import streamlit as st


def home():
    st.title("Home")
    if "count" not in st.session_state:
        st.session_state.count = 0
    if st.button("Increment"):
        st.session_state.count += 1
    st.write("Count = ", st.session_state.count)
    if st.button("To reports"):
        st.switch_page(reports, query_params={"from": "home"})


def settings():
    st.title("Settings")
    st.write("Count = ", st.session_state.get("count", "missing"))


def reports():
    st.title("Reports")
    st.write("Count = ", st.session_state.get("count", "missing"))
    st.write("Query: ", st.query_params.to_dict())
    if st.button("Set query"):
        st.query_params["tab"] = "b"
        st.query_params["x"] = ["1", "2"]
    st.write("All x: " + ", ".join(st.query_params.get_all("x")))


home_page = st.Page(home, title="Home", icon="🏠", default=True)
reports = st.Page(reports, title="Reports", url_path="reports")
pg = st.navigation({"Main": [home_page, st.Page(settings, icon="⚙️")], "Data": [reports]})
st.sidebar.write("Sidebar of every page")
pg.run()
