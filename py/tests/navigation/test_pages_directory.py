"""Apps with a pages/ folder: names, order, icons, page switches, state."""

from pathlib import Path

from wasmlit.navigation.names import page_icon_and_name, page_sort_key
from wasmlit.testing import AppTest

HOME = """
import streamlit as st
st.title("Home")
st.session_state.setdefault("count", 0)
if st.button("Inc"):
    st.session_state.count += 1
st.write("Count = ", st.session_state.count)
"""

FILES = {
    "pages/10_Last.py": "import streamlit as st\nst.title('Last')\n",
    "pages/2_📈_Plot_data.py": """
        import streamlit as st
        st.title("Plot")
        st.write("Count = ", st.session_state.get("count", "missing"))
        st.text_input("Name", key="name")
        if st.button("Home"):
            st.switch_page("app.py")
    """,
    "pages/about.py": "import streamlit as st\nst.title('About')\nst.write('Name kept: ', 'name' in st.session_state)\n",
}


def test_file_names_give_icon_name_and_order():
    assert page_icon_and_name(Path("2_📈_Plot_data.py")) == ("📈", "Plot_data")
    assert page_icon_and_name(Path("about.py")) == ("", "about")
    assert page_icon_and_name(Path("04 my  page.py")) == ("", "my_page")
    names = ["10_Last.py", "about.py", "2_📈_Plot_data.py", "1_b.py"]
    assert sorted(names, key=lambda n: page_sort_key(Path(n))) == [
        "1_b.py",
        "2_📈_Plot_data.py",
        "10_Last.py",
        "about.py",
    ]


def _nav(at):
    """The last navigation message of the last run() (a switch_page runs twice)."""
    return [m for m in at._messages if m["type"] == "navigation"][-1]


def test_pages_folder_makes_a_navigation(app_file):
    at = AppTest.from_file(app_file(HOME, FILES)).run()
    nav = _nav(at)
    assert [(p["title"], p["urlPath"], p["icon"]) for p in nav["pages"]] == [
        ("app", "", ""),
        ("Plot data", "Plot_data", "📈"),
        ("Last", "Last", ""),
        ("about", "about", ""),
    ]
    assert nav["position"] == "sidebar" and nav["pages"][0]["isDefault"]
    assert nav["currentPageHash"] == nav["pages"][0]["pageScriptHash"]
    assert at.title[0].value == "Home"


def test_state_persists_across_pages_and_widgets_of_a_left_page_are_cleaned(app_file):
    at = AppTest.from_file(app_file(HOME, FILES)).run()
    at.button[0].click().run()
    at.button[0].click().run()
    at.switch_page("pages/2_📈_Plot_data.py").run()
    assert at.title[0].value == "Plot"
    assert at.markdown[0].value == "Count =  `2`"
    at.text_input(key="name").input("Ann").run()
    assert at.session_state["name"] == "Ann"
    at.switch_page("pages/about.py").run()
    # As in Streamlit, the left page's widget state is cleaned when the new
    # page's first run ends: still there during that run, gone after it.
    assert at.markdown[0].value == "Name kept:  `True`"
    at.run()
    assert at.markdown[0].value == "Name kept:  `False`"
    assert at.session_state["count"] == 2


def test_switch_page_from_a_button(app_file):
    at = AppTest.from_file(app_file(HOME, FILES)).run()
    at.switch_page("pages/2_📈_Plot_data.py").run()
    at.button[0].click().run()
    assert at.title[0].value == "Home"
    assert _nav(at)["currentPageHash"] == _nav(at)["pages"][0]["pageScriptHash"]


def test_switch_page_to_an_unknown_file_names_the_folder(app_file):
    script = app_file(HOME + "\nst.switch_page('pages/nope.py')\n", FILES)
    at = AppTest.from_file(script).run()
    (exc,) = at.exception
    assert exc.message == (
        "Could not find page: `pages/nope.py`. You must provide a file path relative to the "
        f"entrypoint file (from the directory `{script.parent.name}`). "
        "Only the entrypoint file and files in the `pages/` directory are supported."
    )


def _navigation_of_run(at, **routing):
    from wasmlit.runtime.rerun_data import RerunData

    messages = []
    at._session.runner.emit = messages.append
    at._session.runner.ctx.emit = messages.append
    at._session.handle_rerun(RerunData(widgets={}, **routing))
    (nav,) = [m for m in messages if m["type"] == "navigation"]
    return nav


def test_url_pathnames_open_pages_and_unknown_ones_the_default_page(app_file):
    at = AppTest.from_file(app_file(HOME, FILES))
    nav = _navigation_of_run(at, page_name="nope")
    assert nav["pageNotFound"] is True
    assert nav["currentPageHash"] == nav["pages"][0]["pageScriptHash"]
    nav = _navigation_of_run(at, page_name="about")
    assert nav["pageNotFound"] is False
    assert [p["urlPath"] for p in nav["pages"] if p["pageScriptHash"] == nav["currentPageHash"]] == ["about"]
    # A rerun of the current page (by hash) stays there.
    nav = _navigation_of_run(at, page_script_hash=nav["currentPageHash"])
    assert [p["urlPath"] for p in nav["pages"] if p["pageScriptHash"] == nav["currentPageHash"]] == ["about"]
