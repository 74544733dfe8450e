"""The popup widgets' DOM and keyboard contract, as Streamlit 1.67 has it
(react-aria, not the older BaseWeb DOM of Streamlit's 2024 e2e suite: 1.67 has
no data-baseweb attributes, no `li` options and no BaseWeb calendar): the
selectbox / multiselect listbox, the date and datetime calendars, the colour
picker's popover. Each test selects the way a Playwright test written against a
real 1.67 page does (every expected attribute and text here was read from one).

All tests share one page (one session) in file order."""

import pytest
from conftest import click_and_wait, markdown, press_and_wait, wait_idle
from playwright.sync_api import expect

APP = "popup_dom"


@pytest.fixture(scope="module")
def page(open_app):
    return open_app(APP)


def expect_labels(cells, labels):
    expect(cells).to_have_count(len(labels))
    for i, label in enumerate(labels):
        expect(cells.nth(i)).to_have_attribute("aria-label", label)


def close_by_clicking_outside(page):
    page.get_by_test_id("stHeading").or_(page.get_by_test_id("stMarkdown")).first.click()


def test_selectbox_options_are_react_aria_options(page):
    box = page.get_by_test_id("stSelectbox").first
    box.locator("input").click()
    dropdown = page.get_by_test_id("stSelectboxVirtualDropdown")
    options = dropdown.get_by_role("listbox", name="Flavour").get_by_role("option")
    expect(options).to_have_text(["vanilla", "chocolate", "strawberry"])
    expect(options.nth(0)).to_have_attribute("aria-selected", "true")
    expect(options.nth(0)).to_have_attribute("data-focused", "true")
    for i in range(3):
        expect(options.nth(i)).to_have_attribute("data-key", str(i))
        expect(options.nth(i)).to_have_attribute("data-selection-mode", "single")
    expect(options.nth(1).locator("[data-item-hl]")).to_have_text("chocolate")
    click_and_wait(page, options.nth(1))
    expect(markdown(page, "flavour: chocolate")).to_have_count(1)
    expect(dropdown).to_have_count(0)


def test_selectbox_typing_replaces_the_shown_label(page):
    # st_selectbox_test.py::test_handles_option_selection_via_typing: focus +
    # type + Enter; typing over the selected label starts a new filter.
    field = page.get_by_test_id("stSelectbox").first.locator("input")
    field.type("straw")
    expect(field).to_have_value("straw")
    options = page.get_by_test_id("stSelectboxVirtualDropdown").get_by_role("option")
    expect(options).to_have_text(["strawberry"])
    expect(options).to_have_attribute("data-key", "2")
    press_and_wait(page, field, "Enter")
    expect(markdown(page, "flavour: strawberry")).to_have_count(1)
    expect(field).to_have_value("strawberry")


def test_selectbox_no_results_row(page):
    # 1.67: an unselectable option row with the message, in a listbox marked data-empty.
    field = page.get_by_test_id("stSelectbox").first.locator("input")
    field.type("zzz")
    listbox = page.get_by_test_id("stSelectboxVirtualDropdown").get_by_role("listbox")
    expect(listbox).to_have_attribute("data-empty", "true")
    expect(listbox.get_by_role("option")).to_have_text(["No results"])
    expect(listbox.locator("[role=option] > span")).to_have_text("No results")
    field.press("Escape")
    expect(field).to_have_value("strawberry")


def test_selectbox_without_default_clears_on_escape_and_clear_button(page):
    # st_selectbox_test.py::test_empty_selectbox_behaves_correctly.
    box = page.get_by_test_id("stSelectbox").nth(1)
    field = box.locator("input")
    expect(box.get_by_role("button", name="Clear value")).to_have_count(0)
    field.type("nuts")
    press_and_wait(page, field, "Enter")
    expect(markdown(page, "extra: nuts")).to_have_count(1)
    field.focus()
    press_and_wait(page, field, "Escape")
    expect(markdown(page, "extra: None")).to_have_count(1)
    expect(field).to_have_value("")
    field.type("cream")
    press_and_wait(page, field, "Enter")
    expect(markdown(page, "extra: cream")).to_have_count(1)
    click_and_wait(page, box.get_by_role("button", name="Clear value"))
    expect(markdown(page, "extra: None")).to_have_count(1)
    # A selectbox with a default has no clear button, and Escape keeps its value.
    first = page.get_by_test_id("stSelectbox").first
    expect(first.get_by_role("button", name="Clear value")).to_have_count(0)
    first.locator("input").focus()
    first.locator("input").press("Escape")
    expect(markdown(page, "flavour: strawberry")).to_have_count(1)


def test_multiselect_options_and_tags(page):
    widget = page.get_by_test_id("stMultiSelect")
    field = widget.locator("input")
    expect(field).to_have_attribute("autocorrect", "off")
    field.click()
    listbox = page.get_by_test_id("stMultiSelectDropdown").get_by_role("listbox", name="Toppings")
    expect(listbox).to_have_attribute("aria-multiselectable", "true")
    options = listbox.get_by_role("option")
    expect(options).to_have_text(["Select all", "nuts", "sprinkles", "syrup"])
    expect(options.nth(0)).to_have_attribute("data-key", "__select_all__")
    expect(options.nth(2)).to_have_attribute("data-key", "1")
    expect(options.nth(2)).to_have_attribute("data-selection-mode", "multiple")
    expect(options.nth(2)).to_have_attribute("aria-posinset", "3")
    expect(options.nth(2)).to_have_attribute("aria-setsize", "4")
    listbox.get_by_role("option", name="sprinkles").click()
    page.keyboard.press("Escape")
    wait_idle(page)
    expect(markdown(page, "toppings: sprinkles")).to_have_count(1)
    tag = widget.get_by_role("group", name="Selected values").locator("[data-tag]")
    expect(tag).to_have_attribute("aria-label", "sprinkles")
    expect(tag.locator("span[title=sprinkles]")).to_have_text("sprinkles")
    click_and_wait(page, widget.get_by_role("button", name="Remove sprinkles"))
    expect(markdown(page, "toppings:")).to_have_count(1)


def test_date_calendar_cells(page):
    page.get_by_test_id("stDateInputCalendarButton").first.click()
    calendar = page.get_by_test_id("stDateInputCalendar")
    expect(calendar).to_have_attribute("aria-label", "Choose date")
    expect(calendar.locator(f"#{calendar.get_attribute('aria-describedby')}")).to_have_text(
        "Use arrow keys to navigate dates. Enter to select. Escape to close.")
    grid = calendar.get_by_role("grid", name="Choose date, January 1970")
    # Days of the neighbouring months keep their numbers (disabled).
    outside = grid.locator('[aria-label="Sunday, December 28, 1969"]')
    expect(outside).to_have_text("28")
    expect(outside).to_have_attribute("data-outside-visible-range", "true")
    expect(outside).to_have_attribute("data-disabled", "true")
    selected = grid.locator('[aria-label="Thursday, January 1, 1970 selected"]')
    expect(selected).to_have_attribute("data-focused", "true")
    expect(selected).to_be_focused()
    click_and_wait(page, grid.get_by_role("button", name="Friday, January 2, 1970"))
    expect(markdown(page, "day: 1970-01-02")).to_have_count(1)
    expect(calendar).to_have_count(0)


def test_date_range_calendar_labels_and_preview(page):
    page.get_by_test_id("stDateInputCalendarButton").nth(1).click()
    calendar = page.get_by_test_id("stDateInputCalendar")
    expect(calendar).to_have_attribute("aria-label", "Choose date range")
    chosen = calendar.locator("[role=gridcell][aria-selected=true] > [role=button]")
    expect_labels(chosen, [
        "Selected Range: Thursday, January 8 to Saturday, January 10, 1970, Thursday, January 8, 1970 selected",
        "Friday, January 9, 1970 selected",
        "Selected Range: Thursday, January 8 to Saturday, January 10, 1970, Saturday, January 10, 1970 selected",
    ])
    expect(chosen.nth(0)).to_have_attribute("data-selection-start", "true")
    expect(chosen.nth(2)).to_have_attribute("data-selection-end", "true")
    expect(chosen.nth(0)).to_be_focused()
    # First click: a one-day range, both ends; hovering previews the range.
    calendar.locator('[aria-label^="Monday, January 12, 1970"]').click()
    one = calendar.locator('[aria-label="Monday, January 12, 1970 selected"]')
    expect(one).to_have_attribute("data-selection-start", "true")
    expect(one).to_have_attribute("data-selection-end", "true")
    calendar.locator('[aria-label^="Wednesday, January 14, 1970"]').hover()
    expect_labels(chosen, [
        "Monday, January 12, 1970 selected", "Tuesday, January 13, 1970 selected", "Wednesday, January 14, 1970 selected",
    ])
    click_and_wait(page, calendar.locator('[aria-label^="Wednesday, January 14, 1970"]'))
    expect(markdown(page, "trip: 1970-01-12 to 1970-01-14")).to_have_count(1)


def test_datetime_popover_time_field(page):
    widget = page.get_by_test_id("stDateTimeInput")
    expect(widget.get_by_role("spinbutton", name="month, Meeting")).to_have_attribute("aria-valuetext", "01 – January")
    widget.get_by_test_id("stDateTimeInputCalendarButton").click()
    calendar = page.get_by_test_id("stDateTimeInputCalendar")
    expect(calendar.locator(f"#{calendar.get_attribute('aria-describedby')}")).to_have_text(
        "Use arrow keys to navigate. Enter to select. Tab to switch between calendar and time. Escape to close.")
    time_row = calendar.get_by_test_id("stDateTimeInputPopoverTime")
    assert time_row.text_content() == "Time\u206608:45\u2069"
    expect(time_row.locator("input[type=text][hidden]")).to_have_attribute("value", "08:45:00")
    page.keyboard.press("Escape")
    expect(calendar).to_have_count(0)


def test_color_picker_popover_fields(page):
    # st_color_picker_test.py: the hex field, then the svg toggling to RGB and
    # HSL fields; the value is sent when the popover closes (a click outside).
    picker = page.get_by_test_id("stColorPicker")
    block = picker.get_by_test_id("stColorPickerBlock")
    block.click()
    popover = page.get_by_test_id("stColorPickerPopover")
    expect(popover.locator("input")).to_have_value("#00FF00")
    expect(popover.locator("label")).to_have_text(["hex"])
    popover.locator("input").fill("#ffffff")
    expect(block).to_have_css("background-color", "rgb(255, 255, 255)")
    close_by_clicking_outside(page)
    wait_idle(page)
    expect(markdown(page, "colour: #ffffff")).to_have_count(1)
    expect(popover).to_have_count(0)

    block.click()
    popover.locator("svg").click()
    expect(popover.locator("label")).to_have_text(["r", "g", "b", "a"])
    fields = popover.locator("input")
    expect(fields.nth(0)).to_have_value("255")
    fields.nth(1).fill("0")
    fields.nth(2).fill("0")
    close_by_clicking_outside(page)
    wait_idle(page)
    expect(markdown(page, "colour: #ff0000")).to_have_count(1)

    block.click()
    toggle = popover.locator("svg")
    toggle.click()
    toggle.click()
    expect(popover.locator("label")).to_have_text(["h", "s", "l", "a"])
    for i, text in enumerate(["0", "100%", "50%", "1"]):
        expect(fields.nth(i)).to_have_value(text)
    fields.nth(1).fill("0%")
    fields.nth(2).fill("100%")
    page.keyboard.press("Escape")
    wait_idle(page)
    expect(markdown(page, "colour: #ffffff")).to_have_count(1)


def test_radio_options(page):
    options = page.get_by_test_id("stRadio").locator("label[data-testid=stRadioOption]")
    expect(options).to_have_text(["small", "large"])
    click_and_wait(page, options.nth(1))
    expect(markdown(page, "size: large")).to_have_count(1)


def test_time_input_typing_and_arrows(page):
    # Streamlit 1.67's time input is react-aria spinbuttons (no text input):
    # typed digits move from hour to minute and are sent on Enter. (1.67 sends
    # an arrow key's change at once; wasmlit waits for Enter/blur, which
    # tests/test_api_inputs.py::test_time_input_12h relies on.)
    widget = page.get_by_test_id("stTimeInput")
    hour = widget.get_by_role("spinbutton", name="hour, Alarm")
    hour.click()
    page.keyboard.type("1030")
    expect(widget.get_by_role("spinbutton", name="minute, Alarm")).to_be_focused()
    assert widget.get_by_test_id("stTimeInputTimeDisplay").text_content() == "\u206610:30\u2069"
    expect(markdown(page, "alarm: 08:45:00")).to_have_count(1)
    page.keyboard.press("Enter")
    wait_idle(page)
    expect(markdown(page, "alarm: 10:30:00")).to_have_count(1)
    hour.click()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Enter")
    wait_idle(page)
    expect(markdown(page, "alarm: 11:30:00")).to_have_count(1)
    expect(widget.locator("input[type=hidden]")).to_have_attribute("value", "11:30:00")


def test_slider_thumb_is_a_range_input(page):
    # Streamlit 1.67's slider role is the thumb's hidden input[type=range]; a
    # press on the thumb's value focuses it (st_fragment_basics_test.py's slider
    # test), then the arrow keys move it.
    widget = page.get_by_test_id("stSlider")
    thumb = widget.get_by_role("slider", name="Level")
    expect(thumb).to_have_js_property("tagName", "INPUT")
    expect(thumb).to_have_value("3")
    expect(thumb).to_have_attribute("aria-valuetext", "3")
    widget.get_by_test_id("stSliderThumbValue").click(force=True)
    expect(thumb).to_be_focused()
    expect(markdown(page, "level: 3")).to_have_count(1)
    page.keyboard.press("ArrowRight")
    wait_idle(page)
    expect(markdown(page, "level: 4")).to_have_count(1)
    expect(thumb).to_have_value("4")


def test_pressing_date_and_time_fields(page):
    # 1.67: a press on a date field opens its calendar and keeps focus in the
    # field (beside the segments: the last one); Escape there closes it. The
    # colour popover opens with its hex field focused.
    day = page.get_by_test_id("stDateInput").first
    day.get_by_test_id("stDateInputField").click()
    expect(page.get_by_test_id("stDateInputCalendar")).to_have_count(1)
    expect(day.get_by_role("spinbutton", name="day, Day")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.get_by_test_id("stDateInputCalendar")).to_have_count(0)
    day.get_by_role("spinbutton", name="year, Day").click()
    expect(page.get_by_test_id("stDateInputCalendar")).to_have_count(1)
    expect(day.get_by_role("spinbutton", name="year, Day")).to_be_focused()
    page.keyboard.press("Escape")
    meeting = page.get_by_test_id("stDateTimeInput")
    meeting.get_by_test_id("stDateTimeInputField").click()
    expect(page.get_by_test_id("stDateTimeInputCalendar")).to_have_count(1)
    expect(meeting.get_by_role("spinbutton", name="minute, Meeting")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.get_by_test_id("stDateTimeInputCalendar")).to_have_count(0)
    page.get_by_test_id("stTimeInputTimeDisplay").click()
    expect(page.get_by_test_id("stTimeInput").get_by_role("spinbutton", name="minute, Alarm")).to_be_focused()
    page.get_by_test_id("stColorPickerBlock").click()
    expect(page.get_by_test_id("stColorPickerPopover").locator("input").first).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.get_by_test_id("stColorPickerPopover")).to_have_count(0)
