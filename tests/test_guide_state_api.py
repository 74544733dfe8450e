"""The guide's Session State API snippets and the slider bound to session state."""

from conftest import markdown, press_and_wait, wait_idle
from playwright.sync_api import expect


def test_initialization_runs_without_error(open_app):
    page = open_app("session_init")
    # Both the dict-style and the attribute-style syntax work: nothing is shown,
    # in particular no exception.
    expect(page.get_by_test_id("stMainBlockContainer")).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_test_id("stElementContainer")).to_have_count(0)
    assert page.errors == []


def test_read_shows_the_stored_value(open_app):
    page = open_app("session_read")
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["value"])
    expect(page.get_by_test_id("stException")).to_have_count(0)
    assert page.errors == []


def test_updates_through_both_apis_run_without_error(open_app):
    page = open_app("session_update")
    expect(page.get_by_test_id("stMainBlockContainer")).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)
    assert page.errors == []


def test_slider_bound_to_session_state(open_app):
    page = open_app("slider_celsius")
    slider = page.get_by_test_id("stSlider")
    thumb = slider.get_by_role("slider", name="Temperature in Celsius")
    expect(slider.get_by_test_id("stWidgetLabel")).to_have_text("Temperature in Celsius")
    expect(slider.get_by_test_id("stSliderThumbValue")).to_have_text("50.00")
    expect(thumb).to_have_attribute("aria-valuenow", "50")
    expect(slider.locator("input[type=range]")).to_have_value("50")
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["50.0"])
    expect(page.locator(".st-key-celsius")).to_have_attribute("data-testid", "stElementContainer")

    thumb.focus()
    press_and_wait(page, thumb, "ArrowRight")
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["50.01"])
    expect(slider.get_by_test_id("stSliderThumbValue")).to_have_text("50.01")
    expect(slider.locator("input[type=range]")).to_have_value("50.01")

    press_and_wait(page, thumb, "ArrowLeft")
    press_and_wait(page, thumb, "ArrowLeft")
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["49.99"])

    press_and_wait(page, thumb, "End")
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["100.0"])
    expect(slider.get_by_test_id("stSliderThumbValue")).to_have_text("100.00")

    press_and_wait(page, thumb, "Home")
    expect(markdown(page, "-100.0")).to_be_visible()
    expect(thumb).to_have_attribute("aria-valuenow", "-100")
    wait_idle(page)
    assert page.errors == []
