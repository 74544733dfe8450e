"""The guide's "Forms and Callbacks" example, and Enter-to-submit in a form's text input."""

from conftest import click_and_wait, markdown, press_and_wait, record_script_states, runs_recorded, wait_idle
from playwright.sync_api import expect


def test_form_holds_values_until_submitted(open_app):
    page = open_app("form_callbacks")
    form = page.get_by_test_id("stForm")
    expect(form).to_have_count(1)
    for test_id in ["stForm", "stTimeInput", "stNumberInput", "stFormSubmitButton"]:
        expect(page.locator(f"[data-testid={test_id}].{test_id}")).to_have_count(1)
    expect(form.get_by_test_id("stTimeInput")).to_be_visible()
    expect(form.get_by_test_id("stNumberInput")).to_be_visible()
    submit = form.get_by_test_id("stFormSubmitButton").get_by_role("button", name="Update")
    expect(submit).to_be_visible()
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Current Count = 0", "Last Updated = 00:00:00"])
    # The outputs are outside the form.
    expect(form.get_by_test_id("stMarkdown")).to_have_count(0)

    number = form.get_by_label("Enter a value")
    expect(number).to_have_value("0")

    # Edit both fields: nothing reruns, nothing changes below the form.
    record_script_states(page)
    for _ in range(3):
        form.get_by_test_id("stNumberInputStepUp").click()
    expect(number).to_have_value("3")
    page.get_by_role("spinbutton", name="hour, Enter the time").click()
    page.keyboard.type("0930")
    expect(page.get_by_role("spinbutton", name="hour, Enter the time")).to_have_text("09")
    expect(page.get_by_role("spinbutton", name="minute, Enter the time")).to_have_text("30")
    number.click()  # moves the focus out of the time input
    assert runs_recorded(page) == 0, "editing a form widget must not rerun the script"
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Current Count = 0", "Last Updated = 00:00:00"])

    # Submitting runs the callback with the form's values, in the only run since
    # the edits began (an edit that reran, even late, would have recorded one more).
    click_and_wait(page, submit)
    assert runs_recorded(page) == 1, "editing a form widget must not rerun the script"
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Current Count = 3", "Last Updated = 09:30:00"])
    # The form keeps its values after the submit.
    expect(number).to_have_value("3")
    expect(page.get_by_role("spinbutton", name="hour, Enter the time")).to_have_text("09")

    click_and_wait(page, submit)
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Current Count = 6", "Last Updated = 09:30:00"])

    # Enter in the form's number input submits the form.
    number.fill("5")
    press_and_wait(page, number, "Enter")
    expect(markdown(page, "Current Count = 11")).to_be_visible()
    assert page.errors == []


def test_enter_submits_a_form_text_input(open_app):
    page = open_app("form_text_input")
    form = page.get_by_test_id("stForm")
    name = form.get_by_test_id("stTextInput").get_by_label("Your name")
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Greeting: none yet", "Outside = "])
    expect(page.get_by_test_id("InputInstructions")).to_have_count(0)

    record_script_states(page)
    name.click()
    name.press_sequentially("Ada")
    instructions = form.get_by_test_id("InputInstructions")
    expect(instructions).to_have_text("Press Enter to submit form")
    assert runs_recorded(page) == 0
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Greeting: none yet", "Outside = "])

    press_and_wait(page, name, "Enter")
    # The submit's run is the only one since the typing began.
    assert runs_recorded(page) == 1, "typing in a form must not rerun the script"
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Greeting: Hello Ada", "Outside = "])
    expect(name).to_have_value("Ada")

    # Outside a form the instruction is to apply, and Enter reruns at once.
    outside = page.get_by_test_id("stTextInput").get_by_label("Outside the form")
    outside.click()
    outside.press_sequentially("Bob")
    expect(page.get_by_test_id("InputInstructions")).to_have_text("Press Enter to apply")
    press_and_wait(page, outside, "Enter")
    # The form was not submitted by this rerun: its submit button reads False.
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Greeting: none yet", "Outside = Bob"])

    # Clicking the submit button works as well, with the value typed before.
    click_and_wait(page, form.get_by_test_id("stFormSubmitButton").get_by_role("button", name="Greet"))
    expect(page.get_by_test_id("stMarkdown")).to_have_text(["Greeting: Hello Ada", "Outside = Bob"])
    wait_idle(page)
    assert page.errors == []
