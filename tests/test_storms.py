"""Click storms and fast typing (tests/apps/storms): every click the page
accepts is one event, so a counter shows exactly the clicks made, each
callback runs once per click, and no typed character is lost. (Streamlit 1.67
itself merges clicks that arrive during a run: 200 element.click() in one task
count 1 there.)"""

import pytest
from conftest import markdown, wait_idle
from playwright.sync_api import expect

CLICKS = 200
STORM_TIMEOUT_MS = 300_000

# Counts the clicks the page accepted: every click event that reaches a button.
COUNT_ACCEPTED = """() => {
  window.acceptedClicks = 0;
  document.addEventListener("click", (event) => {
    if (event.target.closest("[data-testid=stButton] button")) window.acceptedClicks += 1;
  }, true);
}"""

CLICK_IN_ONE_TASK = """([label, times]) => {
  const button = [...document.querySelectorAll("[data-testid=stButton] button")]
    .find((b) => b.textContent.trim() === label);
  for (let i = 0; i < times; i++) button.click();
}"""


@pytest.fixture(params=["isolated", "not isolated"])
def page(request, open_app):
    args = () if request.param == "isolated" else ("--no-isolation",)
    page = open_app("storms", *args)
    if page.evaluate("window.acceptedClicks === undefined"):
        page.evaluate(COUNT_ACCEPTED)
    assert page.evaluate("crossOriginIsolated") is (request.param == "isolated")
    return page


def shown_count(page, name):
    text = page.get_by_test_id("stMarkdown").filter(has_text=f"{name}:").inner_text()
    return int(text.split(":")[1])


def accepted(page):
    return page.evaluate("window.acceptedClicks")


def test_clicks_in_one_task_each_run_the_callback_once(page):
    before, clicks_before = shown_count(page, "callbacks"), accepted(page)
    page.evaluate(CLICK_IN_ONE_TASK, ["Add", CLICKS])
    wait_idle(page, timeout=STORM_TIMEOUT_MS)
    assert accepted(page) - clicks_before == CLICKS
    expect(markdown(page, f"callbacks: {before + CLICKS}")).to_have_count(1)


def test_clicks_in_one_task_each_reach_the_script(page):
    before, clicks_before = shown_count(page, "inline"), accepted(page)
    page.evaluate(CLICK_IN_ONE_TASK, ["Add inline", CLICKS])
    wait_idle(page, timeout=STORM_TIMEOUT_MS)
    assert accepted(page) - clicks_before == CLICKS
    expect(markdown(page, f"inline: {before + CLICKS}")).to_have_count(1)


def test_a_storm_of_mouse_clicks_counts_every_accepted_click(page):
    before, clicks_before = shown_count(page, "callbacks"), accepted(page)
    box = page.get_by_role("button", name="Add", exact=True).bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    for _ in range(CLICKS):
        page.mouse.click(x, y)
    wait_idle(page, timeout=STORM_TIMEOUT_MS)
    clicks = accepted(page) - clicks_before
    assert clicks == CLICKS
    expect(markdown(page, f"callbacks: {before + clicks}")).to_have_count(1)


def test_fast_typing_loses_no_character(page):
    text = "The quick brown fox jumps over the lazy dog, 0123456789. " * 2
    field = page.get_by_label("Type here")
    field.fill("")
    field.press_sequentially(text, delay=0)
    field.press("Enter")
    wait_idle(page)
    expect(field).to_have_value(text)
    expect(markdown(page, f"typed {len(text)}: {text.strip()}")).to_have_count(1)
