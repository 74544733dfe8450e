"""st.components.v2 through the page (tests/apps/components_v2): the HTML and
CSS mounted in the app's page (a shadow root, or a plain div with
isolate_styles=False), the JS module's default export called with Streamlit
1.67's arguments, setStateValue / setTriggerValue reaching Python (result,
session state, on_<name>_change callbacks; triggers last one run), forms
holding state until the submit, cleanup on unmount, and the error a module
without a default export shows. The expected texts and DOM were read off real
Streamlit 1.67 running the same app."""

import pytest
from conftest import click_and_wait, markdown, rerun_as_marker, wait_idle
from playwright.sync_api import expect

PRIMARY_RGB = "rgb(197, 57, 72)"  # the light theme's primary colour (#C53948), through --st-primary-color


@pytest.fixture(scope="module")
def page(open_app):
    return open_app("components_v2")


def isolated(page):
    return page.get_by_test_id("stBidiComponentIsolated")


def test_the_components_mount_as_streamlit_mounts_them(page):
    components = page.locator(".stBidiComponent")
    expect(components).to_have_count(4)
    expect(isolated(page)).to_have_count(2)
    expect(page.get_by_test_id("stBidiComponentRegular")).to_have_count(1)
    keyed = page.locator(".st-key-counter")
    expect(keyed).to_have_class("stElementContainer element-container st-key-counter")
    expect(keyed.locator(".stBidiComponent [data-testid=stBidiComponentIsolated]")).to_have_count(1)
    # the HTML in a div, then the CSS in a <style>, inside the open shadow root
    shadow = isolated(page).first.evaluate("host => host.shadowRoot.innerHTML")
    assert shadow == ('<div><div><p class="label">Count: <span id="count">5</span></p><button id="add">Add</button>'
                      '<button id="ping">Ping</button></div><style>.label { color: var(--st-primary-color); '
                      'font-family: var(--st-font); }</style></div>')
    expect(keyed.locator(".label")).to_have_css("color", PRIMARY_RGB)


def test_the_module_gets_streamlits_arguments(page):
    args = page.evaluate("window.counterArgs")
    assert args["name"] == "counter" and args["isShadow"] is True
    assert args["key"].startswith("st-bidi-component-")
    assert page.evaluate("window.counterCalls") == 2  # the counter and the one in the form
    assert page.evaluate("window.counterArgs.key !== undefined")


def test_bytes_data_and_styles_that_are_not_isolated(page):
    regular = page.get_by_test_id("stBidiComponentRegular")
    expect(regular).to_have_text("Not isolated")
    expect(regular.locator(".plain-text")).to_have_attribute("data-bytes", "1,2,255")
    expect(regular.locator(".plain-text")).to_have_css("font-weight", "700")
    assert regular.evaluate("el => el.shadowRoot") is None


def test_the_default_is_the_state_until_the_component_sets_it(page):
    expect(markdown(page, "result: {'count': 5, 'label': None, 'ping': None}")).to_have_count(1)
    expect(markdown(page, "session: {'count': 5}")).to_have_count(1)
    expect(markdown(page, "log: []")).to_have_count(1)


def test_set_state_value_reruns_with_the_new_state_and_runs_the_callbacks(page):
    click_and_wait(page, page.locator(".st-key-counter #add"))
    expect(markdown(page, "result: {'count': 6, 'label': 'count 6', 'ping': None}")).to_have_count(1)
    expect(markdown(page, "session: {'count': 6, 'label': 'count 6'}")).to_have_count(1)
    expect(markdown(page, "log: ['count', 'label']")).to_have_count(1)  # two values set in one task: one rerun
    expect(page.locator(".st-key-counter #count")).to_have_text("6")


def test_a_trigger_lasts_one_run(page):
    click_and_wait(page, page.locator(".st-key-counter #ping"))
    expect(markdown(page, "result: {'count': 6, 'label': 'count 6', 'ping': {'at': 6}}")).to_have_count(1)
    expect(markdown(page, "session: {'ping': {'at': 6}, 'count': 6, 'label': 'count 6'}")).to_have_count(1)
    expect(markdown(page, "log: ['count', 'label', 'ping']")).to_have_count(1)
    click_and_wait(page, page.locator(".st-key-counter #ping"))
    expect(markdown(page, "log: ['count', 'label', 'ping', 'ping']")).to_have_count(1)
    # another rerun: the trigger is gone, the state stays
    click_and_wait(page, page.get_by_test_id("stBaseButton-secondaryFormSubmit"))
    expect(markdown(page, "result: {'count': 6, 'label': 'count 6', 'ping': None}")).to_have_count(1)
    expect(markdown(page, "session: {'count': 6, 'label': 'count 6'}")).to_have_count(1)


def test_state_in_a_form_waits_for_the_submit_and_triggers_are_ignored(page):
    form_counter = page.locator(".st-key-in_form")
    form_counter.locator("#ping").click()
    form_counter.locator("#add").click()
    rerun_as_marker(page)  # the clicks' messages, if any, were handled before this run
    expect(markdown(page, "form: {'count': None, 'ping': None}")).to_have_count(1)
    click_and_wait(page, page.get_by_test_id("stBaseButton-secondaryFormSubmit"))
    expect(markdown(page, "form: {'count': 1, 'ping': None, 'label': 'count 1'}")).to_have_count(1)


def test_a_module_without_a_default_export_shows_streamlits_error(page):
    error = page.locator(".stBidiComponent [data-testid=stAlertContentError]")
    expect(error).to_have_count(1)
    expect(error.locator("strong")).to_have_text("BidiComponent Error: ")
    expect(error).to_contain_text("BidiComponent Error: JS module does not have a default export function.")
    expect(error.get_by_test_id("stErrorElementStack")).to_have_count(1)
    # as in Streamlit, the alert sits in the element with no stAlert around it
    expect(page.locator(".stBidiComponent [data-testid=stAlertContainer][role=alert]")).to_have_count(1)
    expect(page.locator(".stBidiComponent [data-testid=stAlert]")).to_have_count(0)


def test_unmounting_runs_the_cleanup(page):
    assert page.evaluate("window.counterCleanups ?? 0") == 0
    click_and_wait(page, page.get_by_test_id("stCheckbox").first.locator("label"))
    expect(page.locator(".st-key-counter")).to_have_count(0)
    expect(markdown(page, "log: ['count', 'label', 'ping', 'ping']")).to_have_count(1)
    page.wait_for_function("window.counterCleanups >= 1")
    wait_idle(page)
    assert page.offsite_requests == []
