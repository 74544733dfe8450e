"""st.datetime_input, st.menu_button, st.skeleton, st.pdf, st.logo, top
navigation, Material icons, emoji in headings, balloons and threads, through
the page with Streamlit 1.67's DOM (tests/apps/inputs_widgets, inputs_topnav)."""

import re

import pytest
from conftest import click_and_wait, markdown, new_guarded_page, wait_idle
from playwright.sync_api import expect

from wasmlit.testing.browser import wait_for_app


@pytest.fixture(scope="module")
def page(open_app):
    return open_app("inputs_widgets")


def test_emoji_shortcode_in_a_heading(page):
    heading = page.locator("h2#party")
    expect(heading.locator("span").first).to_have_text("Party 🎈 time")


def test_material_icons_in_markdown_and_buttons(page):
    icon = page.get_by_test_id("stMarkdownContainer").locator("span[role=img]")
    expect(icon).to_have_attribute("aria-label", "open_in_new icon")
    expect(icon).to_have_attribute("translate", "no")
    expect(icon).to_have_text("open_in_new")
    link = page.get_by_test_id("stLinkButton")
    expect(link.get_by_test_id("stIconMaterial")).to_have_text("open_in_new")
    expect(link.get_by_test_id("stIconMaterial")).to_have_attribute("translate", "no")
    expect(link).to_have_text(re.compile(r"^open_in_newOpen\s?$"))
    # The icon font (bundled, loaded on the first icon) draws the ligature.
    page.wait_for_function("document.fonts.check('20px \"Material Symbols Rounded\"', 'open_in_new')")
    assert page.evaluate("getComputedStyle(document.querySelector('[data-testid=stLinkButton] [data-testid=stIconMaterial]')).fontFamily").startswith('"Material Symbols Rounded"')
    box = link.get_by_test_id("stIconMaterial").bounding_box()
    assert box["width"] < 30, "the ligature draws one glyph, not the icon's name"


def test_logo_in_the_header_with_its_link(page):
    link = page.get_by_test_id("stHeader").get_by_test_id("stLogoLink")
    expect(link).to_have_attribute("href", "https://streamlit.io")
    expect(link).to_have_attribute("target", "_blank")
    expect(link).to_have_attribute("aria-label", "App Logo")
    expect(link.get_by_test_id("stHeaderLogo").get_by_test_id("stIconMaterial")).to_have_text("rocket_launch")


def test_datetime_input_from_the_calendar_and_its_time_row(page):
    widget = page.get_by_test_id("stDateTimeInput")
    group = widget.get_by_role("group", name="When")
    expect(group).to_have_text("2024/03/05, 10:30")
    expect(widget.locator("input[type=datetime-local]")).to_have_attribute("value", "2024-03-05T10:30:00")
    widget.get_by_test_id("stDateTimeInputCalendarButton").click()
    calendar = page.get_by_test_id("stDateTimeInputCalendar")
    expect(calendar).to_have_attribute("aria-label", "Choose date and time")
    click_and_wait(page, calendar.get_by_role("button", name="Friday, March 8, 2024"))
    expect(markdown(page, "when: datetime.datetime(2024, 3, 8, 10, 30)")).to_have_count(1)
    time_row = page.get_by_test_id("stDateTimeInputPopoverTime")
    expect(time_row).to_contain_text("Time")
    hour = time_row.get_by_role("spinbutton").first
    hour.click()
    hour.press("1")
    hour.press("4")
    time_row.get_by_role("spinbutton").nth(1).press("Tab")
    wait_idle(page)
    expect(markdown(page, "when: datetime.datetime(2024, 3, 8, 14, 30)")).to_have_count(1)
    page.keyboard.press("Escape")
    expect(calendar).to_have_count(0)


def test_typing_in_the_datetime_field(page):
    minute = page.get_by_test_id("stDateTimeInput").get_by_role("spinbutton", name="minute, When")
    minute.click()
    minute.press("4")
    minute.press("5")
    page.get_by_role("heading", name="Party 🎈 time").click()
    wait_idle(page)
    expect(markdown(page, "when: datetime.datetime(2024, 3, 8, 14, 45)")).to_have_count(1)


def test_menu_button_picks_an_option_for_one_run(page):
    widget = page.get_by_test_id("stMenuButton")
    button = widget.get_by_test_id("stMenuButtonButton")
    expect(button).to_have_attribute("aria-haspopup", "menu")
    # (main's markdown still ends its label with "\n": the dom-e2e branch drops it)
    expect(button).to_have_text(re.compile(r"^menuActions\s?expand_more$"))
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    menu = page.get_by_test_id("stMenuButtonBody").get_by_role("menu", name="Actions")
    expect(menu.get_by_role("menuitem")).to_have_text(["Copy", "Paste"])
    click_and_wait(page, menu.get_by_role("menuitem", name="Paste"))
    expect(markdown(page, "menu: 'Paste'")).to_have_count(1)
    expect(page.get_by_test_id("stMenuButtonBody")).to_have_count(0)
    click_and_wait(page, page.get_by_role("button", name="Balloons"))
    expect(markdown(page, "menu: None")).to_have_count(1)


def test_skeletons(page):
    skeletons = page.get_by_test_id("stSkeletonElement")
    expect(skeletons).to_have_count(2)
    expect(skeletons.first).to_have_attribute("aria-hidden", "true")
    sized = page.locator("[data-testid=stElementContainer]:has(> [data-testid=stSkeletonElement])").nth(1)
    expect(sized).to_have_attribute("width", "200px")
    expect(sized).to_have_attribute("height", "120px")
    assert round(skeletons.nth(1).bounding_box()["height"]) == 120


def test_pdf_pages_are_drawn_in_the_page(page):
    container = page.get_by_test_id("pdf-container")
    expect(container).to_have_attribute("aria-label", "Two pages")
    expect(container).to_have_attribute("role", "region")
    expect(page.get_by_test_id("pdf-content")).to_have_attribute("style", re.compile("height: 300px"))
    expect(page.get_by_test_id("pdf-document-container").locator("canvas")).to_have_count(2, timeout=30_000)
    expect(container.get_by_role("button", name="Zoom In")).to_have_attribute("title", "Zoom In")
    element = page.locator(".stElementContainer.st-key-doc .stBidiComponent")
    expect(element.get_by_test_id("stBidiComponentIsolated")).to_have_count(1)
    # Something was drawn: the first page's canvas is not blank.
    drawn = page.evaluate("""() => {
      const host = document.querySelector('[data-testid=stBidiComponentIsolated]');
      const canvas = host.shadowRoot.querySelector('canvas');
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 128) return true;
      return false;
    }""")
    assert drawn


def test_threads_run_the_documented_pattern(page):
    expect(markdown(page, "worker done after 0.2")).to_have_count(1)
    expect(markdown(page, "worker done after 0.1")).to_have_count(1)
    expect(markdown(page, "threads alive: False")).to_have_count(1)


def test_balloons_leave_no_element_in_the_layout(page):
    click_and_wait(page, page.get_by_role("button", name="Balloons"))
    balloons = page.get_by_test_id("stBalloons")
    expect(balloons).to_have_count(1)
    assert balloons.evaluate("(node) => node.closest('[data-testid=stMain]') === null")
    last = page.get_by_test_id("stMainBlockContainer").get_by_test_id("stElementContainer").last
    expect(last).to_have_attribute("width", "auto")
    assert last.evaluate("(node) => node.children.length === 0 || node.firstElementChild.children.length === 0")
    assert page.errors == [] and page.offsite_requests == []


def test_lazy_chunks_load_only_when_needed(browser, browser_context_args, serve_app):
    plain = new_guarded_page(browser, browser_context_args)
    plain.goto(serve_app("examples/counter/app.py"))
    wait_for_app(plain)
    loaded = " ".join(plain.requests)
    assert "material-symbols" not in loaded and "pdfjs" not in loaded and "pdf.worker" not in loaded
    plain.context.close()


@pytest.fixture(scope="module")
def topnav(open_app):
    return open_app("inputs_topnav")


def test_top_navigation_in_the_header(topnav):
    nav = topnav.get_by_test_id("stHeader").get_by_test_id("stTopNav")
    expect(nav).to_have_attribute("aria-label", "App pages")
    home = nav.get_by_test_id("stTopNavLink")
    expect(home).to_have_count(1)
    expect(home).to_have_attribute("aria-current", "page")
    expect(home).to_have_text(re.compile(r"^homeHome\s?$"))
    section = nav.get_by_test_id("stTopNavSection")
    expect(section).to_have_text("Tools")
    section.click()
    popover = topnav.get_by_test_id("stTopNavPopoverBody").get_by_test_id("stTopNavPopover")
    links = popover.get_by_test_id("stTopNavDropdownLink")
    expect(links).to_have_count(2)
    expect(links.nth(0)).to_have_attribute("role", "menuitem")
    click_and_wait(topnav, links.nth(1))
    expect(markdown(topnav, "page: gamma")).to_have_count(1)
    assert topnav.url.endswith("/gamma")
    # No sidebar: the header holds the logo, icon_image in place of the image.
    logo = topnav.get_by_test_id("stHeader").get_by_test_id("stHeaderLogo")
    expect(logo).to_have_attribute("role", "img")
    expect(logo).to_have_attribute("aria-label", "App Logo")
    expect(logo).to_have_text("🎈")
