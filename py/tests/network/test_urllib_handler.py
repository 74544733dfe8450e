import urllib.request
from urllib.error import HTTPError, URLError

import pytest

from fake_browser import FakeBrowser
from wasmlit.network import transport
from wasmlit.network.urllib_handler import patch_urllib


@pytest.fixture
def browser():
    fake = FakeBrowser("http://localhost:8501")

    def send(*args, **kwargs):
        return transport.send(*args, **kwargs, browser=fake)

    undo = patch_urllib(urllib.request, send)
    try:
        yield fake
    finally:
        undo()


def test_urlopen_reads_through_the_browser(browser):
    browser.answer("http://localhost:8501/data.csv", 200, [("Content-Type", "text/csv")], b"a,b\n1,2\n")
    with urllib.request.urlopen("http://localhost:8501/data.csv", timeout=5) as response:
        assert response.status == 200
        assert response.getcode() == 200
        assert response.reason == "OK"
        assert response.headers["Content-Type"] == "text/csv"
        assert response.getheader("content-type") == "text/csv"
        assert response.geturl() == "http://localhost:8501/data.csv"
        assert response.read() == b"a,b\n1,2\n"
    assert browser.sent[0]["timeout"] == 5000


def test_openers_and_requests_with_data_go_through_the_browser(browser):
    browser.answer("https://api.example/echo", 200, [], b"ok")
    opener = urllib.request.build_opener()
    request = urllib.request.Request("https://api.example/echo", data=b"x=1", headers={"X-Token": "t"})
    assert opener.open(request).read() == b"ok"
    sent = browser.sent[0]
    assert sent["method"] == "POST"
    assert ("X-Token", "t") in sent["headers"]
    assert sent["body"] == ("js", b"x=1")


def test_an_error_status_raises_http_error_with_its_body(browser):
    browser.answer("http://localhost:8501/missing", 404, [], b"not here")
    with pytest.raises(HTTPError) as caught:
        urllib.request.urlopen("http://localhost:8501/missing")
    assert caught.value.code == 404
    assert caught.value.read() == b"not here"


def test_a_blocked_request_raises_url_error_naming_cors(browser):
    browser.fail("https://api.example/data.json")
    with pytest.raises(URLError) as caught:
        urllib.request.urlopen("https://api.example/data.json")
    assert "CORS" in str(caught.value)
    assert "offline by default" in str(caught.value)


def test_undo_restores_urllib():
    original = urllib.request.AbstractHTTPHandler.do_open
    undo = patch_urllib(urllib.request)
    assert urllib.request.AbstractHTTPHandler.do_open is not original
    undo()
    assert urllib.request.AbstractHTTPHandler.do_open is original
