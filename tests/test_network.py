"""HTTP from the app's Python through the browser (wasmlit.network): requests
and urllib read a file of the app's own site; a cross-origin server that
allows CORS answers even on the cross-origin isolated page `wasmlit serve`
makes (COEP require-corp asks nothing more of CORS requests); one that does not
is refused, and the error names CORS and what to do."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import markdown
from playwright.sync_api import expect

BOOT_MS = 240_000  # the first boot installs requests and its four dependencies


class OtherOrigin(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's name
        if self.path == "/open.json":
            body = b'{"said": "hello from another origin"}'
            self.send_response(200)
            self.send_header("Access-Control-Allow-Origin", "*")
        elif self.path == "/closed.json":
            body = b'{"said": "you should not read this"}'
            self.send_response(200)
        else:
            body = b"{}"
            self.send_response(404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def other_origin():
    server = ThreadingHTTPServer(("127.0.0.1", 0), OtherOrigin)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def open_network_app(page, serve_app, query=""):
    page.goto(serve_app("tests/apps/network/app.py") + "/" + query)
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning", timeout=BOOT_MS)


def test_requests_and_urllib_read_a_file_of_the_apps_site(page, serve_app):
    open_network_app(page, serve_app)
    expect(markdown(page, "requests: 200 app.py")).to_have_count(1)
    expect(markdown(page, "urllib: 200 app.py")).to_have_count(1)
    expect(markdown(page, "urllib error: 404")).to_have_count(1)
    expect(markdown(page, "requests error: 404")).to_have_count(1)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    assert page.evaluate("crossOriginIsolated") is True


def test_a_cross_origin_request_needs_cors_and_a_refused_one_says_so(page, serve_app, other_origin):
    open_network_app(page, serve_app, f"?other={other_origin}")
    expect(markdown(page, "cors requests: hello from another origin")).to_have_count(1)
    expect(markdown(page, 'cors urllib: {"said": "hello from another origin"}')).to_have_count(1)
    error = page.get_by_test_id("stException")
    expect(error).to_have_count(1)
    message = error.get_by_test_id("stExceptionMessage")
    expect(message).to_contain_text("requests.exceptions.ConnectionError")
    expect(message).to_contain_text(
        f"The browser blocked or could not complete the request to {other_origin}/closed.json. "
        "A wasmlit app runs in the browser and is offline by default"
    )
    expect(message).to_contain_text("CORS (an Access-Control-Allow-Origin header naming this page's origin, or *)")
    expect(message).to_contain_text("What to do:")
    expect(page.get_by_text("you should not read this")).to_have_count(0)


def test_a_refused_urllib_request_is_a_url_error_naming_cors(page, serve_app, other_origin):
    open_network_app(page, serve_app, f"?other={other_origin}&with=urllib")
    message = page.get_by_test_id("stException").get_by_test_id("stExceptionMessage")
    expect(message).to_contain_text("urllib.error.URLError")
    expect(message).to_contain_text(f"<urlopen error The browser blocked or could not complete the request to "
                                    f"{other_origin}/closed.json.")
    expect(message).to_contain_text("CORS")


def test_an_embedded_app_is_told_its_sandbox_makes_even_the_host_site_cross_origin(browser, browser_context_args,
                                                                                  embed_site):
    from conftest import new_guarded_page

    page = new_guarded_page(browser, browser_context_args)
    try:
        page.goto(embed_site + "api.html")
        page.wait_for_function("window.wasmlitLoaded === true")
        code = ("import urllib.request\nimport streamlit as st\nst.write('embedded')\n"
                f"urllib.request.urlopen({embed_site + 'api.html'!r})\n")
        page.evaluate("(code) => { window.app = wasmlit.mount(document.getElementById('box'), "
                      "{ files: { 'app.py': code } }); }", code)
        message = page.locator("#box").get_by_test_id("stExceptionMessage")
        expect(message).to_contain_text("urllib.error.URLError", timeout=BOOT_MS)
        expect(message).to_contain_text(f"The browser could not fetch {embed_site}api.html. This app runs in a "
                                        "sandboxed worker whose origin is 'null'")
        expect(message).to_contain_text("Access-Control-Allow-Origin: *")
    finally:
        page.context.close()
