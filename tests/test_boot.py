"""Booting: deep URLs work, and a failed boot shows a clear error instead of a spinner."""

import re

from conftest import wait_for_app
from playwright.sync_api import expect

COUNTER = "examples/counter/app.py"


def app_root(page):
    return page.get_by_test_id("stApp")


def test_boots_at_a_deep_url_with_a_query_string(page, serve_app):
    page.goto(serve_app(COUNTER) + "/some/page?x=1")
    wait_for_app(page)
    assert page.url.endswith("/some/page?x=1")
    expect(page.get_by_test_id("stHeading").first).to_be_visible()


def test_boot_timeout_shows_an_error(page, serve_app):
    page.goto(serve_app(COUNTER) + "/?wasmlit_boot_timeout_ms=1")
    expect(app_root(page)).to_contain_text("did not start within", timeout=30_000)
    expect(app_root(page)).to_have_attribute("data-test-connection-state", "DISCONNECTED_FOREVER")


def test_runtime_download_failure_shows_an_error(page, serve_app):
    page.route("**/pyodide/*/pyodide.asm.wasm", lambda route: route.abort())
    page.goto(serve_app(COUNTER) + "/")
    expect(app_root(page)).to_contain_text(re.compile("Python failed to start"), timeout=60_000)
    expect(app_root(page)).to_have_attribute("data-test-connection-state", "DISCONNECTED_FOREVER")


def test_missing_app_bundle_shows_an_error(page, serve_app):
    page.route("**/_wasmlit/app.json", lambda route: route.fulfill(status=404, body="not found"))
    page.goto(serve_app(COUNTER) + "/")
    expect(app_root(page)).to_contain_text("Could not download the app", timeout=30_000)
