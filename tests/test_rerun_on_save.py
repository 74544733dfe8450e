"""`wasmlit serve`'s dev loop, as in `streamlit run`: a saved source file shows
"File change." with Rerun / Always rerun in the header's status widget (the
texts and test ids of Streamlit 1.67), the rerun runs the new code in the same
Python (st.session_state kept), changed modules are imported anew, other files
are written without a prompt, and server.runOnSave reruns at once."""


import pytest
from conftest import record_script_states, runs_recorded, wait_idle
from playwright.sync_api import expect

APP = """\
import os
import streamlit as st
import helper

st.session_state.setdefault("count", 0)
if st.button("Increment"):
    st.session_state.count += 1
st.write(f"Count: {st.session_state.count}")
st.write(f"Helper says {helper.WORD}")
st.write(f"Version 1")
if os.path.exists("data.txt"):
    st.write(f"Data: {open('data.txt').read().strip()}")
else:
    st.write("No data")
"""


def make_app(folder):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "app.py").write_text(APP)
    (folder / "helper.py").write_text('WORD = "hello"\n')
    (folder / "data.txt").write_text("first\n")
    return folder


def is_app_bundle(response):
    """The page's fetch of the app's files (web/boot/source-changes.js, after a change)."""
    return response.url.split("?")[0].endswith("/_wasmlit/app.json")


def status(page):
    return page.get_by_test_id("stStatusWidget")


def text(page, value):
    return page.get_by_test_id("stMarkdown").filter(has=page.get_by_text(value, exact=True))


@pytest.fixture(scope="module")
def app_dir(tmp_path_factory):
    return make_app(tmp_path_factory.mktemp("dev-loop") / "app")


@pytest.fixture(scope="module")
def app_page(open_app, app_dir):
    page = open_app(app_dir / "app.py")
    page.get_by_role("button", name="Increment").click()
    wait_idle(page)
    expect(text(page, "Count: 1")).to_be_visible()
    return page


def test_a_saved_script_offers_rerun_and_keeps_the_session(app_page, app_dir):
    page = app_page
    (app_dir / "app.py").write_text(APP.replace("Version 1", "Version 2"))
    expect(status(page)).to_have_text("infoFile change.RerunAlways rerun", timeout=30_000)
    buttons = status(page).get_by_test_id("stBaseButton-header")
    expect(buttons).to_have_text(["Rerun", "Always rerun"])
    assert buttons.first.get_attribute("kind") == "header"
    # Nothing reran by itself: the old code's output is still shown.
    expect(text(page, "Version 1")).to_be_visible()

    page.get_by_role("button", name="Rerun", exact=True).click()
    wait_idle(page)
    expect(text(page, "Version 2")).to_be_visible()
    # Same Python, same session: the count survived, the prompt is gone.
    expect(text(page, "Count: 1")).to_be_visible()
    expect(status(page)).to_have_count(0)
    assert page.errors == []


def test_a_changed_module_is_imported_anew_and_always_rerun_sticks(app_page, app_dir):
    page = app_page
    (app_dir / "helper.py").write_text('WORD = "bonjour"\n')
    expect(status(page)).to_contain_text("File change.", timeout=30_000)
    page.keyboard.press("a")  # Always rerun, as in Streamlit
    wait_idle(page)
    expect(text(page, "Helper says bonjour")).to_be_visible()
    expect(text(page, "Count: 1")).to_be_visible()

    # From now on this session reruns on every save, without asking.
    (app_dir / "helper.py").write_text('WORD = "hola"\n')
    expect(text(page, "Helper says hola")).to_be_visible(timeout=30_000)
    wait_idle(page)
    expect(status(page)).to_have_count(0)
    expect(text(page, "Count: 1")).to_be_visible()


def test_a_data_file_is_written_without_a_rerun(app_page, app_dir):
    page = app_page
    record_script_states(page)
    # Streamlit does not watch data files: no prompt, no rerun; the next run reads the new file.
    with page.expect_response(is_app_bundle, timeout=30_000):  # the page fetches the new files
        (app_dir / "data.txt").write_text("second\n")
    expect(text(page, "Data: first")).to_be_visible()
    expect(status(page)).to_have_count(0)
    page.get_by_role("button", name="Increment").click()
    wait_idle(page)
    expect(text(page, "Data: second")).to_be_visible()
    expect(text(page, "Count: 2")).to_be_visible()
    assert runs_recorded(page) == 1, "writing a data file must not rerun the app"

    with page.expect_response(is_app_bundle, timeout=30_000):
        (app_dir / "data.txt").unlink()
    page.get_by_role("button", name="Increment").click()
    wait_idle(page)
    expect(text(page, "No data")).to_be_visible()


def test_run_on_save_reruns_at_once(open_app, tmp_path_factory):
    folder = make_app(tmp_path_factory.mktemp("run-on-save") / "app")
    page = open_app(folder / "app.py", "--config", "server.runOnSave=true")
    page.get_by_role("button", name="Increment").click()
    wait_idle(page)
    (folder / "app.py").write_text(APP.replace("Version 1", "Version 3"))
    expect(text(page, "Version 3")).to_be_visible(timeout=30_000)
    wait_idle(page)
    expect(text(page, "Count: 1")).to_be_visible()
    expect(status(page)).to_have_count(0)


def test_without_allow_run_on_save_only_rerun_is_offered(open_app, tmp_path_factory):
    folder = make_app(tmp_path_factory.mktemp("no-always") / "app")
    (folder / ".streamlit").mkdir()
    (folder / ".streamlit" / "config.toml").write_text("[server]\nallowRunOnSave = false\n")
    page = open_app(folder / "app.py")
    (folder / "app.py").write_text(APP.replace("Version 1", "Version 4"))
    expect(status(page)).to_have_text("infoFile change.Rerun", timeout=30_000)
    record_script_states(page)
    page.keyboard.press("a")  # not offered: does nothing
    expect(text(page, "Version 1")).to_be_visible()
    page.keyboard.press("r")  # "r" reruns, as always
    wait_idle(page)
    expect(text(page, "Version 4")).to_be_visible()
    assert runs_recorded(page) == 1, '"a" must not rerun'
    # Nor did "a" turn on "Always rerun": the next save is offered again, not run.
    (folder / "app.py").write_text(APP.replace("Version 1", "Version 5"))
    expect(status(page)).to_have_text("infoFile change.Rerun", timeout=30_000)
    expect(text(page, "Version 4")).to_be_visible()


def test_a_save_that_does_not_compile_then_its_fix(open_app, tmp_path_factory):
    folder = make_app(tmp_path_factory.mktemp("broken-save") / "app")
    page = open_app(folder / "app.py", "--config", "server.runOnSave=true")
    page.get_by_role("button", name="Increment").click()
    wait_idle(page)
    (folder / "app.py").write_text(APP.replace('st.write(f"Version 1")', 'st.write(f"Version 1"'))
    stapp = page.get_by_test_id("stApp")
    expect(stapp).to_have_attribute("data-test-script-state", "compilationError", timeout=30_000)
    expect(page.get_by_test_id("stDialog").locator("h2")).to_have_text("Script execution error")

    (folder / "app.py").write_text(APP.replace("Version 1", "Version 5"))
    expect(text(page, "Version 5")).to_be_visible(timeout=30_000)
    wait_idle(page)
    expect(text(page, "Count: 1")).to_be_visible()
    expect(page.get_by_test_id("stDialog")).to_have_count(0)
