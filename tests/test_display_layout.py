"""Display elements and layout containers in the browser: st.metric, math
(st.latex / $…$ with KaTeX loaded lazily and served by the site), emoji
shortcodes, st.html, st.echo, st.help, st.balloons / st.snow, st.tabs,
st.popover, @st.dialog, st.container(height=N) and nested columns.

All tests share one page (one session) in file order."""

import re

import pytest
from conftest import click_and_wait, markdown
from playwright.sync_api import expect

APP = "display_layout"


@pytest.fixture(scope="module")
def page(open_app):
    return open_app(APP)


def metric(page, label):
    return page.get_by_test_id("stMetric").filter(has=page.get_by_test_id("stMetricLabel").filter(has_text=label))


def test_badge_and_space(page):
    badge = page.locator(".stMarkdownBadge")
    expect(badge).to_have_text("🧪 Beta")
    expect(badge).to_have_css("background-color", re.compile(r"rgba?\("))
    expect(page.get_by_test_id("stSpace")).to_have_css("height", "40px")


def test_metric_format_applies_to_numbers(page):
    visitors = metric(page, "Visitors")
    expect(visitors.get_by_test_id("stMetricValue")).to_have_text("1.2M")
    expect(visitors.get_by_test_id("stMetricDelta")).to_have_text("1.5K")


def test_metric_value_delta_colour_and_arrow(page):
    temp = metric(page, "Temperature")
    expect(temp.get_by_test_id("stMetricValue")).to_have_text("70 °F")
    delta = temp.get_by_test_id("stMetricDelta")
    expect(delta).to_have_text("1.2 °F")
    expect(delta.get_by_test_id("stMetricDeltaIcon-Up")).to_be_visible()
    # Streamlit 1.67's green delta: dark green text on a pale green pill.
    expect(delta).to_have_css("color", "rgb(12, 90, 68)")
    expect(delta).to_have_css("background-color", "rgb(241, 251, 246)")
    expect(temp.get_by_test_id("stTooltipIcon")).to_be_visible()
    # A negative delta with delta_color="inverse" is green with a down arrow.
    errors = metric(page, "Errors").get_by_test_id("stMetricDelta")
    expect(errors.get_by_test_id("stMetricDeltaIcon-Down")).to_be_visible()
    expect(errors).to_have_css("color", "rgb(12, 90, 68)")
    # A zero delta: gray, no arrow.
    flat = metric(page, "Flat").get_by_test_id("stMetricDelta")
    expect(flat).to_have_text("0")
    expect(flat.locator("svg")).to_have_count(0)
    # label_visibility="collapsed": the label is not shown.
    hidden = metric(page, "Hidden")
    expect(hidden.get_by_test_id("stMetricLabel")).to_be_hidden()
    expect(hidden.get_by_test_id("stMetricLabel")).to_have_attribute("visibility", "2")
    expect(hidden.get_by_test_id("stMetricValue")).to_have_text("7")


def test_math_is_typeset_by_bundled_katex(page):
    latex = page.get_by_test_id("stMarkdown").filter(has=page.locator(".katex-display"))
    expect(latex).to_have_count(1)
    expect(latex.locator(".katex-mathml annotation")).to_have_text("a^2 + b^2 = c^2")
    inline = page.get_by_test_id("stMarkdown").filter(has_text="Inline")
    expect(inline.locator(".katex")).to_have_count(1)
    expect(inline.locator(".katex-display")).to_have_count(0)
    # KaTeX's stylesheet came from the site: its fonts apply.
    font = inline.locator(".katex").first.evaluate("el => getComputedStyle(el).fontFamily")
    assert "KaTeX_Main" in font
    assert not page.offsite_requests


def test_emoji_shortcodes(page):
    inline = page.get_by_test_id("stMarkdownContainer").filter(has_text="emoji and")
    expect(inline).to_contain_text("😄 emoji")
    expect(inline).to_contain_text(":not_a_code: text")


def test_html_is_sanitised(page):
    html = page.get_by_test_id("stHtml")
    expect(html.locator("b.from-html")).to_have_text("Bold html")
    expect(html.locator("script")).to_have_count(0)
    assert page.evaluate("window.injected === undefined")


def test_echo_shows_code_above_its_output(page):
    code = page.get_by_test_id("stCode").filter(has_text="answer = 40 + 2")
    expect(code).to_contain_text('st.write("The answer is", answer)')
    expect(markdown(page, "The answer is 42")).to_be_visible()
    above = page.evaluate("""() => {
        const code = [...document.querySelectorAll('[data-testid=stCode]')].find(e => e.textContent.includes('answer = 40'));
        const out = [...document.querySelectorAll('[data-testid=stMarkdown]')].find(e => e.textContent.includes('The answer is'));
        return Boolean(code.compareDocumentPosition(out) & Node.DOCUMENT_POSITION_FOLLOWING);
    }""")
    assert above


def test_help_and_write_of_a_function(page):
    helps = page.get_by_test_id("stHelp")
    expect(helps).to_have_count(2)
    for i in range(2):
        item = helps.nth(i)
        expect(item.get_by_test_id("stHelpName")).to_have_text("greet")
        expect(item.get_by_test_id("stHelpType")).to_have_text("function")
        expect(item.get_by_test_id("stHelpValue")).to_have_text("__main__.greet(name, punctuation='!')")
        expect(item.get_by_test_id("stHelpDoc")).to_have_text("Say hello to someone.")


def test_balloons_and_snow(page):
    expect(page.get_by_test_id("stBalloons")).to_have_count(0)
    click_and_wait(page, page.get_by_role("button", name="Celebrate"))
    balloons = page.get_by_test_id("stBalloons")
    expect(balloons).to_have_count(1)
    expect(page.get_by_test_id("stSnow")).to_have_count(1)
    assert balloons.locator(".st-particle").count() == 30
    # Brief: the particles are gone after the animation.
    expect(balloons.locator(".st-particle")).to_have_count(0, timeout=10_000)


def test_tabs_switch_in_the_page(page):
    tabs = page.get_by_test_id("stTabs")
    tab_a = tabs.get_by_role("tab", name="Tab A")
    tab_b = tabs.get_by_role("tab", name="Tab B")
    expect(tab_a).to_have_attribute("aria-selected", "true")
    expect(markdown(page, "Inside tab A")).to_be_visible()
    expect(markdown(page, "Inside tab B")).to_be_hidden()
    runs = page.evaluate("document.querySelectorAll('[data-testid=stTabPanel]').length")
    assert runs == 2
    tab_b.click()
    expect(tab_b).to_have_attribute("aria-selected", "true")
    expect(markdown(page, "Inside tab B")).to_be_visible()
    expect(markdown(page, "Inside tab A")).to_be_hidden()
    # A widget in a tab works and keeps its tab open across the rerun.
    click_and_wait(page, tabs.get_by_test_id("stCheckbox").filter(has_text="Tab B box").locator("label"))
    expect(tabs.get_by_test_id("stCheckbox").filter(has_text="Tab B box").locator("input")).to_be_checked()
    expect(tab_b).to_have_attribute("aria-selected", "true")
    tab_b.press("ArrowLeft")
    expect(tab_a).to_have_attribute("aria-selected", "true")


def test_popover_opens_and_closes(page):
    button = page.get_by_test_id("stPopoverButton")
    # As in Streamlit 1.67, the chevron is a Material Symbols icon whose name is text.
    expect(button).to_have_text("Open popoverexpand_more")
    expect(button.get_by_test_id("stMarkdownContainer")).to_have_text("Open popover")
    expect(page.get_by_test_id("stPopoverBody")).to_have_count(0)
    button.click()
    body = page.get_by_test_id("stPopoverBody")
    expect(body).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(markdown(body, "Popover content")).to_be_visible()
    page.keyboard.press("Escape")
    expect(body).to_have_count(0)


def test_dialog_opens_reruns_and_closes(page):
    expect(page.get_by_test_id("stDialog")).to_have_count(0)
    click_and_wait(page, page.get_by_role("button", name="Open dialog"))
    dialog = page.get_by_test_id("stDialog")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("dialog")).to_have_accessible_name("Settings dialog")
    expect(markdown(dialog, "Dialog content")).to_be_visible()
    # X closes it in the page.
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_have_count(0)
    # Opened again by the next run that calls the dialog function; Escape closes it.
    click_and_wait(page, page.get_by_role("button", name="Open dialog"))
    expect(dialog).to_be_visible()
    page.keyboard.press("Escape")
    expect(dialog).to_have_count(0)
    # Its content is a fragment: its own widget reruns only the dialog's function.
    click_and_wait(page, page.get_by_role("button", name="Open dialog"))
    runs = dialog.get_by_test_id("stMarkdown").filter(has_text="Bumps 0").inner_text().split("app runs ")[1]
    click_and_wait(page, dialog.get_by_role("button", name="Bump"))
    expect(markdown(dialog, f"Bumps 1, app runs {runs}")).to_be_visible()
    # st.rerun() reruns the app, which stops calling it: gone.
    click_and_wait(page, dialog.get_by_role("button", name="Done"))
    expect(dialog).to_have_count(0)
    expect(markdown(page, "End of app")).to_be_visible()


def test_fixed_height_container_scrolls(page):
    box = page.locator(".st-key-scroller")
    expect(box).to_have_attribute("height", "150px")
    size = box.evaluate("el => [el.clientHeight, el.scrollHeight, getComputedStyle(el).overflowY]")
    assert size[0] <= 150 and size[1] > size[0] and size[2] == "auto"
    last = markdown(box, "Row 29")
    box.evaluate("el => el.scrollTop = el.scrollHeight")
    expect(last).to_be_visible()


def test_nested_columns_in_the_sidebar(page):
    sidebar = page.get_by_test_id("stSidebar")
    nested = sidebar.get_by_test_id("stColumn").get_by_test_id("stColumn")
    expect(nested.filter(has_text="Nested sidebar column")).to_have_count(1)
    assert not [e for e in page.errors if "katex" in e.lower() or "emoji" in e.lower()]
