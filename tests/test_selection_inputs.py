"""Selection and date/colour inputs in the browser: multiselect, select_slider,
date_input, color_picker, pills, segmented_control and feedback, driven through
Streamlit's test ids, roles and visible text. The tests share one page in order."""

import pytest
from conftest import click_and_wait, markdown, press_and_wait, wait_idle
from playwright.sync_api import expect

APP = "selection_inputs"


@pytest.fixture(scope="module")
def page(open_app):
    return open_app(APP)


def test_multiselect_dom_and_defaults(page):
    ms = page.locator(".st-key-colors").get_by_test_id("stMultiSelect")
    expect(ms.get_by_test_id("stWidgetLabel")).to_have_text("Colors")
    tags = ms.get_by_test_id("stMultiSelectTagsContainer")
    expect(tags.get_by_role("group", name="Selected values").locator("[data-tag]")).to_have_text(["Red"])
    expect(ms.get_by_role("combobox", name="Colors")).to_have_attribute("placeholder", "")
    expect(markdown(page, "colors=Red")).to_have_count(1)


def test_multiselect_pick_and_remove(page):
    box = page.get_by_role("combobox", name="Colors")
    box.click()
    dropdown = page.get_by_test_id("stMultiSelectDropdown")
    listbox = dropdown.get_by_role("listbox", name="Colors")
    expect(listbox.get_by_role("option")).to_have_text(["Select all", "Green", "Blue"])
    click_and_wait(page, listbox.get_by_role("option", name="Blue"))
    expect(markdown(page, "colors=Red,Blue")).to_have_count(1)
    # Typing filters; Enter picks the first match.
    box.fill("gre")
    expect(dropdown.get_by_role("option")).to_have_text(["Green"])
    press_and_wait(page, box, "Enter")
    expect(markdown(page, "colors=Red,Blue,Green")).to_have_count(1)
    box.press("Escape")
    click_and_wait(page, page.get_by_role("button", name="Remove Red"))
    expect(markdown(page, "colors=Blue,Green")).to_have_count(1)
    click_and_wait(page, page.locator(".st-key-colors").get_by_role("button", name="Clear all"))
    expect(markdown(page, "colors=-")).to_have_count(1)
    expect(box).to_have_attribute("placeholder", "Choose options")


def test_multiselect_new_options_and_max(page):
    box = page.get_by_role("combobox", name="Tags")
    box.fill("beta")
    press_and_wait(page, box, "Enter")
    expect(markdown(page, "tags=beta")).to_have_count(1)
    box.fill("alp")
    press_and_wait(page, box, "Enter")
    expect(markdown(page, "tags=beta,alpha")).to_have_count(1)
    box.click()
    expect(page.get_by_test_id("stMultiSelectDropdown")).to_contain_text("You can only select up to 2 options")
    box.press("Escape")


def test_select_slider(page):
    slider = page.locator(".st-key-size").get_by_test_id("stSlider")
    expect(slider.get_by_test_id("stSliderThumbValue")).to_have_text("M")
    expect(slider.get_by_test_id("stSliderTickBar")).to_have_text("SXL")
    thumb = slider.get_by_role("slider", name="Size")
    expect(thumb).to_have_attribute("aria-valuetext", "M")
    thumb.focus()
    thumb.press("ArrowRight")
    wait_idle(page)
    expect(markdown(page, "size=L")).to_have_count(1)
    thumb.press("End")
    wait_idle(page)
    expect(markdown(page, "size=XL")).to_have_count(1)
    span = page.get_by_test_id("stSlider").filter(has=page.get_by_text("Span"))
    expect(span.get_by_test_id("stSliderThumbValue")).to_have_text(["20cm", "30cm"])
    end = span.get_by_role("slider", name="Span — end")
    end.focus()
    end.press("ArrowRight")
    wait_idle(page)
    expect(markdown(page, "span=20-40")).to_have_count(1)


def test_date_input_dom(page):
    day = page.locator(".st-key-day").get_by_test_id("stDateInput")
    field = day.get_by_test_id("stDateInputField")
    expect(field.get_by_role("spinbutton")).to_have_text(["2024", "03", "05"])
    expect(field.locator("input[type=date]")).to_have_value("2024-03-05")
    expect(day.get_by_test_id("stDateInputCalendarButton")).to_have_attribute("aria-label", "Choose date")
    trip = page.get_by_test_id("stDateInput").filter(has=page.get_by_text("Trip"))
    expect(trip.get_by_role("group", name="Trip start date").get_by_role("spinbutton")).to_have_text(["05", "03", "2024"])
    expect(trip.locator("input[type=date]")).to_have_count(2)
    expect(markdown(page, "trip=2024-03-05..2024-03-09")).to_have_count(1)


def test_date_input_calendar_pick(page):
    day = page.locator(".st-key-day")
    day.get_by_test_id("stDateInputCalendarButton").click()
    calendar = page.get_by_test_id("stDateInputCalendar")
    expect(calendar).to_have_attribute("role", "dialog")
    expect(calendar.get_by_role("grid", name="Choose date, March 2024")).to_be_visible()
    expect(calendar.get_by_role("button", name="Tuesday, March 5, 2024 selected")).to_be_visible()
    calendar.get_by_role("button", name="Next month").click()
    click_and_wait(page, calendar.get_by_role("button", name="Monday, April 15, 2024"))
    expect(calendar).to_have_count(0)
    expect(markdown(page, "day=2024-04-15")).to_have_count(1)


def test_date_input_typing(page):
    day = page.locator(".st-key-day")
    segment = day.get_by_role("spinbutton", name="day, Day")
    segment.click()
    segment.press("2")
    segment.press("0")
    segment.press("Tab")
    wait_idle(page)
    expect(markdown(page, "day=2024-04-20")).to_have_count(1)


def test_date_range_and_empty(page):
    trip = page.get_by_test_id("stDateInput").filter(has=page.get_by_text("Trip"))
    trip.get_by_role("button", name="Choose date range").click()
    calendar = page.get_by_test_id("stDateInputCalendar")
    calendar.get_by_role("button", name="Sunday, March 10, 2024").click()
    click_and_wait(page, calendar.get_by_role("button", name="Tuesday, March 12, 2024"))
    expect(markdown(page, "trip=2024-03-10..2024-03-12")).to_have_count(1)
    maybe = page.get_by_test_id("stDateInput").filter(has=page.get_by_text("Maybe"))
    expect(maybe.get_by_role("spinbutton")).to_have_text(["yyyy", "mm", "dd"])
    expect(markdown(page, "maybe=None")).to_have_count(1)
    maybe.get_by_role("button", name="Choose date").click()
    cal = page.get_by_test_id("stDateInputCalendar")
    cal.get_by_role("combobox", name="month").select_option("6")
    click_and_wait(page, cal.get_by_role("button", name="Friday, June 14, 2024"))
    expect(markdown(page, "maybe=2024-06-14")).to_have_count(1)


def test_color_picker(page):
    picker = page.locator(".st-key-pick").get_by_test_id("stColorPicker")
    expect(picker.get_by_test_id("stWidgetLabel")).to_have_text("Pick")
    expect(picker.locator("input[type=color]")).to_have_value("#00f900")
    expect(page.locator(".st-key-pick")).to_have_attribute("width", "fit-content")
    picker.get_by_role("button", name="Pick color picker").click()
    popover = page.get_by_test_id("stColorPickerPopover")
    hex_input = popover.get_by_label("hex")
    expect(hex_input).to_have_value("#00F900")
    hex_input.fill("#1c83e1")
    press_and_wait(page, hex_input, "Enter")
    expect(markdown(page, "color=#1c83e1")).to_have_count(1)
    expect(picker.locator("input[type=color]")).to_have_value("#1c83e1")
    page.keyboard.press("Escape")
    picker.locator("input[type=color]").fill("#ff0000")
    wait_idle(page)
    expect(markdown(page, "color=#ff0000")).to_have_count(1)


def test_pills_single(page):
    group = page.locator(".st-key-dir").get_by_test_id("stButtonGroup")
    radios = group.get_by_role("radiogroup", name="Direction").get_by_role("radio")
    expect(radios).to_have_text(["North", "East", "South"])
    expect(group.locator("button[data-variant=pills]")).to_have_count(3)
    click_and_wait(page, group.get_by_role("radio", name="East"))
    expect(markdown(page, "direction=East")).to_have_count(1)
    expect(group.get_by_role("radio", name="East")).to_have_attribute("aria-checked", "true")
    click_and_wait(page, group.get_by_role("radio", name="East"))
    expect(markdown(page, "direction=None")).to_have_count(1)


def test_pills_multi_and_segmented(page):
    many = page.get_by_test_id("stButtonGroup").filter(has=page.get_by_text("Many"))
    toolbar = many.get_by_role("toolbar", name="Many")
    expect(toolbar.get_by_role("button", name="b")).to_have_attribute("aria-pressed", "true")
    click_and_wait(page, toolbar.get_by_role("button", name="c"))
    expect(markdown(page, "many=b,c")).to_have_count(1)
    click_and_wait(page, toolbar.get_by_role("button", name="b"))
    expect(markdown(page, "many=c")).to_have_count(1)
    mode = page.get_by_test_id("stButtonGroup").filter(has=page.get_by_text("Mode"))
    expect(mode.locator("button[data-variant=segmented_control]")).to_have_count(2)
    click_and_wait(page, mode.get_by_role("radio", name="Dark"))
    expect(markdown(page, "mode=Dark")).to_have_count(1)
    # required: clicking the selected option keeps it.
    click_and_wait(page, mode.get_by_role("radio", name="Dark"))
    expect(markdown(page, "mode=Dark")).to_have_count(1)


def test_feedback(page):
    thumbs = page.locator(".st-key-thumbs").get_by_test_id("stFeedback")
    group = thumbs.get_by_role("radiogroup", name="Feedback rating")
    expect(group.get_by_role("radio")).to_have_count(2)
    click_and_wait(page, group.get_by_role("radio", name="Thumbs up"))
    expect(markdown(page, "thumbs=1")).to_have_count(1)
    expect(thumbs.get_by_test_id("stFeedbackButtonActive")).to_have_attribute("aria-label", "Thumbs up")
    click_and_wait(page, group.get_by_role("radio", name="Thumbs down"))
    expect(markdown(page, "thumbs=0")).to_have_count(1)
    click_and_wait(page, group.get_by_role("radio", name="Thumbs down"))
    expect(markdown(page, "thumbs=None")).to_have_count(1)
    stars = page.get_by_test_id("stFeedback").nth(1)
    expect(stars.get_by_test_id("stFeedbackButtonActive")).to_have_count(3)
    expect(markdown(page, "stars=2")).to_have_count(1)
    click_and_wait(page, stars.get_by_role("radio", name="5 out of 5 stars"))
    expect(markdown(page, "stars=4")).to_have_count(1)
    faces = page.get_by_test_id("stFeedback").nth(2)
    click_and_wait(page, faces.get_by_role("radio", name="Neutral"))
    expect(markdown(page, "faces=2")).to_have_count(1)


def test_time_input_arrows_move_by_its_step(page):
    minute = page.get_by_role("spinbutton", name="minute, Alarm")
    minute.click()
    page.keyboard.press("ArrowUp")
    expect(minute).to_have_text("30")
    minute.press("Enter")
    wait_idle(page)
    expect(markdown(page, "alarm=08:30")).to_have_count(1)


def test_values_survive_a_plain_rerun_and_no_errors(page):
    click_and_wait(page, page.get_by_role("radio", name="North"))
    for text in ["colors=-", "tags=beta,alpha", "size=XL", "span=20-40", "day=2024-04-20",
                 "trip=2024-03-10..2024-03-12", "maybe=2024-06-14", "color=#ff0000",
                 "direction=North", "many=c", "mode=Dark", "stars=4", "faces=2"]:
        expect(markdown(page, text)).to_have_count(1)
    assert page.errors == []
    assert page.offsite_requests == []
