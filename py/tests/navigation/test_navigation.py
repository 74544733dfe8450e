"""st.navigation / st.Page: titles, icons, url paths, sections, errors, switching."""

import pytest

from wasmlit.testing import AppTest

APP = """
import streamlit as st

def home():
    st.title("Home")
    st.session_state.setdefault("count", 0)
    if st.button("Inc"):
        st.session_state.count += 1
    if st.button("To reports"):
        st.switch_page(reports_page, query_params={"from": "home"})

def reports():
    st.title("Reports")
    st.write("count", st.session_state.get("count"))
    st.write("query", st.query_params.get("from", "none"))

def my_settings():
    st.title("Settings")

home_page = st.Page(home, icon="🏠", default=True)
reports_page = st.Page(reports, title="All reports", url_path="/reports/")
page = st.navigation({"Main": [home_page, my_settings], "Data": [reports_page, "other.py"]}, position="top")
st.sidebar.write("on every page:", page.title)
page.run()
"""
OTHER = {"other.py": "import streamlit as st\nst.title('Other file')\n"}


def _nav(at):
    return [m for m in at._messages if m["type"] == "navigation"][-1]


def test_pages_titles_icons_url_paths_and_sections(app_file):
    at = AppTest.from_file(app_file(APP, OTHER)).run()
    nav = _nav(at)
    assert [(p["title"], p["icon"], p["urlPath"], p["section"], p["isDefault"]) for p in nav["pages"]] == [
        ("home", "🏠", "", "Main", True),
        ("my settings", "", "my_settings", "Main", False),
        ("All reports", "", "reports", "Data", False),
        ("other", "", "other", "Data", False),
    ]
    assert nav["sections"] == ["Main", "Data"] and nav["position"] == "top"
    assert at.title[0].value == "Home"
    assert at.sidebar.markdown[0].value == "on every page: home"


def test_switch_page_lands_on_the_page_with_its_query(app_file):
    at = AppTest.from_file(app_file(APP, OTHER)).run()
    at.button[0].click().run()
    at.button[1].click().run()
    assert at.title[0].value == "Reports"
    assert at.query_params == {"from": "home"}
    texts = [m.value for m in at.markdown]
    assert "count `1`" in texts and "query home" in texts
    nav = _nav(at)
    assert [p["title"] for p in nav["pages"] if p["pageScriptHash"] == nav["currentPageHash"]] == ["All reports"]


def test_app_test_switch_page_to_a_file_page(app_file):
    at = AppTest.from_file(app_file(APP, OTHER)).run()
    at.switch_page("other.py").run()
    assert at.title[0].value == "Other file"


@pytest.mark.parametrize(
    ("script", "message"),
    [
        ("st.navigation([])", "The `pages` parameter is required. Provide at least one `st.Page`."),
        (
            "st.navigation([st.Page(lambda: None, title='a', default=True), st.Page(lambda: None, title='b', default=True)])",
            "Multiple Pages specified with `default=True`. At most one Page can be set to default.",
        ),
        ("st.navigation(['a.py'], position='left')", "Invalid `position` value"),
        ("st.Page('missing.py')", "Unable to create Page. The file `missing.py` could not be found."),
        ("st.Page(lambda: None, title='x', url_path='a/b')", "The `url_path` `a/b` cannot include `/`."),
        ("st.Page('https://example.com')", "External URL pages require a non-empty title."),
        (
            "st.switch_page(st.Page('https://example.com', title='Ex'))",
            "Cannot use st.switch_page with external URL pages.",
        ),
    ],
)
def test_errors(app_file, script, message):
    at = AppTest.from_file(app_file("import streamlit as st\n" + script + "\n", {"a.py": ""})).run()
    (exc,) = at.exception
    assert message in exc.message


def test_duplicate_url_paths_are_an_error(app_file):
    at = AppTest.from_file(
        app_file(
            "import streamlit as st\n"
            "def a():\n    pass\n"
            "st.navigation([st.Page(a), st.Page(lambda: None, title='A', url_path='a')])\n"
        )
    ).run()
    (exc,) = at.exception
    assert exc.message.startswith(
        'Two pages resolve to the URL pathname `/a`: callable titled "a" (default page) and callable titled "A".'
    )


def test_page_run_only_once_and_only_the_chosen_page(app_file):
    at = AppTest.from_file(
        app_file(
            "import streamlit as st\n"
            "def p_body():\n    st.write('ran')\n"
            "p = st.Page(p_body, title='P')\n"
            "q = st.Page(lambda: None, title='Q')\n"
            "chosen = st.navigation([p, q])\n"
            "chosen.run()\n"
            "q.run()\n"
        )
    ).run()
    (exc,) = at.exception
    assert (
        exc.message
        == "This page cannot be called directly. Only the page returned from st.navigation can be called once."
    )
    assert at.markdown[0].value == "ran"
