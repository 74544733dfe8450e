"""A static site on a host that sends no headers (python -m http.server):
without help it is not cross-origin isolated (the app still works); built
with --isolation-service-worker it becomes isolated after one reload, and a
CPU-bound script is then stopped in place. The counter demo also works from a
sub-path of a host (as on GitHub Pages), and opened as a file the page says
how to serve it."""

import contextlib
import re
import subprocess

import pytest
from conftest import ROOT, click_and_wait, markdown, static_server, wait_for_app, wait_idle
from playwright.sync_api import expect

APP = ROOT / "tests" / "apps" / "responsive" / "app.py"
COUNTER = ROOT / "examples" / "counter"
SUB_PATH = "/some/sub/path/"


@pytest.fixture(scope="module")
def static_sites(built_site, tmp_path_factory):
    """{name: base URL} for the app built plain and with the service worker,
    each served by Python's own static server (no COOP/COEP headers)."""
    sites = {}
    servers = contextlib.ExitStack()
    for name, extra in (("plain", []), ("service-worker", ["--isolation-service-worker"])):
        out = tmp_path_factory.mktemp(f"site-{name}") / "site"
        subprocess.run(["node", str(ROOT / "cli" / "wasmlit.js"), "build", str(APP), "--out", str(out), *extra],
                       cwd=ROOT, check=True, capture_output=True)
        sites[name] = servers.enter_context(static_server(out))
    # The counter demo in a sub-folder of the served root.
    root = tmp_path_factory.mktemp("site-subpath")
    out = root / SUB_PATH.strip("/")
    subprocess.run(["node", str(ROOT / "cli" / "wasmlit.js"), "build", str(COUNTER), "--out", str(out)],
                   cwd=ROOT, check=True, capture_output=True)
    sites["subpath"] = servers.enter_context(static_server(root)) + SUB_PATH.lstrip("/")
    sites["subpath-folder"] = out
    with servers:
        yield sites


def test_plain_static_site_works_without_isolation(browser, static_sites):
    context = browser.new_context()
    page = context.new_page()
    page.goto(static_sites["plain"])
    wait_for_app(page)
    assert page.evaluate("crossOriginIsolated") is False
    click_and_wait(page, page.get_by_role("button", name="Count"))
    expect(markdown(page, "clicks: 1")).to_have_count(1)
    context.close()


def test_service_worker_makes_the_static_site_isolated(browser, static_sites):
    context = browser.new_context()
    page = context.new_page()
    page.goto(static_sites["service-worker"])
    wait_for_app(page)
    assert page.evaluate("crossOriginIsolated") is True
    page.get_by_role("button", name="Spin", exact=True).click()
    expect(markdown(page, "spinning")).to_have_count(1)
    page.get_by_test_id("stStatusWidget").get_by_role("button", name="Stop").click()
    wait_idle(page, timeout=5_000)
    # Stopped in place, not by restarting Python.
    expect(page.get_by_text("session's state was reset")).to_have_count(0)
    expect(markdown(page, "spinning")).to_have_count(1)
    context.close()


@pytest.mark.parametrize("suffix", ["", "index.html"])
def test_site_works_from_a_sub_path(page, static_sites, offsite_requests, seen_requests, suffix):
    page.goto(static_sites["subpath"] + suffix)
    wait_for_app(page)
    click_and_wait(page, page.get_by_role("button", name="Increment"))
    expect(page.get_by_test_id("stMarkdown").filter(has_text="Count = 1")).to_have_count(1)
    assert offsite_requests == []
    # Every request stays under the sub-path (nothing assumes the site is at the root).
    outside = [url for url in seen_requests if SUB_PATH not in url]
    assert outside == [], outside
    assert any(re.search(f"{SUB_PATH}pyodide/[^/]+/pyodide.asm.wasm$", url) for url in seen_requests)


def test_sub_path_without_its_trailing_slash_redirects_and_works(page, static_sites):
    page.goto(static_sites["subpath"].rstrip("/"))
    wait_for_app(page)
    assert page.url == static_sites["subpath"]


def test_opened_as_a_file_the_page_says_how_to_serve_it(browser, static_sites):
    context = browser.new_context()
    page = context.new_page()
    index = static_sites["subpath-folder"] / "index.html"
    page.goto(index.as_uri())
    error = page.get_by_test_id("stBootError")
    expect(error).to_contain_text("This app must be served over HTTP")
    expect(error).to_contain_text(f"python3 -m http.server 8000 --directory '{index.parent}/'")
    context.close()
