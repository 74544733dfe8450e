"""Number formats through the widgets, as Streamlit 1.67 shows them: its printf
dialect (sprintf.js: %e without zero-padded exponent, %f without a precision in
the shortest form, %u of a negative as unsigned 32-bit, %d truncating), the
number_input fallback to the plain number for a format sprintf rejects, the
slider's thousands separators and named formats. web/app/format.js has the
unit tests (tests/js/format.test.js)."""

import pytest
from conftest import click_and_wait, markdown, press_and_wait
from playwright.sync_api import expect


@pytest.fixture(scope="module")
def page(open_app):
    return open_app("number_formats")


def field(page, key):
    return page.locator(f".st-key-{key}").get_by_test_id("stNumberInputField")


def thumb_value(page, key):
    return page.locator(f".st-key-{key}").get_by_test_id("stSliderThumbValue")


def test_number_input_shows_streamlits_printf_text(page):
    expect(field(page, "exp")).to_have_value("1.235e+4")
    expect(field(page, "shortest")).to_have_value("1.5")
    expect(field(page, "unsigned")).to_have_value("4294967291")
    expect(field(page, "rejected")).to_have_value("12345")


def test_number_input_formats_a_stepped_value(page):
    click_and_wait(page, page.locator(".st-key-shortest").get_by_test_id("stNumberInputStepUp"))
    expect(field(page, "shortest")).to_have_value("1.75")
    click_and_wait(page, page.locator(".st-key-exp").get_by_test_id("stNumberInputStepUp"))
    expect(field(page, "exp")).to_have_value("1.235e+4")
    expect(markdown(page, "exp = 12350.01, count = 1234567")).to_be_visible()


def test_slider_shows_separators_named_formats_and_hex(page):
    expect(thumb_value(page, "count")).to_have_text("1,234,567")
    expect(page.locator(".st-key-count").get_by_test_id("stSliderTickBar")).to_have_text("02,000,000")
    expect(thumb_value(page, "share")).to_have_text("50%")
    expect(thumb_value(page, "hex")).to_have_text("ff")
    expect(page.get_by_role("slider", name="Hex")).to_have_attribute("aria-valuetext", "ff")


def test_slider_formats_a_moved_value(page):
    thumb = page.get_by_role("slider", name="Count")
    thumb.focus()
    press_and_wait(page, thumb, "ArrowRight")
    expect(markdown(page, "exp = 12350.01, count = 1234568")).to_be_visible()
    expect(thumb_value(page, "count")).to_have_text("1,234,568")


def test_slider_with_a_format_sprintf_rejects_shows_the_error(page):
    # As Streamlit 1.67: the element's error in its place (Python accepts "% d").
    error = page.locator(".st-key-spaced").get_by_test_id("stAlertContentError")
    expect(error.locator("strong")).to_have_text("SyntaxError: ")
    expect(error).to_contain_text("SyntaxError: [sprintf] unexpected placeholder")
    expect(error.get_by_test_id("stErrorElementStack")).to_have_count(1)
    expect(page.locator(".st-key-spaced").get_by_test_id("stSlider")).to_have_count(0)


def test_number_columns_use_the_format_and_the_steps_decimals(page):
    # Streamlit 1.67 draws these texts on its canvas for the same column_config.
    def cell(col, row):
        return page.locator(".st-key-numbers").get_by_test_id(f"glide-cell-{col}-{row}")

    expect(cell(0, 0)).to_have_text("$1,234")  # an integer column: no decimals
    expect(cell(0, 1)).to_have_text("-$5")
    expect(cell(1, 0)).to_have_text("2.00")  # step=1: cut to a whole number, then "%.2f"
    expect(cell(1, 1)).to_have_text("-2.00")
    expect(cell(2, 0)).to_have_text("123,456.7%")  # step=0.001: one decimal of a percent
    expect(cell(2, 1)).to_have_text("50.0%")


def test_metric_truncates_with_percent_d(page):
    expect(page.locator(".st-key-truncated").get_by_test_id("stMetricValue")).to_have_text("42")
    # The only error of the page is the rejected slider format's.
    assert [e for e in page.errors if "unexpected placeholder" not in e] == []
