"""The app runs entirely from its own origin: nothing is fetched from elsewhere."""

from conftest import wait_for_app
from playwright.sync_api import expect

COUNTER = "examples/counter/app.py"


def test_counter_app_makes_no_off_origin_request(page, serve_app, offsite_requests, seen_requests):
    page.goto(serve_app(COUNTER) + "/")
    wait_for_app(page)
    expect(page.get_by_test_id("stHeading").first).to_be_visible()

    assert offsite_requests == []
    # The guard saw the worker's downloads too, so the check above means something.
    assert any(url.endswith("/pyodide.asm.wasm") for url in seen_requests), seen_requests


def test_off_origin_requests_are_blocked_and_recorded(page, serve_app, offsite_requests):
    page.goto(serve_app(COUNTER) + "/?wasmlit_boot_timeout_ms=1")
    outcome = page.evaluate(
        "fetch('http://example.com/x', {mode: 'no-cors'}).then(() => 'loaded', () => 'blocked')"
    )
    assert outcome == "blocked"
    assert offsite_requests == ["http://example.com/x"]
