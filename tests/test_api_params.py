"""What the parameters Streamlit 1.67 added do in the page (observed identically
in a real `streamlit run` 1.67 page): on_change="ignore" keeps a value without a
rerun, bind="query-params" ties widgets to the address bar, st.pagination,
st.grid, columns and horizontal containers that wrap or not."""

from urllib.parse import parse_qsl, urlparse

import pytest
from conftest import markdown, wait_idle
from playwright.sync_api import expect


@pytest.fixture(scope="module")
def page(open_app):
    return open_app("api_params")


def query(page):
    return parse_qsl(urlparse(page.url).query, keep_blank_values=True)


def reload_with(page, query_string):
    page.goto(page.url.split("?")[0] + query_string)
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning", timeout=240_000)
    expect(markdown(page, "runs: 1")).to_have_count(1, timeout=240_000)


def test_ignore_mode_keeps_the_value_until_the_next_rerun(page):
    expect(markdown(page, "runs: 1")).to_have_count(1)
    field = page.get_by_label("Quiet")
    field.fill("zz")
    field.press("Enter")
    wait_idle(page)
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")
    expect(markdown(page, "runs: 1")).to_have_count(1)
    expect(markdown(page, "quiet value:")).to_have_count(1)
    expect(field).to_have_value("zz")
    page.get_by_role("button", name="Rerun").click()
    wait_idle(page)
    expect(markdown(page, "runs: 2")).to_have_count(1)
    expect(markdown(page, "quiet value: zz")).to_have_count(1)


def test_the_url_seeds_bound_widgets(page):
    reload_with(page, "?size=7&color=blue&tags=a&tags=c&name=x&other=1&when=2024-02-10")
    expect(markdown(page, "when value: 2024-02-10")).to_have_count(1)
    expect(markdown(page, "name value: x")).to_have_count(1)
    expect(markdown(page, "size value: 7")).to_have_count(1)
    expect(markdown(page, "color value: blue")).to_have_count(1)
    expect(markdown(page, "tags value: ['a', 'c']")).to_have_count(1)
    expect(markdown(page, "query params: [('color', 'blue'), ('name', 'x'), ('other', '1'), ('size', '7'), ('tags', 'c'), ('when', '2024-02-10')]")).to_have_count(1)
    expect(page.get_by_label("Name")).to_have_value("x")
    assert query(page) == [("size", "7"), ("color", "blue"), ("tags", "a"), ("tags", "c"), ("name", "x"), ("other", "1"), ("when", "2024-02-10")]


def test_invalid_url_values_leave_the_url(page):
    reload_with(page, "?size=99&color=purple&tags=zz&tags=b")
    expect(markdown(page, "size value: 3")).to_have_count(1)
    expect(markdown(page, "color value: red")).to_have_count(1)
    expect(markdown(page, "tags value: ['b']")).to_have_count(1)
    expect(page).to_have_url(page.url.split("?")[0] + "?tags=b")


def test_changing_a_bound_widget_writes_the_url_sorted_and_the_default_leaves_it(page):
    reload_with(page, "?zz=1&tags=b&aa=2")
    name = page.get_by_label("Name")
    name.fill("bo b&c")
    name.press("Enter")
    wait_idle(page)
    expect(markdown(page, "name value: bo b&c")).to_have_count(1)
    assert urlparse(page.url).query == "aa=2&name=bo+b%26c&tags=b&zz=1"
    thumb = page.get_by_role("slider", name="Size")
    thumb.focus()
    thumb.press("ArrowRight")
    wait_idle(page)
    expect(markdown(page, "size value: 4")).to_have_count(1)
    assert urlparse(page.url).query == "aa=2&name=bo+b%26c&size=4&tags=b&zz=1"
    thumb.press("ArrowLeft")
    wait_idle(page)
    expect(markdown(page, "size value: 3")).to_have_count(1)
    when = page.get_by_role("slider", name="When")
    when.focus()
    when.press("ArrowRight")
    wait_idle(page)
    expect(markdown(page, "when value: 2024-02-01")).to_have_count(1)
    assert urlparse(page.url).query == "aa=2&name=bo+b%26c&tags=b&when=2024-02-01&zz=1"
    when.press("ArrowLeft")
    wait_idle(page)
    name.fill("")
    name.press("Enter")
    wait_idle(page)
    expect(markdown(page, "name value:")).to_have_count(1)
    assert urlparse(page.url).query == "aa=2&tags=b&zz=1"


def test_pagination(page):
    pagination = page.get_by_test_id("stPagination")
    expect(pagination).to_have_text("chevron_left12345…12chevron_right")
    expect(page.get_by_test_id("stPaginationPrev")).to_be_disabled()
    expect(page.get_by_test_id("stPaginationPageActive")).to_have_text("1")
    page.get_by_test_id("stPaginationNext").click()
    wait_idle(page)
    expect(markdown(page, "page value: 2")).to_have_count(1)
    expect(page.get_by_test_id("stPaginationPageActive")).to_have_attribute("aria-label", "Page 2")
    page.get_by_test_id("stPaginationPage").filter(has_text="12").click()
    wait_idle(page)
    expect(markdown(page, "page value: 12")).to_have_count(1)
    expect(pagination).to_have_text("chevron_left1…89101112chevron_right")
    expect(page.get_by_test_id("stPaginationNext")).to_be_disabled()
    page.get_by_test_id("stPaginationPrev").click()
    wait_idle(page)
    expect(markdown(page, "page value: 11")).to_have_count(1)
    assert page.locator(".st-key-pg").get_attribute("width") == "100%"


def test_grid_cells(page):
    grid = page.get_by_test_id("stGrid")
    expect(grid).to_have_attribute("data-test-column-count", "3")
    expect(grid).to_have_attribute("data-test-wrap", "true")
    expect(grid).to_have_class("stGrid st-key-gr")
    cells = grid.get_by_test_id("stGridCell")
    expect(cells).to_have_count(5)
    expect(cells.nth(0).get_by_test_id("stGridCellContent")).to_have_text("cell 0")
    tops = [cells.nth(i).bounding_box()["y"] for i in range(5)]
    lefts = [cells.nth(i).bounding_box()["x"] for i in range(5)]
    assert tops[0] == tops[1] == tops[2] < tops[3] < tops[4]
    assert lefts[0] < lefts[1] < lefts[2] and lefts[3] == lefts[0]
    wide = cells.nth(4)
    assert wide.bounding_box()["width"] > 2.5 * cells.nth(0).bounding_box()["width"]
    expect(wide.get_by_test_id("stLayoutWrapper")).to_have_attribute("width", "auto")


def test_columns_and_horizontal_containers_wrap(page):
    blocks = page.get_by_test_id("stHorizontalBlock")
    expect(blocks).to_have_count(3)
    expect(blocks.nth(0)).to_have_attribute("data-test-wrap", "false")
    row = page.locator(".st-key-row")
    expect(row).to_have_attribute("data-testid", "stHorizontalBlock")
    expect(row).to_have_attribute("data-test-wrap", "true")
    buttons = row.get_by_test_id("stButton")
    assert buttons.nth(0).bounding_box()["y"] == buttons.nth(1).bounding_box()["y"]
    right = page.locator(".st-key-rightrow")
    assert right.evaluate("e => getComputedStyle(e).borderTopWidth") == "1px"
    box = right.bounding_box()
    button = right.get_by_role("button").bounding_box()
    assert abs((box["x"] + box["width"]) - (button["x"] + button["width"]) - 16) <= 2
    assert page.errors == []


def test_bound_tabs_and_expanders(page):
    reload_with(page, "?tab=Beta&more=true")
    expect(markdown(page, "containers: Beta True")).to_have_count(1)
    expect(page.get_by_role("tab", name="Beta")).to_have_attribute("aria-selected", "true")
    page.get_by_role("tab", name="Alpha").click()
    wait_idle(page)
    expect(markdown(page, "containers: Alpha True")).to_have_count(1)
    assert urlparse(page.url).query == "more=true"
    page.get_by_test_id("stExpander").locator("summary").click()
    wait_idle(page)
    expect(markdown(page, "containers: Alpha False")).to_have_count(1)
    assert urlparse(page.url).query == ""
