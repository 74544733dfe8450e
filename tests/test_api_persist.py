"""persist_state (Streamlit 1.67) through the page: "page" and "session"
values survive while their widget is hidden; on a page switch only the
entrypoint's widgets and "session" values stay, and "page" values are gone
when the user returns (observed identically in a real `streamlit run` page)."""

import pytest
from conftest import markdown, wait_idle
from playwright.sync_api import expect


@pytest.fixture(scope="module")
def page(open_app):
    return open_app("api_persist")


def fill(page, label, value):
    field = page.get_by_label(label)
    field.fill(value)
    field.press("Enter")
    wait_idle(page)


def test_hidden_widgets_keep_persisted_values(page):
    for label, value in (("Common", "c1"), ("Session text", "s1"), ("Page text", "p1"), ("Plain text", "x1")):
        fill(page, label, value)
    expect(markdown(page, "state: [('common', 'c1'), ('kept', 's1'), ('page_kept', 'p1'), ('plain', 'x1')]")).to_have_count(1)
    page.get_by_text("Show widgets").click()
    wait_idle(page)
    page.get_by_text("Show widgets").click()
    wait_idle(page)
    expect(markdown(page, "state: [('common', 'c1'), ('kept', 's1'), ('page_kept', 'p1'), ('plain', '')]")).to_have_count(1)
    expect(page.get_by_label("Session text")).to_have_value("s1")
    expect(page.get_by_label("Page text")).to_have_value("p1")
    expect(page.get_by_label("Plain text")).to_have_value("")


def test_a_page_switch_keeps_entrypoint_and_session_values(page):
    fill(page, "Plain text", "x2")
    page.get_by_test_id("stSidebarNav").get_by_text("Second").click()
    wait_idle(page)
    expect(markdown(page, "state two: [('common', 'c1'), ('kept', 's1'), ('page_kept', 'p1')]")).to_have_count(1)
    page.get_by_test_id("stSidebarNav").get_by_text("First").click()
    wait_idle(page)
    expect(markdown(page, "state: [('common', 'c1'), ('kept', 's1'), ('page_kept', ''), ('plain', '')]")).to_have_count(1)
    expect(page.get_by_label("Session text")).to_have_value("s1")
    expect(page.get_by_label("Common")).to_have_value("c1")
    assert page.errors == []
