"""st.tabs / st.expander with on_change: the open tab / open state is a widget
(session state, callbacks, .open); without it switching stays in the page."""

import pytest
from conftest import click_and_wait, markdown
from playwright.sync_api import expect


@pytest.fixture(scope="module")
def page(open_app):
    return open_app("stateful_containers")


def test_switching_a_stateful_tab_reruns_with_its_label(page):
    expect(markdown(page, "open tab: One callback saw: -")).to_have_count(1)
    click_and_wait(page, page.get_by_role("tab", name="Two"))
    expect(markdown(page, "open tab: Two callback saw: Two")).to_have_count(1)
    expect(page.get_by_role("tab", name="Two")).to_have_attribute("aria-selected", "true")
    expect(markdown(page, "inside two")).to_be_visible()


def test_opening_a_stateful_expander(page):
    expect(markdown(page, "expander open: False")).to_have_count(1)
    click_and_wait(page, page.get_by_test_id("stExpander").get_by_text("More"))
    expect(markdown(page, "expander open: True")).to_have_count(1)
    expect(markdown(page, "details")).to_be_visible()


def test_plain_tabs_switch_without_a_rerun(page):
    runs = page.get_by_test_id("stMarkdown").filter(has_text="runs:").inner_text()
    page.get_by_role("tab", name="B").click()
    expect(page.get_by_role("tab", name="B")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_test_id("stMarkdown").filter(has_text="runs:")).to_have_text(runs)
    assert page.errors == []
