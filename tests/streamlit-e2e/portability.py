"""Which of Streamlit's e2e test files the runner runs, and the tests that are
not portable to wasmlit, each with the reason (checked one by one)."""

# Issue #11's yardstick: session state, widget state, buttons, number/text
# input, forms, checkbox, headings, rerun.
CORE_FILES = [
    "st_session_state_test.py",
    "widget_state_test.py",
    "st_button_test.py",
    "st_number_input_test.py",
    "st_text_input_test.py",
    "st_form_test.py",
    "st_checkbox_test.py",
    "st_heading_test.py",
    "st_rerun_test.py",
]

# Every other file of a feature wasmlit implements.
IMPLEMENTED_FILES = CORE_FILES + [
]

# (file, test function) -> why it cannot run against wasmlit.
NOT_PORTABLE: dict[tuple[str, str], str] = {
}
