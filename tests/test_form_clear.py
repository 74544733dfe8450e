"""st.form(clear_on_submit=True) as in Streamlit 1.67 (checked against it in a
browser): after a submit the field shows its default again, while the session
keeps the submitted value until the next submit."""

import pytest
from conftest import click_and_wait, markdown
from playwright.sync_api import expect


@pytest.fixture(scope="module")
def page(open_app):
    return open_app("form_clear")


def test_clear_on_submit_keeps_the_value_until_the_next_submit(page):
    page.get_by_label("Name").fill("Ann")
    click_and_wait(page, page.get_by_role("button", name="Submit"))
    expect(markdown(page, "state: 'Ann'")).to_have_count(1)
    expect(page.get_by_label("Name")).to_have_value("")
    click_and_wait(page, page.get_by_role("button", name="Other"))
    expect(markdown(page, "state: 'Ann'")).to_have_count(1)
    expect(page.get_by_label("Name")).to_have_value("")
    click_and_wait(page, page.get_by_role("button", name="Submit"))
    expect(markdown(page, "state: ''")).to_have_count(1)
