import pytest

from fake_browser import FakeBrowser
from wasmlit.network import transport
from wasmlit.network.requests_adapter import _total_timeout, patch_requests

requests = pytest.importorskip("requests")


@pytest.fixture
def browser():
    fake = FakeBrowser("http://localhost:8501")

    def send(*args, **kwargs):
        return transport.send(*args, **kwargs, browser=fake)

    undo = patch_requests(requests.adapters, send)
    try:
        yield fake
    finally:
        undo()


def test_get_reads_through_the_browser(browser):
    browser.answer(
        "http://localhost:8501/data.json",
        200,
        [("Content-Type", "application/json"), ("Content-Encoding", "gzip")],
        b'{"n": 1}',
    )
    response = requests.get("http://localhost:8501/data.json", timeout=(1, 2))
    assert response.status_code == 200
    assert response.ok
    assert response.json() == {"n": 1}
    assert response.headers["content-type"] == "application/json"
    assert "content-encoding" not in response.headers
    assert response.url == "http://localhost:8501/data.json"
    assert browser.sent[0]["timeout"] == 3000


def test_post_json_and_the_final_url_after_redirects(browser):
    browser.answer("https://api.example/items", 200, [], b"created", final_url="https://api.example/items/1")
    response = requests.post("https://api.example/items", json={"a": 1})
    assert response.text == "created"
    assert response.url == "https://api.example/items/1"
    sent = browser.sent[0]
    assert sent["method"] == "POST"
    assert sent["body"] == ("js", b'{"a": 1}')
    assert ("Content-Type", "application/json") in sent["headers"]


def test_an_error_status_is_a_response_and_raise_for_status_raises(browser):
    browser.answer("https://api.example/x", 500, [], b"boom")
    response = requests.get("https://api.example/x")
    assert response.status_code == 500
    with pytest.raises(requests.HTTPError):
        response.raise_for_status()


def test_a_blocked_request_is_a_connection_error_naming_cors(browser):
    browser.fail("https://api.example/data.json")
    with pytest.raises(requests.ConnectionError) as caught:
        requests.get("https://api.example/data.json")
    assert str(caught.value).startswith(
        "The browser blocked or could not complete the request to https://api.example/data.json."
    )
    assert "CORS" in str(caught.value)


def test_a_timeout_is_requests_timeout(browser):
    browser.fail("https://api.example/slow", name="TimeoutError")
    with pytest.raises(requests.Timeout):
        requests.get("https://api.example/slow", timeout=0.5)


def test_stream_reads_the_body_later(browser):
    browser.answer("https://api.example/big", 200, [], b"x" * 10)
    response = requests.get("https://api.example/big", stream=True)
    assert b"".join(response.iter_content(4)) == b"x" * 10


def test_total_timeouts():
    import urllib3

    assert _total_timeout(None) is None
    assert _total_timeout(3) == 3.0
    assert _total_timeout((1, None)) == 1.0
    assert _total_timeout(urllib3.Timeout(total=4)) == 4.0
    assert _total_timeout(urllib3.Timeout(connect=1, read=2)) == 3.0
