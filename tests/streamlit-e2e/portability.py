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

# Other files of features wasmlit implements (those run so far; see
# docs/streamlit-e2e.md for the figures).
EXTRA_FILES = [
    "st_toggle_test.py",
    "st_radio_test.py",
    "st_text_area_test.py",
    "st_alert_test.py",
    "st_caption_test.py",
    "st_divider_test.py",
    "st_empty_test.py",
    "st_stop_test.py",
    "st_expander_test.py",
    "st_tabs_test.py",
    "st_columns_test.py",
    "st_json_test.py",
    "st_text_test.py",
    "st_code_test.py",
    "st_fragment_basics_test.py",
    "st_selectbox_test.py",
    "st_multiselect_test.py",
    "st_color_picker_test.py",
    "st_date_input_test.py",
    "st_time_input_test.py",
    "st_slider_test.py",
    "st_select_slider_test.py",
]
IMPLEMENTED_FILES = CORE_FILES + EXTRA_FILES

# (file, test function) -> why it cannot run against wasmlit.
NOT_PORTABLE: dict[tuple[str, str], str] = {
}

# Test files whose app imports a package that the offline site `wasmlit serve`
# builds here does not ship (Pyodide's compiled packages come from a Pyodide
# distribution given with --pyodide-packages / --pyodide-packages-url, which
# this machine has none of): every test of the file is not portable here.
NEEDS_PACKAGES: dict[str, str] = {
    "st_radio_test.py": "pandas",
    "st_columns_test.py": "numpy",
    "st_selectbox_test.py": "pandas",
    "st_select_slider_test.py": "numpy and pandas",
}
