"""Fragments in the browser: a fragment's widget reruns only the fragment (the
rest of the page does not move), run_every reruns on a timer."""

import pytest
from conftest import click_and_wait, markdown
from playwright.sync_api import expect


@pytest.fixture(scope="module")
def page(open_app):
    return open_app("fragments")


def test_run_every_reruns_the_fragment_alone(page):
    expect(markdown(page, "Ticks done")).to_have_count(1, timeout=15_000)
    expect(markdown(page, "Outer runs = 1")).to_have_count(1)


def test_fragment_click_leaves_the_rest_untouched(page):
    bottom = markdown(page, "Bottom").element_handle()
    click_and_wait(page, page.get_by_test_id("stButton").filter(has_text="Fragment click").locator("button"))
    expect(markdown(page, "Fragment clicks = 1")).to_have_count(1)
    click_and_wait(page, page.get_by_test_id("stButton").filter(has_text="Fragment click").locator("button"))
    expect(markdown(page, "Fragment clicks = 2")).to_have_count(1)
    expect(markdown(page, "Two or more")).to_have_count(1)
    expect(markdown(page, "Outer runs = 1")).to_have_count(1)
    # The element outside the fragment is the same DOM node: it was not redrawn.
    assert bottom.evaluate("node => node.isConnected")


def test_a_form_in_a_fragment_submits_to_the_fragment(page):
    page.get_by_label("Fragment name").fill("Zed")
    click_and_wait(page, page.get_by_test_id("stFormSubmitButton").locator("button"))
    expect(markdown(page, "Saved name = Zed")).to_have_count(1)
    expect(markdown(page, "Outer runs = 1")).to_have_count(1)


def test_a_fragment_in_the_sidebar(page):
    click_and_wait(page, page.get_by_test_id("stSidebar").get_by_role("button", name="Side click"))
    expect(markdown(page, "Side clicks = 1")).to_have_count(1)
    expect(markdown(page, "Outer runs = 1")).to_have_count(1)
    expect(markdown(page, "Bottom")).to_have_count(1)


def test_full_rerun_runs_everything(page):
    click_and_wait(page, page.get_by_test_id("stButton").filter(has_text="Full rerun").locator("button"))
    expect(markdown(page, "Outer runs = 2")).to_have_count(1)
    expect(markdown(page, "Fragment clicks = 2")).to_have_count(1)
    assert page.errors == [] and page.offsite_requests == []
