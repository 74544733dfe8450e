"""st.column_config's typed columns in the stDataFrame grid: links, read-only
checkboxes, progress bars, images, lists, dates, sparklines and JSON in
st.dataframe, and SelectboxColumn / CheckboxColumn edits in st.data_editor."""

import pytest
from conftest import markdown, wait_idle
from playwright.sync_api import expect


@pytest.fixture(scope="module")
def page(open_app):
    return open_app("column_types")


def cell(page, key, col, row):
    return page.locator(f".st-key-{key}").get_by_test_id(f"glide-cell-{col}-{row}")


def test_link_column_shows_an_anchor_with_the_captured_text(page):
    link = cell(page, "typed", 0, 0).locator("a")
    expect(link).to_have_text("docs")
    expect(link).to_have_attribute("href", "https://docs.example.org/intro")
    expect(link).to_have_attribute("target", "_blank")
    expect(link).to_have_attribute("rel", "noreferrer")
    expect(cell(page, "typed", 0, 1).locator("a")).to_have_text("blog")


def test_checkbox_column_is_a_read_only_checkbox(page):
    box = cell(page, "typed", 1, 0).get_by_role("checkbox")
    expect(box).to_be_checked()
    expect(cell(page, "typed", 1, 1).get_by_role("checkbox")).not_to_be_checked()
    cell(page, "typed", 1, 0).click()
    expect(box).to_be_checked()


def test_progress_column_is_a_bar_with_the_formatted_value(page):
    bar = cell(page, "typed", 2, 1).get_by_role("progressbar")
    expect(bar).to_have_text("80%")  # Streamlit 1.67 draws "80%" for format="percent"
    expect(bar).to_have_attribute("aria-valuenow", "0.8")
    fill = bar.locator(".wl-gdg-progress-fill")
    assert fill.evaluate("el => el.style.width") == "80%"


def test_image_list_date_chart_and_json_cells(page):
    image = cell(page, "typed", 3, 0).locator("img")
    expect(image).to_have_attribute("src", r"data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='4' height='4'><rect width='4' height='4' fill='red'/></svg>")
    assert image.evaluate("el => el.complete && el.naturalWidth") == 4
    expect(cell(page, "typed", 4, 0)).to_have_text("a, b")
    expect(cell(page, "typed", 5, 0)).to_have_text("5 Mar 2024, 14:07")
    expect(cell(page, "typed", 6, 0)).to_have_text("05/03/2024")
    expect(cell(page, "typed", 6, 1)).to_have_text("None")
    line = cell(page, "typed", 7, 0).get_by_test_id("stDataFrameSparkline")
    expect(line.locator("polyline")).to_have_count(1)
    expect(cell(page, "typed", 8, 1).get_by_test_id("stDataFrameSparkline").locator("rect")).to_have_count(2)
    expect(cell(page, "typed", 9, 0)).to_have_text('{"k":[1,2]}')


def test_selectbox_cell_edits_with_a_select_of_its_options(page):
    target = cell(page, "editor", 0, 0)
    expect(target).to_have_text("size S")
    target.dblclick()
    select = page.locator(".st-key-editor").get_by_test_id("stDataFrameCellEditor")
    # The empty choice sets None (the column is not required).
    expect(select.locator("option")).to_have_text(["", "size S", "size M", "size L"])
    select.select_option(label="size L")
    wait_idle(page)
    expect(markdown(page, "sizes=L,M oks=[False, True]")).to_be_visible()
    expect(target).to_have_text("size L")


def test_checkbox_column_cell_toggles_in_the_editor(page):
    cell(page, "editor", 1, 0).click()
    wait_idle(page)
    expect(markdown(page, "sizes=L,M oks=[True, True]")).to_be_visible()
    expect(cell(page, "editor", 1, 0).get_by_role("checkbox")).to_be_checked()


def test_progress_column_is_read_only_in_the_editor(page):
    expect(cell(page, "editor", 2, 0)).to_have_attribute("aria-readonly", "true")
    expect(cell(page, "editor", 2, 1).get_by_role("progressbar")).to_have_text("90%")


def test_no_page_errors_or_offsite_requests(page):
    assert list(page.errors) == []
    assert page.offsite_requests == []
