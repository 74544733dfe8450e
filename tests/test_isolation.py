"""Untrusted code never runs as the host (docs/embedding.md, "Threat model").

tests/embed/isolation.html mounts three apps: alpha and beta as every embedded
app runs (an opaque-origin worker), gamma with ``sameOrigin: true`` (the
control: it shows that the probes do read what they are refused elsewhere).
Each app's Python tries to read a same-origin file of the host (fetch and
synchronous XHR), the runtime's own files and IndexedDB; alpha's
components.html tries to reach the host page, its cookie and storage, the other
app's shadow root and button, sets the ``top.__xss`` flag, and posts messages
meant to drive the apps."""

import json
from pathlib import Path

import pytest
from conftest import app_ready, new_guarded_page, wait_app_in
from playwright.sync_api import expect

# Pyodide's files live under wasmlit/pyodide/<version>/ (the pinned npm package's version).
PYODIDE_VERSION = json.loads((Path(__file__).resolve().parent.parent / "node_modules/pyodide/package.json").read_text())["version"]

SECRET = "isolation-secret-42"


@pytest.fixture(scope="module")
def host(browser, browser_context_args, embed_site):
    page = new_guarded_page(browser, browser_context_args)
    page.goto(embed_site + f"isolation.html?pyodide={PYODIDE_VERSION}")
    for name in ("alpha", "beta", "gamma"):
        wait_app_in(page.locator(f"#{name}"))
    yield page
    page.context.close()


def texts(host, name):
    return host.locator(f"#{name}").get_by_test_id("stText")


def line(host, name, label):
    return texts(host, name).filter(has_text=f"{name} {label}")


def test_embedded_apps_python_has_an_opaque_origin(host):
    for name in ("alpha", "beta"):
        expect(line(host, name, "origin")).to_have_text(f"{name} origin null")
    # The control runs with the host's origin.
    origin = host.evaluate("location.origin")
    expect(line(host, "gamma", "origin")).to_have_text(f"gamma origin {origin}")
    workers = [w.url for w in host.workers]
    assert len([url for url in workers if url.startswith("data:text/javascript")]) == 2, workers
    assert len([url for url in workers if "/wasmlit/assets/worker" in url]) == 1, workers


def test_python_cannot_read_the_hosts_same_origin_files(host):
    for name in ("alpha", "beta"):
        expect(line(host, name, "fetch secret")).to_have_text(
            f"{name} fetch secret: 403 wasmlit: an embedded app"
        )
        expect(line(host, name, "xhr secret")).to_contain_text(f"{name} xhr secret: refused")
        expect(line(host, name, "indexeddb")).to_contain_text(f"{name} indexeddb: refused")
        # The runtime's own files stay readable (Python's packages come from there).
        expect(line(host, name, "fetch runtime")).to_have_text(f"{name} fetch runtime: 200")
    # The control reads the same file: the probes work.
    expect(line(host, "gamma", "fetch secret")).to_have_text(f"gamma fetch secret: 200 {SECRET}")
    expect(line(host, "gamma", "xhr secret")).to_have_text(f"gamma xhr secret: read {SECRET}")
    assert SECRET not in host.locator("#alpha").inner_text()
    assert SECRET not in host.locator("#beta").inner_text()


def test_a_component_cannot_reach_the_host_its_cookie_or_another_app(host):
    frame = host.locator("#alpha").get_by_test_id("stIFrame")
    expect(frame).to_have_count(1)
    sandbox = frame.get_attribute("sandbox")
    assert "allow-scripts" in sandbox and "allow-same-origin" not in sandbox
    out = host.frame_locator("#alpha [data-testid=stIFrame]").locator("#out")
    expect(out).to_have_text(
        "parent: blocked | top: blocked | cookie: blocked | storage: blocked | "
        "beta: blocked | click: blocked | flag: blocked"
    )
    assert host.evaluate("window.__xss") is None
    # st.html(unsafe_allow_javascript=True) does not run its scripts in an embedded app.
    expect(host.locator("#alpha #embedded-html")).to_have_text("scripts did not run")
    expect(host.locator("#alpha").get_by_test_id("stHtml").locator("script")).to_have_count(0)
    # The host's secrets are as the host left them.
    assert host.evaluate("document.cookie") == "hostsecret=cookie-42"
    assert host.evaluate("localStorage.getItem('hostsecret')") == "storage-42"
    expect(line(host, "beta", "count")).to_have_text("beta count 0")


def test_messages_from_other_windows_do_not_drive_an_app(host):
    host.evaluate("""() => {
        window.betaRuns = 0;
        window.apps.beta.on("run", () => { window.betaRuns += 1; });
    }""")
    messages = [
        {"type": "rerun", "widgets": {}},
        {"type": "stop"},
        {"type": "writeFiles", "requestId": 1, "files": {"app.py": "import streamlit as st\nst.write('pwned')"}},
        {"isStreamlitMessage": True, "type": "streamlit:setComponentValue", "value": 1},
        {"type": "siteFetched", "id": 1, "status": 200, "statusText": "OK", "contentType": "text/plain", "body": None},
    ]
    # From the host window itself, and from another window of the same origin.
    host.evaluate("(messages) => messages.forEach((m) => window.postMessage(m, '*'))", messages)
    with host.context.expect_page() as popup_info:
        host.evaluate("window.open('isolation-secret.txt', 'other')")
    popup = popup_info.value
    popup.wait_for_load_state()
    popup.evaluate("(messages) => messages.forEach((m) => window.opener.postMessage(m, '*'))", messages)
    popup.close()
    # Then one real click: exactly one run, the one it asked for.
    beta = host.locator("#beta")
    beta.get_by_role("button", name="Add one").click()
    expect(line(host, "beta", "count")).to_have_text("beta count 1", timeout=60_000)
    expect(app_ready(beta)).to_have_count(1, timeout=60_000)
    assert host.evaluate("window.betaRuns") == 1
    assert "pwned" not in beta.inner_text()
    # The other app was not touched either, and still works.
    expect(line(host, "alpha", "count")).to_have_text("alpha count 0")
    host.locator("#alpha").get_by_role("button", name="Add one").click()
    expect(line(host, "alpha", "count")).to_have_text("alpha count 1", timeout=60_000)
    assert host.offsite_requests == []
