"""The DOM contract a Streamlit Playwright test relies on (test ids, classes, keys,
layout blocks, native controls), and widget values round-tripping through Python.

All tests share one page (one session) in file order: the round-trip tests build
on each other and the last one checks every value survives a plain rerun."""

import pytest
from conftest import click_and_wait, markdown, press_and_wait, wait_idle
from playwright.sync_api import expect

APP = "widgets_dom"

# Test ids that carry the same name as a class (as in Streamlit 1.67).
CLASSED_TEST_IDS = [
    "stApp", "stAppViewContainer", "stMain", "stMainBlockContainer", "stSidebar",
    "stVerticalBlock", "stHorizontalBlock", "stColumn", "stElementContainer",
    "stHeading", "stMarkdown", "stButton", "stTextInput", "stNumberInput",
    "stSelectbox", "stRadio", "stCheckbox", "stTextArea", "stSlider",
]


@pytest.fixture(scope="module")
def page(open_app):
    return open_app(APP)


def test_every_element_container_is_in_main_or_sidebar(page):
    every = page.get_by_test_id("stElementContainer")
    in_main = page.locator("[data-testid=stApp] [data-testid=stMain] [data-testid=stElementContainer]")
    in_sidebar = page.locator("[data-testid=stApp] [data-testid=stSidebar] [data-testid=stElementContainer]")
    expect(in_sidebar).to_have_count(3)
    total = every.count()
    assert total > 20
    expect(in_main).to_have_count(total - 3)
    # Everything the main script wrote is in stMain, not in the sidebar.
    main = page.get_by_test_id("stMain")
    expect(main.get_by_test_id("stMainBlockContainer").get_by_test_id("stHeading")).to_have_count(3)
    expect(markdown(main, "In the sidebar")).to_have_count(0)


def test_headings(page):
    headings = page.get_by_test_id("stHeading")
    expect(headings).to_have_text(["Widgets", "Inputs", "Choices"])
    expect(headings.nth(0).locator("h1")).to_have_text("Widgets")
    expect(headings.nth(1).locator("h2")).to_have_text("Inputs")
    expect(headings.nth(2).locator("h3")).to_have_text("Choices")
    expect(page.get_by_role("heading", name="Inputs", level=2)).to_be_visible()


@pytest.mark.parametrize("test_id", CLASSED_TEST_IDS)
def test_test_id_is_also_a_class(page, test_id):
    expect(page.get_by_test_id(test_id).first).to_be_attached()
    expect(page.locator(f"[data-testid={test_id}]:not(.{test_id})")).to_have_count(0)


def test_widget_labels(page):
    for test_id, label in [
        ("stTextInput", "Your name"), ("stNumberInput", "Age"), ("stSelectbox", "Flavour"),
        ("stRadio", "Size"), ("stTextArea", "Notes"), ("stSlider", "Level"),
    ]:
        widget = page.get_by_test_id("stMain").get_by_test_id(test_id)
        expect(widget.get_by_test_id("stWidgetLabel")).to_have_text(label)
    checkboxes = page.get_by_test_id("stCheckbox")
    expect(checkboxes.get_by_test_id("stWidgetLabel")).to_have_text(["I agree", "Dark mode"])
    # The labels name their controls.
    expect(page.get_by_label("Your name")).to_have_attribute("data-testid", "stTextInputField")
    expect(page.get_by_label("Notes")).to_have_js_property("tagName", "TEXTAREA")


def test_keyed_widgets_containers_carry_st_key_classes(page):
    for key, test_id in [
        ("name", "stTextInput"), ("age", "stNumberInput"), ("flavour", "stSelectbox"),
        ("size", "stRadio"), ("agree", "stCheckbox"), ("dark", "stCheckbox"),
        ("notes", "stTextArea"), ("level", "stSlider"), ("side", "stTextInput"),
    ]:
        container = page.locator(f".st-key-{key}")
        expect(container).to_have_count(1)
        expect(container).to_have_attribute("data-testid", "stElementContainer")
        expect(container.get_by_test_id(test_id)).to_have_count(1)
    # st.container(key=...) puts the key on its vertical block.
    box = page.locator(".st-key-box")
    expect(box).to_have_attribute("data-testid", "stVerticalBlock")
    expect(box.get_by_test_id("stMarkdown")).to_have_text(["Boxed"])
    # Unkeyed elements have no st-key class.
    heading_container = page.get_by_test_id("stElementContainer").filter(has=page.get_by_test_id("stHeading")).first
    assert "st-key-" not in (heading_container.get_attribute("class") or "")


def test_sidebar_and_columns(page):
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar).to_be_visible()
    expect(sidebar.get_by_test_id("stMarkdown")).to_have_text(["In the sidebar", "Side ="])
    expect(sidebar.get_by_test_id("stTextInput").get_by_label("Sidebar text")).to_be_visible()

    row = page.get_by_test_id("stMain").get_by_test_id("stHorizontalBlock")
    expect(row).to_have_count(1)
    columns = row.get_by_test_id("stColumn")
    expect(columns).to_have_count(2)
    expect(columns.nth(0).get_by_test_id("stMarkdown")).to_have_text(["Left column"])
    expect(columns.nth(1).get_by_test_id("stMarkdown")).to_have_text(["Right column"])
    # Side by side.
    left, right = columns.nth(0).bounding_box(), columns.nth(1).bounding_box()
    assert left["x"] + left["width"] <= right["x"] + 1 and abs(left["y"] - right["y"]) < 2


def test_initial_values_are_readable_from_native_controls(page):
    expect(page.get_by_test_id("stTextInput").get_by_label("Your name")).to_have_value("")
    expect(page.get_by_test_id("stNumberInput").get_by_label("Age")).to_have_value("30")
    expect(page.get_by_role("combobox", name="Flavour")).to_have_value("Vanilla")
    expect(page.get_by_role("radio", name="Small")).to_be_checked()
    expect(page.get_by_role("radio", name="Large")).not_to_be_checked()
    expect(page.get_by_role("checkbox", name="I agree")).not_to_be_checked()
    expect(page.get_by_role("switch", name="Dark mode")).not_to_be_checked()
    expect(page.get_by_test_id("stSlider").locator("input[type=range]")).to_have_value("3")
    expect(page.get_by_role("slider", name="Level")).to_have_attribute("aria-valuenow", "3")
    for text in ["Name =", "Age = 30", "Flavour = Vanilla", "Size = Small", "Agree = False",
                 "Dark = False", "Notes =", "Level = 3"]:
        expect(markdown(page, text)).to_have_count(1)


def test_text_input_round_trips(page):
    name = page.get_by_test_id("stTextInput").get_by_label("Your name")
    name.fill("Ada")
    expect(page.get_by_test_id("InputInstructions")).to_have_text("Press Enter to apply")
    press_and_wait(page, name, "Enter")
    expect(markdown(page, "Name = Ada")).to_be_visible()
    expect(name).to_have_value("Ada")

    # Leaving the field applies the edit too.
    name.fill("Grace")
    page.get_by_test_id("stMain").get_by_test_id("stHeading").first.click()
    wait_idle(page)
    expect(markdown(page, "Name = Grace")).to_be_visible()


def test_sidebar_text_input_round_trips(page):
    side = page.get_by_test_id("stSidebar").get_by_label("Sidebar text")
    side.fill("left")
    press_and_wait(page, side, "Enter")
    expect(page.get_by_test_id("stSidebar").get_by_test_id("stMarkdown")).to_have_text(["In the sidebar", "Side = left"])


def test_number_input_round_trips(page):
    age = page.get_by_test_id("stNumberInput").get_by_label("Age")
    age.fill("41")
    press_and_wait(page, age, "Enter")
    expect(markdown(page, "Age = 41")).to_be_visible()
    click_and_wait(page, page.get_by_test_id("stNumberInput").get_by_test_id("stNumberInputStepUp"))
    expect(age).to_have_value("42")
    expect(markdown(page, "Age = 42")).to_be_visible()
    click_and_wait(page, page.get_by_test_id("stNumberInput").get_by_role("button", name="Decrement"))
    expect(markdown(page, "Age = 41")).to_be_visible()


def test_selectbox_option_picked_in_the_ui(page):
    combobox = page.get_by_role("combobox", name="Flavour")
    combobox.click()
    expect(combobox).to_have_attribute("aria-expanded", "true")
    listbox = page.get_by_test_id("stSelectboxVirtualDropdown").get_by_role("listbox")
    expect(listbox.get_by_role("option")).to_have_text(["Vanilla", "Chocolate", "Strawberry"])
    click_and_wait(page, listbox.get_by_role("option", name="Chocolate"))
    expect(markdown(page, "Flavour = Chocolate")).to_be_visible()
    expect(combobox).to_have_value("Chocolate")
    expect(page.get_by_test_id("stSelectboxVirtualDropdown")).to_have_count(0)


def test_radio_option_picked(page):
    click_and_wait(page, page.get_by_test_id("stRadio").get_by_text("Large"))
    expect(markdown(page, "Size = Large")).to_be_visible()
    expect(page.get_by_role("radio", name="Large")).to_be_checked()
    expect(page.get_by_role("radio", name="Small")).not_to_be_checked()


def test_checkbox_and_toggle(page):
    click_and_wait(page, page.get_by_test_id("stCheckbox").get_by_text("I agree"))
    expect(markdown(page, "Agree = True")).to_be_visible()
    expect(page.get_by_role("checkbox", name="I agree")).to_be_checked()

    click_and_wait(page, page.get_by_test_id("stCheckbox").get_by_text("Dark mode"))
    expect(markdown(page, "Dark = True")).to_be_visible()
    expect(page.get_by_role("switch", name="Dark mode")).to_be_checked()

    click_and_wait(page, page.get_by_test_id("stCheckbox").get_by_text("I agree"))
    expect(markdown(page, "Agree = False")).to_be_visible()
    expect(page.get_by_role("checkbox", name="I agree")).not_to_be_checked()
    expect(page.get_by_role("switch", name="Dark mode")).to_be_checked()


def test_text_area_round_trips(page):
    notes = page.get_by_test_id("stTextArea").get_by_label("Notes")
    notes.fill("line one")
    expect(page.get_by_test_id("stTextArea").get_by_test_id("InputInstructions")).to_contain_text("Enter to apply")
    press_and_wait(page, notes, "Control+Enter")
    expect(markdown(page, "Notes = line one")).to_be_visible()
    expect(notes).to_have_value("line one")


def test_slider_round_trips(page):
    thumb = page.get_by_role("slider", name="Level")
    thumb.focus()
    press_and_wait(page, thumb, "ArrowRight")
    expect(markdown(page, "Level = 4")).to_be_visible()
    expect(page.get_by_test_id("stSlider").locator("input[type=range]")).to_have_value("4")


def test_values_survive_an_unrelated_rerun(page):
    click_and_wait(page, page.get_by_role("button", name="Rerun"))
    for text in ["Name = Grace", "Age = 41", "Flavour = Chocolate", "Size = Large", "Agree = False",
                 "Dark = True", "Notes = line one", "Level = 4"]:
        expect(markdown(page, text)).to_have_count(1)
    expect(page.get_by_test_id("stTextInput").get_by_label("Your name")).to_have_value("Grace")
    expect(page.get_by_role("combobox", name="Flavour")).to_have_value("Chocolate")
    expect(page.get_by_role("radio", name="Large")).to_be_checked()
    expect(page.get_by_role("switch", name="Dark mode")).to_be_checked()
    assert page.errors == []
    assert page.offsite_requests == []
