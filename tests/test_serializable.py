"""runner.enforceSerializableSessionState, from .streamlit/config.toml or the CLI's --config."""

from conftest import wait_idle
from playwright.sync_api import expect

ENFORCED = "serializable_enforced"  # has .streamlit/config.toml turning the option on
DEFAULT = "serializable_default"  # the same app.py, no config
ON = ("--config", "runner.enforceSerializableSessionState=true")
OFF = ("--config", "runner.enforceSerializableSessionState=false")


def expect_unserializable_error(page):
    error = page.get_by_test_id("stException")
    expect(error).to_have_count(1)
    expect(error).to_be_visible()
    message = error.get_by_test_id("stExceptionMessage")
    expect(message).to_contain_text("UnserializableSessionStateError")
    expect(message).to_contain_text("Cannot serialize the value")
    expect(message).to_contain_text("unserializable")


def test_config_file_enforces_serializable_state(open_app):
    page = open_app(ENFORCED)
    expect_unserializable_error(page)
    assert page.errors == []


def test_without_config_a_lambda_is_allowed(open_app):
    page = open_app(DEFAULT)
    wait_idle(page)
    expect(page.get_by_test_id("stMainBlockContainer")).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)
    assert page.errors == []


def test_cli_config_option_enforces_serializable_state(open_app):
    page = open_app(DEFAULT, *ON)
    expect_unserializable_error(page)
    assert page.errors == []


def test_cli_config_option_overrides_the_config_file(open_app):
    # As in Streamlit, a command-line option wins over .streamlit/config.toml.
    page = open_app(ENFORCED, *OFF)
    wait_idle(page)
    expect(page.get_by_test_id("stMainBlockContainer")).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)
    assert page.errors == []
