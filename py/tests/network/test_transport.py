import pytest

from fake_browser import FakeBrowser
from wasmlit.network import transport
from wasmlit.network.messages import blocked_message


def test_a_request_sends_allowed_headers_and_returns_the_decoded_answer():
    browser = FakeBrowser()
    browser.answer(
        "https://api.example/x",
        200,
        [("Content-Type", "text/plain"), ("Content-Encoding", "gzip"), ("Content-Length", "12")],
        b"hello",
        "https://api.example/y",
    )
    reply = transport.send(
        "post",
        "https://api.example/x",
        [("Accept", "*/*"), ("User-Agent", "python"), ("Host", "x"), ("Sec-Fetch-Mode", "cors"), ("X-Key", "1")],
        b"data",
        2.5,
        browser=browser,
    )
    sent = browser.sent[0]
    assert sent["method"] == "POST"
    assert sent["headers"] == [("Accept", "*/*"), ("X-Key", "1")]
    assert sent["body"] == ("js", b"data")
    assert sent["timeout"] == 2500
    assert sent["responseType"] == "arraybuffer"
    assert (reply.status, reply.reason, reply.url, reply.body) == (200, "OK", "https://api.example/y", b"hello")
    # The browser decoded the body: its encoding and length headers no longer apply.
    assert reply.headers == [("Content-Type", "text/plain")]
    assert reply.header_message()["content-type"] == "text/plain"


def test_a_refused_request_names_cors_and_the_offline_default():
    browser = FakeBrowser("http://localhost:8501")
    browser.fail("https://api.example/data.json")
    with pytest.raises(transport.BrowserFetchError) as caught:
        transport.send("GET", "https://api.example/data.json", browser=browser)
    message = str(caught.value)
    assert "https://api.example/data.json" in message
    assert "offline by default" in message
    assert "CORS" in message and "Access-Control-Allow-Origin" in message
    assert "(http://localhost:8501)" in message
    assert "What to do:" in message


def test_a_timeout_raises_a_timeout_error():
    browser = FakeBrowser()
    browser.fail("https://slow.example/", name="TimeoutError")
    with pytest.raises(transport.BrowserTimeoutError, match="timed out after 1.5 s"):
        transport.send("GET", "https://slow.example/", timeout=1.5, browser=browser)


def test_messages_for_the_own_site_a_sandboxed_app_and_mixed_content():
    own = blocked_message("http://localhost:8501/data.json", "http://localhost:8501")
    assert "from the app's own site" in own and "CORS" not in own
    sandboxed = blocked_message("http://localhost:8501/data.json", "null")
    assert "sandboxed" in sandboxed and "Access-Control-Allow-Origin: *" in sandboxed
    mixed = blocked_message("http://api.example/", "https://me.github.io")
    assert "mixed content" in mixed
    assert "mixed content" not in blocked_message("https://api.example/", "https://me.github.io")


@pytest.mark.parametrize(
    "body, expected",
    [
        (None, None),
        (b"x", b"x"),
        ("é", "é".encode()),
        ([b"a", "b"], b"ab"),
    ],
)
def test_request_bodies(body, expected):
    assert transport.body_bytes(body) == expected


def test_file_like_bodies():
    import io

    assert transport.body_bytes(io.BytesIO(b"abc")) == b"abc"
