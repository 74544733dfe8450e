"""Bad input gets Streamlit 1.67's outcome and loses nothing
(tests/apps/bad_input, tests/apps/busy_pages; each case was checked against
a real `streamlit run` of the same app): empty, binary and 50 MB uploads
arrive whole; number inputs typed "abc", "1e309", "" take the default, "-0"
is -0.0, a value outside min/max is refused; 1 MB of text arrives whole;
garbage typed into date and time inputs is ignored or flagged; switching
pages while runs are going ends on the page clicked last."""

import hashlib
import os

import pytest
from conftest import markdown, wait_idle
from playwright.sync_api import expect

BIG_UPLOAD_TIMEOUT_MS = 180_000


@pytest.fixture
def page(open_app):
    return open_app("bad_input")


def numbers(page):
    return page.get_by_test_id("stMarkdown").filter(has_text="whole:").inner_text()


def upload_line(name, data):
    return f"upload: {name}, {len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()}"


@pytest.mark.parametrize(
    "name, data, size",
    [
        ("empty.txt", b"", "0.0B"),
        ("every-byte.bin", bytes(range(256)) * 4, "1.0KB"),
    ],
)
def test_small_uploads_arrive_whole(page, name, data, size):
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
        files=[{"name": name, "mimeType": "application/octet-stream", "buffer": data}])
    expect(markdown(page, upload_line(name, data))).to_have_count(1)
    wait_idle(page)
    expect(page.get_by_test_id("stFileChip")).to_have_attribute("aria-label", f"{name}, {size}")
    expect(page.get_by_test_id("stException")).to_have_count(0)


def test_a_50_mb_upload_arrives_whole(page, tmp_path):
    data = os.urandom(50 * 1024 * 1024)
    path = tmp_path / "big.bin"
    path.write_bytes(data)
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(path))
    expect(markdown(page, upload_line("big.bin", data))).to_have_count(1, timeout=BIG_UPLOAD_TIMEOUT_MS)
    wait_idle(page)
    # Streamlit's units off Windows: 1 MB = 1,000,000 bytes.
    expect(page.get_by_test_id("stFileChip")).to_have_attribute("aria-label", "big.bin, 52.4MB")


def type_number(page, label, text):
    field = page.get_by_label(label)
    field.fill("")
    field.press_sequentially(text)
    field.press("Enter")
    wait_idle(page)
    return field


def test_number_input_typed_garbage_takes_the_default(page):
    type_number(page, "Whole number", "12")
    assert numbers(page).startswith("whole: 12,")
    # The browser empties an input[type=number] holding "abc" or "1e309" (Infinity);
    # Streamlit then commits the widget's default, as for an empty field.
    for text in ("abc", "1e309", ""):
        type_number(page, "Whole number", "12")
        field = type_number(page, "Whole number", text)
        expect(field).to_have_value("5")
        assert numbers(page).startswith("whole: 5,"), text
    field = type_number(page, "Real number", "1e309")
    expect(field).to_have_value("1.50")
    assert "real: 1.5," in numbers(page)
    expect(page.get_by_test_id("stException")).to_have_count(0)


def test_number_input_keeps_the_sign_of_zero(page):
    field = type_number(page, "Real number", "-0")
    expect(field).to_have_value("0.00")
    assert "real: -0.0," in numbers(page)
    type_number(page, "Whole number", "-0")
    assert numbers(page).startswith("whole: 0,")


def test_number_input_refuses_a_value_outside_its_bounds(page):
    field = type_number(page, "Bounded", "7")
    assert numbers(page).endswith("bounded: 7")
    for text in ("50", "-3"):
        field = type_number(page, "Bounded", text)
        # Reported by the browser (input.reportValidity()) and not committed, as in Streamlit.
        expect(field).to_have_value(text)
        assert field.evaluate("input => input.validity.valid") is False
        assert numbers(page).endswith("bounded: 7")
    field.fill("8")
    field.press("Enter")
    wait_idle(page)
    assert numbers(page).endswith("bounded: 8")


def test_a_megabyte_of_text_arrives_whole(page):
    text = ("wasmlit keeps every character " * 40_000)[: 1024 * 1024]
    field = page.get_by_label("Long text")
    field.fill(text)
    field.press("Enter")
    wait_idle(page, timeout=120_000)
    digest = hashlib.sha256(text.encode()).hexdigest()
    expect(markdown(page, f"text: {len(text)} characters, sha256 {digest}")).to_have_count(1)


def type_into_segments(page, label, typed):
    group = page.get_by_role("group", name=label)
    group.get_by_role("spinbutton").first.click()
    page.keyboard.type(typed)
    page.keyboard.press("Tab")
    page.get_by_test_id("stMarkdown").first.click()
    wait_idle(page)
    return group


def day(page):
    return page.get_by_test_id("stMarkdown").filter(has_text="day:").inner_text()


def test_garbage_typed_into_a_date_input(page):
    date_input = page.get_by_test_id("stDateInput")
    # Letters do nothing.
    group = type_into_segments(page, "Day", "garbage!!")
    expect(group).to_have_text("2024/05/17")
    assert day(page) == "day: datetime.date(2024, 5, 17)"
    # An incomplete year goes back to the value.
    group = type_into_segments(page, "Day", "0000")
    expect(group).to_have_text("2024/05/17")
    # A date past max_value stays in the field, flagged (as in Streamlit 1.67); the value does not change.
    group = type_into_segments(page, "Day", "99999999")
    expect(group).to_have_text("9999/09/09")
    expect(group).to_have_attribute("data-invalid", "true")
    expect(date_input.get_by_test_id("stDateInputField")).to_have_attribute("data-has-error", "")
    expect(date_input.get_by_role("alert")).to_have_text(
        "Error: Date set outside allowed range. Please select a date on or before 2034/05/17.")
    date_input.get_by_test_id("stTooltipErrorHoverTarget").hover()
    expect(page.get_by_test_id("stTooltipErrorContent")).to_have_text(
        "Error: Date set outside allowed range. Please select a date on or before 2034/05/17.")
    assert day(page) == "day: datetime.date(2024, 5, 17)"
    group = type_into_segments(page, "Day", "19000101")
    expect(date_input.get_by_role("alert")).to_have_text(
        "Error: Date set outside allowed range. Please select a date between 2014/05/17 and 2034/05/17.")
    # A valid date clears the error and is taken.
    group = type_into_segments(page, "Day", "20240101")
    expect(group).not_to_have_attribute("data-invalid", "true")
    expect(date_input.get_by_test_id("stDateInputError")).to_have_count(0)
    assert day(page) == "day: datetime.date(2024, 1, 1)"


def test_garbage_typed_into_a_time_input(page):
    moment = lambda: page.get_by_test_id("stMarkdown").filter(has_text="moment:").inner_text()  # noqa: E731
    type_into_segments(page, "Moment", "garbage!!")
    assert moment() == "moment: datetime.time(8, 45)"
    # Digits past a segment's range start the next one, as in Streamlit 1.67.
    type_into_segments(page, "Moment", "2500")
    assert moment() == "moment: datetime.time(5, 0)"
    type_into_segments(page, "Moment", "9999")
    assert moment() == "moment: datetime.time(9, 9)"


def test_switching_pages_while_runs_are_going_ends_on_the_last_page(open_app):
    page = open_app("busy_pages")
    nav = page.get_by_test_id("stSidebarNav")
    order = ["Beta", "Gamma", "Alpha"] * 6 + ["Beta", "Gamma"]
    for name in order:
        nav.get_by_role("link", name=name).click()
    wait_idle(page, timeout=120_000)
    expect(page.get_by_test_id("stHeading")).to_have_text("Gamma")
    expect(markdown(page, "Gamma done")).to_have_count(1)
    assert page.url.endswith("/gamma")
    runs = int(page.get_by_test_id("stMarkdown").filter(has_text="runs:").inner_text().split(":")[1])
    # The session lived through it: every run that got as far as the counter counted.
    assert 2 <= runs <= len(order) + 1
    expect(page.get_by_test_id("stException")).to_have_count(0)
    assert page.errors == []
