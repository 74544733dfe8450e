"""The same app in a real browser (Chromium, Pyodide), with the wasmlit_app
fixture of wasmlit's pytest plugin. The app comes from `wasmlit_app = app.py`
in pytest.ini; a test can name another with @pytest.mark.wasmlit_app(path)."""

from playwright.sync_api import expect

from wasmlit.testing.browser import click_and_wait, fill_and_wait


def button(page, label):
    # st.button's own button (the number input's +/- are buttons too).
    return page.get_by_test_id("stButton").get_by_role("button", name=label, exact=True)


def test_increment(wasmlit_app):
    page = wasmlit_app
    expect(page.get_by_test_id("stHeading")).to_have_text("Counter")
    count = page.get_by_test_id("stMarkdown").filter(has_text="Count =")
    expect(count).to_have_text("Count = 0")

    click_and_wait(button(page, "Increment"))
    expect(count).to_have_text("Count = 1")

    fill_and_wait(page.get_by_label("Step"), "5")
    click_and_wait(button(page, "Increment"))
    expect(count).to_have_text("Count = 6")
    assert page.wasmlit_errors == []


def test_greeting(wasmlit_app):
    page = wasmlit_app
    page.get_by_label("Your name").fill("Ada")
    click_and_wait(page.get_by_role("button", name="Greet"))
    expect(page.get_by_test_id("stAlert")).to_have_text("Hello, Ada!")
    assert page.wasmlit_errors == []
