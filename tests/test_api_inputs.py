"""Heading icons, alert titles, button icon_position / shortcut and
text_input required / validate / live / icon, as a real `streamlit run` 1.67
page shows them (DOM, text content, what commits)."""

import re

import pytest
from conftest import markdown, wait_idle
from playwright.sync_api import expect


@pytest.fixture(scope="module")
def page(open_app):
    return open_app("api_inputs")


def test_heading_icons(page):
    headings = page.get_by_test_id("stHeading")
    expect(headings.nth(0)).to_have_text("homeBig title")
    expect(headings.nth(0).locator("h1 > [data-testid=stHeadingIconWrapper] [data-testid=stHeadingIcon]")).to_have_text("home")
    expect(headings.nth(1)).to_have_text("🔥A header")
    expect(headings.nth(1).get_by_test_id("stHeadingIcon")).to_have_text("🔥")


def test_alert_titles(page):
    alerts = page.get_by_test_id("stAlert")
    expect(alerts.nth(0)).to_have_text("Heads upBody text")
    expect(alerts.nth(0).get_by_test_id("stAlertTitle")).to_have_text("Heads up")
    expect(alerts.nth(1)).to_have_text("warningCarefulWarn body")
    expect(alerts.nth(1).get_by_test_id("stAlertDynamicIcon")).to_have_text("warning")
    assert alerts.nth(1).get_by_test_id("stAlertTitle").evaluate("e => e.tagName") == "STRONG"


def test_button_icon_right_and_shortcut_hint(page):
    button = page.locator(".st-key-save").get_by_role("button")
    expect(button).to_have_text("SavesaveCtrl + K")
    expect(button.locator("[data-has-shortcut=true] > kbd")).to_have_attribute("aria-label", "Shortcut Ctrl + K")
    expect(page.locator(".st-key-next").get_by_role("button")).to_have_text("NextN")


def test_shortcuts_click_buttons(page):
    markdown(page, "runs: 1 clicked: False next: False").click()
    page.keyboard.press("Control+k")
    wait_idle(page)
    expect(markdown(page, "runs: 2 clicked: True next: False")).to_have_count(1)
    page.keyboard.press("n")
    wait_idle(page)
    expect(markdown(page, "runs: 3 clicked: False next: True")).to_have_count(1)
    # A plain-key shortcut does not fire while typing; Ctrl+K does.
    field = page.get_by_label("Live")
    field.focus()
    page.keyboard.press("n")
    page.keyboard.press("Control+k")
    wait_idle(page)
    # The typed "n" commits on its own (a 250 ms pause: one more run) when the
    # shortcut arrives after that pause, as on a loaded machine; either way
    # the shortcut clicked and "n" did not.
    clicked = page.get_by_test_id("stMarkdown").filter(has_text=re.compile(r"^runs: [45] clicked: True next: False$"))
    expect(clicked).to_have_count(1)
    field.fill("")
    field.blur()
    wait_idle(page)


def test_required_refuses_an_empty_value(page):
    field = page.get_by_label("Required name")
    container = page.locator(".st-key-req")
    expect(container.get_by_test_id("stWidgetLabel")).to_have_text("Required name(required)")
    expect(field).to_have_attribute("aria-required", "true")
    field.fill("x")
    field.press("Enter")
    wait_idle(page)
    expect(markdown(page, "req value: 'x'")).to_have_count(1)
    field.fill("")
    field.press("Enter")
    expect(container.get_by_role("alert")).to_have_text("This field is required.")
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(container.get_by_test_id("stTextInputErrorIcon")).to_have_count(1)
    expect(markdown(page, "req value: 'x'")).to_have_count(1)
    field.press("y")
    expect(container.get_by_role("alert")).to_have_count(0)
    field.press("Enter")
    wait_idle(page)
    expect(markdown(page, "req value: 'y'")).to_have_count(1)


def test_validate_refuses_a_value_the_regex_does_not_find(page):
    field = page.get_by_label("Zip")
    container = page.locator(".st-key-zip")
    runs = page.get_by_test_id("stMarkdown").filter(has_text="runs:").inner_text()
    field.fill("abc")
    field.press("Enter")
    expect(container.get_by_role("alert")).to_have_text("Five digits please")
    expect(container).to_have_text("ZipFive digits pleasePress Enter to apply")
    expect(page.get_by_test_id("stMarkdown").filter(has_text="runs:")).to_have_text(runs)
    field.fill("12345")
    field.press("Enter")
    wait_idle(page)
    expect(markdown(page, "zip value: '12345'")).to_have_count(1)
    expect(container.get_by_role("alert")).to_have_count(0)
    word = page.get_by_label("Word")
    word.fill("Hello")
    word.press("Enter")
    expect(page.locator(".st-key-word").get_by_role("alert")).to_have_text(
        "Invalid input. Must match pattern: /^[a-z]+$/su")
    expect(page.locator(".st-key-word").get_by_test_id("stTextInputIcon")).to_have_text("search")


def test_live_commits_after_a_pause_in_typing(page):
    field = page.get_by_label("Live")
    field.press_sequentially("hel", delay=30)
    expect(markdown(page, "live value: 'hel'")).to_have_count(1, timeout=60_000)
    wait_idle(page)
    assert page.errors == []


@pytest.mark.parametrize(("label", "typed", "shown"), [
    ("Fruit", "ap", ["apple", "grape", "papaya", "pineapple"]),  # fuzzy: best matches first
    ("Fruit", "pnp", ["pineapple"]),
    ("Fruit", "aa", ["banana", "papaya"]),
    ("Prefix", "ap", ["apple", "apricot"]),
])
def test_selectbox_filter_modes(page, label, typed, shown):
    box = page.get_by_role("combobox", name=label)
    box.click()
    box.fill(typed)
    expect(page.get_by_role("option")).to_have_text(shown)
    box.press("Escape")


def test_filter_mode_none_turns_typing_off(page):
    box = page.get_by_role("combobox", name="Fixed")
    box.click()
    page.keyboard.type("tw")
    expect(box).to_have_value("one")
    expect(page.get_by_role("option")).to_have_text(["one", "two"])
    box.press("Escape")
    assert page.errors == []


def test_expander_types(page):
    expanders = page.get_by_test_id("stExpander")
    expect(expanders).to_have_text([
        "Compact onechevron_rightin compact",
        "circlekeyboard_arrow_rightStep onein step one",
        "checkkeyboard_arrow_downStep twoin step two",
        "circleStep end",
        "check_circlekeyboard_arrow_rightStepping — completestatus step body",
    ])
    steps = page.locator("[data-testid=stLayoutWrapper][data-step=true]")
    expect(steps).to_have_count(4)
    expect(expanders.nth(1).get_by_test_id("stExpanderStepConnector")).to_have_count(1)
    expect(expanders.nth(3).locator("details")).to_have_count(0)
    expect(expanders.nth(1).locator("summary")).to_have_attribute("aria-expanded", "false")
    expanders.nth(0).locator("summary").click()
    expect(expanders.nth(0)).to_have_text("Compact onekeyboard_arrow_downin compact")
    expect(markdown(page, "in compact")).to_be_visible()


def test_time_input_12h(page):
    clock = page.get_by_test_id("stTimeInput")
    expect(clock).to_have_text("Clock\u206601:45\u2069 PM")
    hour = clock.get_by_role("spinbutton", name="hour, Clock")
    expect(hour).to_have_attribute("aria-valuetext", "1 PM")
    hour.focus()
    hour.press("ArrowUp")
    period = clock.get_by_role("spinbutton", name="AM/PM, Clock")
    period.focus()
    period.press("ArrowDown")
    expect(clock).to_have_text("Clock\u206602:45\u2069 AM")
    markdown(page, "clock value: 13:45:00").click()
    wait_idle(page)
    expect(markdown(page, "clock value: 02:45:00")).to_have_count(1)
    assert page.errors == []


def test_dialog_on_dismiss_callback_reruns(page):
    expect(markdown(page, "dismissals: 0")).to_have_count(1)
    page.get_by_role("button", name="Open settings").click()
    wait_idle(page)
    expect(page.get_by_test_id("stDialog")).to_have_count(1)
    page.get_by_role("dialog").get_by_role("button", name="Close").click()
    wait_idle(page)
    expect(page.get_by_test_id("stDialog")).to_have_count(0)
    expect(markdown(page, "dismissals: 1")).to_have_count(1)
    page.get_by_role("button", name="Open settings").click()
    wait_idle(page)
    page.keyboard.press("Escape")
    wait_idle(page)
    expect(markdown(page, "dismissals: 2")).to_have_count(1)
    assert page.errors == []


def test_markdown_headings_anchors_and_wrap(page):
    inside = markdown(page, "Inside heading body")
    expect(inside.locator("[data-testid=stHeadingWithActionElements] > h2#inside-heading")).to_have_text("Inside heading")
    expect(inside.get_by_test_id("stHeaderActionElements")).to_have_count(0)
    linked = markdown(page, "Linked heading body")
    expect(linked.locator("h2#linked-heading [data-testid=stHeaderActionElements] a")).to_have_attribute("href", "#linked-heading")
    long_text = ("A very long line of text " * 20).strip()
    nowrap = page.locator(f'[data-testid=stMarkdown] div[title="{long_text}"]')
    expect(nowrap).to_have_count(1)
    assert nowrap.evaluate("e => { const p = e.querySelector('p'); return p.scrollWidth > p.clientWidth; }")
    button = page.locator(".st-key-long").get_by_role("button")
    box = button.bounding_box()
    assert box["width"] <= page.get_by_test_id("stMainBlockContainer").bounding_box()["width"]


def test_selectbox_and_number_input_icons(page):
    expect(page.locator(".st-key-iconbox").get_by_test_id("stSelectboxIcon")).to_have_text("search")
    expect(page.locator(".st-key-money").get_by_test_id("stNumberInputIcon")).to_have_text("💰")
    expect(page.locator(".st-key-money").get_by_test_id("stNumberInput")).to_have_text("Money💰")
    assert page.errors == []
