"""Exceptions shown in the app: the guide's two error examples and an uncaught
exception in a script that then keeps working."""

import re

from conftest import click_and_wait, markdown, wait_idle
from playwright.sync_api import expect


def test_assigning_a_button_key_shows_an_exception(open_app):
    page = open_app("button_key")
    error = page.get_by_test_id("stException")
    expect(error).to_be_visible()
    expect(error.get_by_role("alert")).to_be_visible()
    expect(page.locator("[data-testid=stException].stException")).to_have_count(1)
    message = error.get_by_test_id("stExceptionMessage")
    expect(message).to_contain_text("StreamlitValueAssignmentNotAllowedError")
    expect(message).to_contain_text("st.session_state['my_button']")
    expect(message).to_contain_text("is read-only and cannot be assigned through session state")
    expect(error.get_by_test_id("stExceptionTraceRow").first).to_contain_text("st.button('Submit', key='my_button')")
    # The script stopped at the button: it is not shown.
    expect(page.get_by_test_id("stButton")).to_have_count(0)
    assert page.errors == []


def test_missing_key_shows_a_key_error(open_app):
    page = open_app("missing_key")
    error = page.get_by_test_id("stException")
    expect(error).to_be_visible()
    message = error.get_by_test_id("stExceptionMessage")
    expect(message).to_contain_text("KeyError")
    expect(message).to_contain_text('st.session_state has no key "value"')
    expect(error.get_by_test_id("stExceptionTraceRow").first).to_contain_text("app.py")
    expect(error.get_by_test_id("stExceptionTraceRow").first).to_contain_text("st.session_state['value']")
    expect(page.get_by_test_id("stMarkdown")).to_have_count(0)
    assert page.errors == []


def test_uncaught_exception_then_the_app_keeps_working(open_app):
    page = open_app("script_errors")
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["End of script"])

    click_and_wait(page, page.get_by_role("button", name="Ask 41"))
    error = page.get_by_test_id("stException")
    expect(error).to_have_count(1)
    expect(error).to_be_visible()
    message = error.get_by_test_id("stExceptionMessage")
    expect(message).to_contain_text("ValueError")
    expect(message).to_contain_text("the answer is 42, not 41")
    expect(error).to_contain_text("Traceback:")
    trace = error.get_by_test_id("stExceptionTraceRow")
    expect(trace.filter(has_text="check_answer(41)")).to_have_count(1)
    expect(trace.filter(has_text='raise ValueError(f"the answer is 42, not {answer}")')).to_have_count(1)
    expect(trace.filter(has_text="in check_answer")).to_have_count(1)
    # The run stopped at the exception: what followed it is gone, what preceded it stays.
    expect(markdown(page, "End of script")).to_have_count(0)
    expect(page.get_by_test_id("stHeading")).to_have_text("Errors")
    expect(page.get_by_role("button", name="Say hello")).to_be_visible()

    # The next interaction runs normally again and the exception is gone.
    click_and_wait(page, page.get_by_role("button", name="Say hello"))
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Hello after the error", "End of script"])

    # And it can fail and recover again.
    click_and_wait(page, page.get_by_role("button", name="Ask 41"))
    expect(page.get_by_test_id("stException")).to_have_count(1)
    # Both lines of the previous run are gone, not only the one the exception replaced.
    expect(page.get_by_test_id("stMarkdown")).to_have_count(0)
    click_and_wait(page, page.get_by_role("button", name="Say hello"))
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Hello after the error", "End of script"])
    assert page.errors == []


def test_callback_exception_then_r_reruns_the_app(open_app):
    page = open_app("callback_error")
    expect(markdown(page, "Script body ran")).to_have_count(1)
    click_and_wait(page, page.get_by_role("button", name="Explode"))
    # As in Streamlit: the callback's exception is shown and the script body did not run.
    error = page.get_by_test_id("stException")
    expect(error.get_by_test_id("stExceptionMessage")).to_contain_text("callback failed")
    expect(error.get_by_test_id("stExceptionTraceRow").filter(has_text="in explode")).to_have_count(1)
    expect(page.get_by_test_id("stButton")).to_have_count(0)
    # "r" reruns the app (Streamlit's shortcut), which works normally again.
    page.locator("body").press("r")
    wait_idle(page)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(markdown(page, "Script body ran")).to_have_count(1)
    expect(page.get_by_role("button", name="Explode")).to_be_visible()
    assert page.errors == []


def test_a_script_that_does_not_compile_opens_streamlits_error_dialog(page, serve_app):
    # Streamlit 1.67: no element, a "Script execution error" modal with the
    # SyntaxError's line and caret, and data-test-script-state="compilationError".
    page.goto(serve_app("tests/apps/compile_error/app.py"))
    stapp = page.get_by_test_id("stApp")
    expect(stapp).to_have_attribute("data-test-script-state", "compilationError", timeout=120_000)
    dialog = page.get_by_test_id("stDialog")
    expect(dialog.get_by_role("dialog")).to_be_visible()
    expect(dialog.locator("h2")).to_have_text("Script execution error")
    expect(dialog.get_by_test_id("stErrorCodeBlock")).to_have_text(
        re.compile(r'^File "[^"]*app\.py", line 4\n  st\.write\("never shown"\n {10}\^\nSyntaxError: \'\(\' was never closed$')
    )
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_test_id("stHeading")).to_have_count(0)
    dialog.get_by_test_id("stBaseButton-secondary").click()
    expect(page.get_by_test_id("stDialog")).to_have_count(0)
    expect(stapp).to_have_attribute("data-test-script-state", "compilationError")
