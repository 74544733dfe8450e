"""st.data_editor through the page: edit cells in the stDataFrame grid and see
the script react (glide-cell-C-R ids; column 0 is the row-marker column when
rows can be deleted)."""

import pytest
from conftest import markdown, wait_idle
from playwright.sync_api import expect


@pytest.fixture(scope="module")
def page(open_app):
    return open_app("data_editor_basic")


def cell(page, col, row):
    return page.locator(".st-key-grid").get_by_test_id(f"glide-cell-{col}-{row}")


def test_grid_shows_data_and_the_script_sees_it(page):
    grid = page.locator(".st-key-grid").get_by_test_id("stDataFrame")
    expect(grid.get_by_role("columnheader").filter(has_text="name")).to_have_count(1)
    expect(cell(page, 1, 0)).to_have_text("alpha")
    expect(markdown(page, "total=3 rows=2")).to_be_visible()


def test_double_click_number_cell_edit_and_enter_commits(page):
    cell(page, 2, 0).dblclick()
    editor = page.get_by_test_id("stDataFrameCellEditor")
    editor.fill("40")
    editor.press("Enter")
    wait_idle(page)
    expect(markdown(page, "total=42 rows=2")).to_be_visible()
    expect(markdown(page, "edited_rows={0: {'score': 40}}")).to_be_visible()
    expect(cell(page, 2, 0)).to_have_text("40")


def test_escape_cancels_and_enter_on_text_cell_edits(page):
    cell(page, 1, 1).dblclick()
    editor = page.get_by_test_id("stDataFrameCellEditor")
    editor.fill("nope")
    editor.press("Escape")
    expect(page.get_by_test_id("stDataFrameCellEditor")).to_have_count(0)
    expect(cell(page, 1, 1)).to_have_text("beta")
    cell(page, 1, 1).focus()
    cell(page, 1, 1).press("Enter")
    editor = page.get_by_test_id("stDataFrameCellEditor")
    editor.fill("gamma")
    editor.press("Tab")
    wait_idle(page)
    expect(markdown(page, "names=alpha,gamma")).to_be_visible()


def test_checkbox_cell_toggles(page):
    cell(page, 3, 0).click()
    wait_idle(page)
    expect(markdown(page, "done=[True, True]")).to_be_visible()


def test_add_and_delete_rows(page):
    grid = page.locator(".st-key-grid")
    grid.get_by_role("button", name="Add row").click()
    wait_idle(page)
    # Like pandas, an integer column holding a missing value turns to floats.
    expect(markdown(page, "total=42.0 rows=3")).to_be_visible()
    cell(page, 2, 2).dblclick()
    editor = page.get_by_test_id("stDataFrameCellEditor")
    editor.fill("8")
    editor.press("Enter")
    wait_idle(page)
    expect(markdown(page, "total=50 rows=3")).to_be_visible()
    grid.get_by_role("checkbox", name="Select row 1").check()
    grid.get_by_role("button", name="Delete row(s)").click()
    wait_idle(page)
    expect(markdown(page, "total=10 rows=2")).to_be_visible()
    expect(cell(page, 1, 0)).to_have_text("gamma")


def test_disabled_column_is_read_only_and_callback_runs(page):
    locked = page.locator(".st-key-locked")
    expect(locked.get_by_role("columnheader").filter(has_text="Population (M)")).to_have_count(1)
    city = locked.get_by_test_id("glide-cell-0-0")
    expect(city).to_have_attribute("aria-readonly", "true")
    city.dblclick()
    expect(page.get_by_test_id("stDataFrameCellEditor")).to_have_count(0)
    pop = locked.get_by_test_id("glide-cell-1-1")
    pop.dblclick()
    editor = page.get_by_test_id("stDataFrameCellEditor")
    editor.fill("99")  # above max_value: rejected
    editor.press("Enter")
    wait_idle(page)
    expect(markdown(page, "pop=[0.7, 2.8] changes=0")).to_be_visible()
    pop.dblclick()
    editor = page.get_by_test_id("stDataFrameCellEditor")
    editor.fill("3.5")
    editor.press("Enter")
    wait_idle(page)
    expect(markdown(page, "pop=[0.7, 3.5] changes=1")).to_be_visible()
