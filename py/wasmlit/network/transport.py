"""One HTTP exchange through the browser: a synchronous XMLHttpRequest, which a
Web Worker may make (the page's main thread may not). The browser follows
redirects, decompresses bodies and applies its rules (CORS, mixed content,
forbidden headers); a refused request raises BrowserFetchError with a message
that says why and what to do."""

from __future__ import annotations

import http.client
import io
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from wasmlit.network.messages import blocked_message, timeout_message

# Request headers a script may not set (the browser sets or refuses them):
# the Fetch standard's forbidden names, plus User-Agent, which Chromium keeps.
FORBIDDEN_REQUEST_HEADERS = frozenset(
    {
        "accept-charset",
        "accept-encoding",
        "access-control-request-headers",
        "access-control-request-method",
        "connection",
        "content-length",
        "cookie",
        "cookie2",
        "date",
        "dnt",
        "expect",
        "host",
        "keep-alive",
        "origin",
        "referer",
        "set-cookie",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "user-agent",
        "via",
    }
)
# The body the script receives is already decoded and may differ in length.
DROPPED_RESPONSE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class BrowserFetchError(ConnectionError):
    """The browser refused the request or could not complete it."""


class BrowserTimeoutError(TimeoutError):
    """The request took longer than its timeout."""


@dataclass
class Reply:
    status: int
    reason: str
    url: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""

    def header_message(self) -> http.client.HTTPMessage:
        raw = "".join(f"{name}: {value}\r\n" for name, value in self.headers) + "\r\n"
        return http.client.parse_headers(io.BytesIO(raw.encode("latin-1", "replace")))


def allowed_request_header(name: str) -> bool:
    lower = name.strip().lower()
    return not (lower in FORBIDDEN_REQUEST_HEADERS or lower.startswith(("proxy-", "sec-")))


def parse_response_headers(raw: str) -> list[tuple[str, str]]:
    """XMLHttpRequest.getAllResponseHeaders() -> [(name, value)], without the
    headers that describe the encoded body."""
    headers = []
    for line in raw.split("\r\n"):
        name, sep, value = line.partition(":")
        if not sep or not name.strip():
            continue
        if name.strip().lower() in DROPPED_RESPONSE_HEADERS:
            continue
        headers.append((name.strip(), value.strip()))
    return headers


def body_bytes(body: Any) -> bytes | None:
    """A request body as bytes: bytes, str, a file-like object or an iterable of chunks."""
    if body is None:
        return None
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body)
    if isinstance(body, str):
        return body.encode("utf-8")
    read = getattr(body, "read", None)
    if callable(read):
        data = read()
        return data.encode("utf-8") if isinstance(data, str) else bytes(data)
    if isinstance(body, Iterable):
        return b"".join(chunk.encode("utf-8") if isinstance(chunk, str) else bytes(chunk) for chunk in body)
    raise TypeError(f"cannot send a request body of type {type(body).__name__}")


def _to_bytes(buffer: Any) -> bytes:
    if buffer is None:
        return b""
    to_bytes = getattr(buffer, "to_bytes", None)
    return bytes(to_bytes()) if callable(to_bytes) else bytes(buffer.to_py())


def _browser() -> tuple[Callable[[], Any], str, Callable[[bytes], Any]]:
    import js  # Pyodide's view of the worker's globals
    from pyodide.ffi import to_js

    return js.XMLHttpRequest.new, str(getattr(js, "origin", "") or ""), to_js


def send(
    method: str,
    url: str,
    headers: Iterable[tuple[str, str]] = (),
    body: bytes | None = None,
    timeout: float | None = None,
    *,
    browser: Callable[[], tuple[Callable[[], Any], str, Callable[[bytes], Any]]] = _browser,
) -> Reply:
    """Sends one request and waits for the whole answer. ``browser`` gives the
    XMLHttpRequest factory, the page's origin and a bytes -> JS converter
    (tests pass fakes)."""
    new_xhr, page_origin, to_js = browser()
    xhr = new_xhr()
    try:
        xhr.open(method.upper(), url, False)
        xhr.responseType = "arraybuffer"
        if timeout:
            xhr.timeout = max(1, int(timeout * 1000))
        for name, value in headers:
            if allowed_request_header(name):
                xhr.setRequestHeader(name, str(value))
        xhr.send(to_js(body) if body else None)
    except Exception as error:  # Pyodide's JsException (a DOMException from the browser)
        if getattr(error, "name", "") == "TimeoutError":
            raise BrowserTimeoutError(timeout_message(url, timeout or 0)) from None
        if getattr(error, "name", "") in ("NetworkError", "SecurityError"):
            raise BrowserFetchError(blocked_message(url, page_origin)) from None
        raise
    response = xhr.response
    data = _to_bytes(response)
    return Reply(
        status=int(xhr.status),
        reason=str(xhr.statusText or http.client.responses.get(int(xhr.status), "")),
        url=str(xhr.responseURL or url),
        headers=parse_response_headers(str(xhr.getAllResponseHeaders() or "")),
        body=data,
    )
