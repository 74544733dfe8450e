"""st.dataframe(on_select=...): rows, a column and a cell picked in the grid
come back to the script (positions in the original data, also after sorting)."""

import pytest
from conftest import click_and_wait, markdown
from playwright.sync_api import expect


@pytest.fixture(scope="module")
def page(open_app):
    return open_app("dataframe_selection")


def grid(page, key):
    return page.locator(f".st-key-{key}").get_by_role("grid")


def test_row_selection(page):
    rows = grid(page, "rows")
    expect(rows).to_have_attribute("aria-multiselectable", "true")
    click_and_wait(page, rows.get_by_label("Select row 2"))
    expect(markdown(page, "rows: 1")).to_have_count(1)
    click_and_wait(page, rows.get_by_label("Select row 3"))
    expect(markdown(page, "rows: 1,2")).to_have_count(1)
    expect(rows.get_by_role("row").nth(2)).to_have_attribute("aria-selected", "true")
    click_and_wait(page, rows.get_by_label("Select row 2"))
    expect(markdown(page, "rows: 2")).to_have_count(1)


def test_column_selection_by_header(page):
    cols = grid(page, "cols")
    click_and_wait(page, cols.get_by_role("columnheader", name="score"))
    expect(markdown(page, "columns: score")).to_have_count(1)
    expect(cols.get_by_role("columnheader", name="score")).to_have_attribute("aria-selected", "true")
    click_and_wait(page, cols.get_by_role("columnheader", name="name"))
    expect(markdown(page, "columns: name")).to_have_count(1)


def test_cell_selection_with_a_callback(page):
    cells = grid(page, "cells")
    click_and_wait(page, cells.get_by_role("gridcell", name="bo"))
    expect(markdown(page, "cells: 1/name")).to_have_count(1)
    expect(markdown(page, "callback saw: 1")).to_have_count(1)
    assert page.errors == []
