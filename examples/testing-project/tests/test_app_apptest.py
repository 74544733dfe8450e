"""The app's logic, tested in CPython with AppTest (no browser, fast)."""

from wasmlit.testing import AppTest


def test_starts_at_zero():
    at = AppTest.from_file("../app.py").run()
    assert at.title[0].value == "Counter"
    assert at.markdown[0].value == "Count = 0"
    assert not at.exception


def test_increment_uses_the_step():
    at = AppTest.from_file("../app.py").run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Count = 1"

    at.number_input(key="step").set_value(5).run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Count = 6"
    assert at.session_state.count == 6


def test_the_count_can_be_preset():
    at = AppTest.from_file("../app.py")
    at.session_state.count = 41
    at.run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Count = 42"


def test_greeting_waits_for_the_submit():
    at = AppTest.from_file("../app.py").run()
    # A run without the submit button: the form's values are not sent.
    at.text_input(key="name").input("Ada").run()
    assert not at.success
    assert at.session_state.name == ""

    # Values set on the form's widgets go with the submit button's click.
    at.text_input(key="name").input("Ada")
    at.button("FormSubmitter:greeting-Greet").click().run()
    assert at.success[0].value == "Hello, Ada!"


def test_greeting_without_a_name_warns():
    at = AppTest.from_file("../app.py").run()
    at.form_submit_button[0].click().run()
    assert at.warning[0].value == "Please enter a name."
    assert not at.success
