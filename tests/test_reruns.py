"""What a rerun does to the page: elements it no longer produces disappear, and
while it runs, the elements it has not produced yet are marked stale."""

from conftest import click_and_wait, press_and_wait, wait_idle
from playwright.sync_api import expect


def container_of(page, testid):
    return page.get_by_test_id("stElementContainer").filter(has=page.get_by_test_id(testid))


def test_elements_not_produced_by_a_rerun_disappear(open_app):
    page = open_app("reruns")
    checkbox = page.get_by_role("checkbox", name="Show the name input")
    expect(checkbox).not_to_be_checked()
    expect(page.get_by_test_id("stTextInput")).to_have_count(0)
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Show = False"])

    click_and_wait(page, page.get_by_test_id("stCheckbox").get_by_text("Show the name input"))
    expect(checkbox).to_be_checked()
    name = page.get_by_test_id("stTextInput").get_by_label("Name")
    expect(name).to_be_visible()
    expect(page.locator(".st-key-name")).to_have_count(1)
    name.fill("Ada")
    press_and_wait(page, name, "Enter")
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Name = Ada", "Show = True"])

    click_and_wait(page, page.get_by_test_id("stCheckbox").get_by_text("Show the name input"))
    expect(checkbox).not_to_be_checked()
    expect(page.get_by_test_id("stTextInput")).to_have_count(0)
    expect(page.locator(".st-key-name")).to_have_count(0)
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Show = False"])
    expect(page.locator("[data-testid=stElementContainer][data-stale=true]")).to_have_count(0)

    # A widget that was gone for a run starts over from its default, as in Streamlit.
    click_and_wait(page, page.get_by_test_id("stCheckbox").get_by_text("Show the name input"))
    expect(page.get_by_test_id("stTextInput").get_by_label("Name")).to_have_value("")
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Name = ", "Show = True"])
    assert page.errors == []


def test_old_elements_are_stale_while_a_run_is_going(open_app):
    page = open_app("reruns")
    app = page.get_by_test_id("stApp")
    heading = container_of(page, "stHeading")
    button = container_of(page, "stButton")
    expect(heading).to_have_attribute("data-stale", "false")
    expect(button).to_have_attribute("data-stale", "false")
    expect(page.get_by_test_id("stStatusWidget")).to_have_count(0)
    texts_before = page.get_by_test_id("stMarkdown").all_inner_texts()

    page.get_by_role("button", name="Slow rerun").click()
    # The script sleeps 1.5 s after the button: everything after it is still the
    # previous run's, and shown as stale, while the button is already fresh.
    expect(app).to_have_attribute("data-test-script-state", "running")
    expect(heading).to_have_attribute("data-stale", "true")
    expect(container_of(page, "stCheckbox")).to_have_attribute("data-stale", "true")
    expect(button).to_have_attribute("data-stale", "false")
    expect(page.get_by_test_id("stStatusWidget")).to_be_visible()
    # As in Streamlit 1.67: a running icon (aria-label "Running...") and Stop.
    expect(page.get_by_test_id("stStatusWidgetRunningIcon")).to_have_attribute("aria-label", "Running...")
    expect(page.get_by_test_id("stStatusWidget")).to_have_text("Stop")
    assert app.get_attribute("data-test-script-state") == "running"

    wait_idle(page)
    expect(page.locator("[data-testid=stElementContainer][data-stale=true]")).to_have_count(0)
    expect(heading).to_have_attribute("data-stale", "false")
    expect(page.get_by_test_id("stStatusWidget")).to_have_count(0)
    expect(page.get_by_test_id("stMarkdown")).to_have_text(texts_before)
    assert page.errors == []
