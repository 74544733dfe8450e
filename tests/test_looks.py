"""Looks as Streamlit 1.67 (issue 11): the computed styles a user sees, measured
on a real 1.67 page (light theme) and checked here on wasmlit's page."""

import re

import pytest
from playwright.sync_api import expect

WIDGET_BORDER = "rgb(220, 216, 212)"  # 1.67's borderColor / widgetBorderColor, #DCD8D4
PRIMARY = "rgb(197, 57, 72)"  # #C53948


@pytest.fixture(scope="module")
def page(open_app):
    return open_app("looks")


def style(locator, prop, pseudo=None):
    return locator.evaluate("(el, [prop, pseudo]) => getComputedStyle(el, pseudo).getPropertyValue(prop)", [prop, pseudo])


def test_text_input_has_a_1px_widget_border_and_a_primary_focus_border(page):
    root = page.locator(".st-key-name").get_by_test_id("stTextInputRootElement")
    for side in ("top", "right", "bottom", "left"):
        assert style(root, f"border-{side}-width") == "1px"
        assert style(root, f"border-{side}-style") == "solid"
        assert style(root, f"border-{side}-color") == WIDGET_BORDER
    page.locator(".st-key-name").get_by_test_id("stTextInputField").focus()
    expect(root).to_have_css("border-top-color", PRIMARY)
    page.locator(".st-key-name").get_by_test_id("stTextInputField").blur()
    expect(root).to_have_css("border-top-color", WIDGET_BORDER)


def test_selectbox_has_the_same_border(page):
    control = page.locator(".st-key-pick [role=group]")
    expect(control).to_have_css("border-top-width", "1px")
    expect(control).to_have_css("border-left-color", WIDGET_BORDER)


def test_button_labels_are_14px_on_one_line(page):
    for key in ("press", "go"):
        label = page.locator(f".st-key-{key} button p")
        expect(label).to_have_css("font-size", "14px")
        expect(label).to_have_css("white-space", "nowrap")
    expect(page.locator(".st-key-go button")).to_have_css("background-color", PRIMARY)
    expect(page.locator(".st-key-press button")).to_have_css("border-top-color", WIDGET_BORDER)


def test_the_active_tab_is_underlined_in_the_primary_colour(page):
    tabs = page.get_by_test_id("stTab")
    expect(tabs.nth(0)).to_have_attribute("aria-selected", "true")
    assert style(tabs.nth(0), "background-color", "::after") == PRIMARY
    assert style(tabs.nth(0), "height", "::after") == "2px"
    assert style(tabs.nth(1), "content", "::after") == "none"
    tabs.nth(1).click()
    expect(tabs.nth(1)).to_have_attribute("aria-selected", "true")
    assert style(tabs.nth(1), "background-color", "::after") == PRIMARY
    assert style(tabs.nth(0), "content", "::after") == "none"


def test_python_code_is_highlighted_with_its_text_unchanged(page):
    code = page.locator(".st-key-python_code").get_by_test_id("stCode").locator("code")
    keyword = code.locator(".token.keyword").first
    expect(keyword).to_have_text("def")
    expect(keyword).to_have_css("color", "rgb(28, 131, 225)")  # 1.67's blue70
    expect(code.locator(".token.function")).to_have_text("add")
    expect(code.locator(".token.comment")).to_have_text("# sum")
    expect(code.locator(".token.comment")).to_have_css("font-style", "italic")
    # Line numbers are part of the text content, as in Streamlit.
    assert code.text_content() == "1def add(a, b):\n2    return a + b  # sum"


def test_code_without_a_language_stays_plain(page):
    code = page.locator(".st-key-plain_code").get_by_test_id("stCode").locator("code")
    expect(code).to_have_text("def add(a, b): pass")
    expect(code.locator(".token")).to_have_count(0)


def test_charts_use_streamlits_theme(page):
    bars = page.locator(".st-key-bars").get_by_test_id("stVegaLiteChart")
    first_bar = bars.locator("svg g.mark-rect path").first
    expect(first_bar).to_have_attribute("fill", re.compile("^#0068c9$", re.I))
    label = bars.locator("svg g.role-axis-label text").first
    expect(label).to_have_attribute("fill", re.compile("^#808495$", re.I))
    expect(label).to_have_attribute("font-size", "12px")
    # Areas are solid, in the first categorical colour.
    area = page.locator(".st-key-areas").get_by_test_id("stVegaLiteChart").locator("svg g.mark-area path").first
    expect(area).to_have_attribute("fill", re.compile("^#0068c9$", re.I))
    assert area.get_attribute("fill-opacity") in (None, "1")


def test_exception_links_are_1_67s(page):
    error = page.get_by_test_id("stException")
    google = error.get_by_role("link", name="Ask Google")
    expect(google).to_have_attribute("href", "https://www.google.com/search?q=ValueError%3A%20Bad%20value")
    expect(google).to_have_attribute("target", "_blank")
    chatgpt = error.get_by_role("link", name="Ask ChatGPT")
    expect(chatgpt).to_have_attribute("href", "https://chatgpt.com/?q=ValueError%3A%20Bad%20value%0A%0A")
    expect(error.get_by_role("button", name="Copy")).to_have_css("text-decoration-line", "underline")
    assert page.offsite_requests == []


def test_images_have_rounded_corners(page):
    expect(page.get_by_test_id("stImage").locator("img")).to_have_css("border-top-left-radius", "8px")
