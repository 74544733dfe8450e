"""st.table, st.dataframe and the Vega-Lite charts, through the DOM a Streamlit
Playwright test would use (stTable, stDataFrame with glide-cell-C-R ids and grid
roles, stVegaLiteChart)."""

import time

import pytest
from playwright.sync_api import expect


@pytest.fixture(scope="module")
def page(open_app):
    return open_app("data_charts_frames")


def cell(frame, col, row):
    return frame.get_by_test_id(f"glide-cell-{col}-{row}")


def test_table_has_header_cells_and_formatted_numbers(page):
    first = page.get_by_test_id("stTable").nth(0)
    table = first.get_by_test_id("stTableStyledTable")
    expect(table.locator("thead th")).to_have_text(["name", "score"])
    expect(table.locator("tbody tr").nth(0).locator("td")).to_have_text(["alpha", "1.5000"])
    # A range index is hidden, so rows have no header cell.
    expect(table.locator("tbody th")).to_have_count(0)


def test_key_value_table_has_no_header_and_keys_as_row_headers(page):
    table = page.get_by_test_id("stTable").nth(1).get_by_test_id("stTableStyledTable")
    expect(table.locator("thead")).to_have_count(0)
    expect(table.locator("tbody th")).to_have_text(["k1", "k2"])
    expect(table.locator("tbody td")).to_have_text(["10", "20"])


def test_dataframe_shows_cells_and_sorts_on_header_click(page):
    frame = page.locator(".st-key-small").get_by_test_id("stDataFrame")
    headers = frame.get_by_role("columnheader")
    expect(headers).to_have_text(["num", "txt"])  # index hidden for a dict of lists
    expect(cell(frame, 0, 0)).to_have_text("3")
    expect(cell(frame, 1, 0)).to_have_text("c")
    expect(cell(frame, 0, 0)).to_have_css("text-align", "right")
    expect(cell(frame, 1, 0)).to_have_css("text-align", "left")
    headers.nth(0).click()
    expect(headers.nth(0)).to_have_attribute("aria-sort", "ascending")
    expect(cell(frame, 0, 0)).to_have_text("1")
    expect(cell(frame, 1, 0)).to_have_text("a")
    headers.nth(0).click()
    expect(headers.nth(0)).to_have_attribute("aria-sort", "descending")
    expect(cell(frame, 0, 0)).to_have_text("22")
    headers.nth(1).click()
    expect(cell(frame, 1, 2)).to_have_text("c")


def test_dataframe_column_order_config_and_index(page):
    frame = page.locator(".st-key-configured").get_by_test_id("stDataFrame")
    headers = frame.get_by_role("columnheader")
    # index first, then column_order; "secret" is hidden by None; labels from config.
    expect(headers).to_have_text(["", "Quantity", "Price", "when"])
    expect(headers.nth(2)).to_have_attribute("title", "In dollars")
    expect(cell(frame, 0, 1)).to_have_text("1")
    expect(cell(frame, 2, 0)).to_have_text("$1.50")
    expect(cell(frame, 2, 1)).to_have_text("$2.25")
    expect(cell(frame, 3, 0)).to_have_text("2024-01-02")
    expect(cell(frame, 3, 1)).to_have_text("None")


def test_key_value_dataframe_shows_keys_as_index(page):
    frame = page.locator(".st-key-keyvalue").get_by_test_id("stDataFrame")
    expect(frame.get_by_role("columnheader")).to_have_text(["", "value"])
    expect(cell(frame, 0, 0)).to_have_text("k1")
    expect(cell(frame, 1, 0)).to_have_text("1.2346")


def test_charts_render_svg_with_marks(page):
    charts = page.get_by_test_id("stVegaLiteChart")
    expect(charts).to_have_count(5)
    for i in range(5):
        expect(charts.nth(i).locator("svg .mark-group, svg .role-mark").first).to_be_attached(timeout=20_000)
    # Line chart (wide data melted): a legend with both series names.
    expect(charts.nth(0).locator("svg")).to_contain_text("a")
    expect(charts.nth(0).locator("svg .role-legend")).to_contain_text("b")
    # Horizontal bar chart: the categories are on the y axis.
    expect(charts.nth(1).locator("svg")).to_contain_text("apple")
    expect(charts.nth(1).locator("svg path.mark-rect, svg .mark-rect path")).to_have_count(2)
    # Scatter: one circle per row (plus the size legend's symbols).
    expect(charts.nth(3).locator("svg .role-mark.mark-symbol path, svg g.mark-symbol path").first).to_be_attached()
    # vega_lite_chart: two bars.
    expect(charts.nth(4).locator("svg .mark-rect path")).to_have_count(2)
    box = charts.nth(0).bounding_box()
    assert box["width"] > 400 and 300 <= box["height"] <= 450, box


def test_charts_load_nothing_from_elsewhere_and_log_no_errors(page):
    expect(page.get_by_test_id("stVegaLiteChart").nth(4).locator("svg")).to_be_attached()
    assert page.offsite_requests == []
    assert [e for e in page.errors if "favicon" not in e] == []


def test_big_dataframe_renders_only_visible_rows_and_scrolls_to_the_end(open_app):
    page = open_app("data_charts_big")
    frame = page.locator(".st-key-big").get_by_test_id("stDataFrame")
    expect(cell(frame, 0, 0)).to_have_text("0")
    expect(frame.get_by_role("grid")).to_have_attribute("aria-rowcount", "100001")
    assert frame.get_by_role("gridcell").count() < 40 * 3
    scroller = frame.locator(".stDataFrameGlideDataEditor")
    start = time.perf_counter()
    scroller.evaluate("el => { el.scrollTop = el.scrollHeight; }")
    expect(cell(frame, 0, 99_999)).to_have_text("99999")
    expect(cell(frame, 2, 99_999)).to_have_text("row 99999")
    elapsed = time.perf_counter() - start
    assert elapsed < 2, elapsed
    assert frame.get_by_role("gridcell").count() < 40 * 3
    # Sorting 100,000 rows by a header click.
    frame.get_by_role("columnheader").nth(0).click()
    frame.get_by_role("columnheader").nth(0).click()
    scroller.evaluate("el => { el.scrollTop = 0; }")
    expect(cell(frame, 0, 0)).to_have_text("99999")
    assert page.errors == []
