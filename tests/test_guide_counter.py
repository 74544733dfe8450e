"""The guide's Counter examples (tests/apps/counter_*), driven like a user would."""

from conftest import click_and_wait, markdown, press_and_wait
from playwright.sync_api import expect


def button(page, label):
    return page.get_by_test_id("stButton").get_by_role("button", name=label, exact=True)


def test_counter_without_state_stays_at_one(open_app):
    page = open_app("counter_no_state")
    expect(page.get_by_test_id("stHeading")).to_have_text("Counter Example")
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Count = 0"])
    for _ in range(3):
        click_and_wait(page, button(page, "Increment"))
        # Each click reruns the script from the top: count is 0 again, then 1.
        expect(page.get_by_test_id("stMarkdown")).to_have_text(["Count = 1"])
    expect(markdown(page, "Count = 1")).to_have_count(1)
    assert page.errors == []


def test_counter_with_session_state_counts_every_click(open_app):
    page = open_app("counter_session_state")
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Count = 0"])
    for n in range(1, 4):
        click_and_wait(page, button(page, "Increment"))
        expect(page.get_by_test_id("stMarkdown")).to_have_text([f"Count = {n}"])
    expect(markdown(page, "Count = 3")).to_be_visible()
    assert page.errors == []


def test_counter_with_on_click_callback(open_app):
    page = open_app("counter_callback")
    expect(page.get_by_test_id("stHeading")).to_have_text("Counter Example using Callbacks")
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Count = 0"])
    click_and_wait(page, button(page, "Increment"))
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Count = 1"])
    click_and_wait(page, button(page, "Increment"))
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Count = 2"])
    assert page.errors == []


def test_callback_with_args_uses_the_number_input(open_app):
    page = open_app("counter_args")
    field = page.get_by_test_id("stNumberInput").get_by_label("Enter a value")
    expect(field).to_have_value("0")
    # With the default 0, Increment adds nothing.
    click_and_wait(page, button(page, "Increment"))
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Count = 0"])

    field.fill("5")
    press_and_wait(page, field, "Enter")
    expect(field).to_have_value("5")
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Count = 0"])
    click_and_wait(page, button(page, "Increment"))
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Count = 5"])
    click_and_wait(page, button(page, "Increment"))
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Count = 10"])

    # The + stepper changes the value the next click passes to the callback.
    click_and_wait(page, page.get_by_test_id("stNumberInputStepUp"))
    expect(field).to_have_value("6")
    click_and_wait(page, button(page, "Increment"))
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Count = 16"])
    assert page.errors == []


def test_callbacks_with_kwargs(open_app):
    page = open_app("counter_kwargs")
    expect(page.get_by_test_id("stHeading")).to_have_text("Counter Example using Callbacks with kwargs")
    click_and_wait(page, button(page, "Increment"))
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Count = 5"])
    click_and_wait(page, button(page, "Decrement"))
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Count = 4"])
    click_and_wait(page, button(page, "Decrement"))
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Count = 3"])
    assert page.errors == []
