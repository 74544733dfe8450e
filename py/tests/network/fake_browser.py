"""A stand-in for the worker's XMLHttpRequest (CPython has none): answers from
a table of URL -> (status, headers, body), or raises the DOMException-like
error the browser would."""

from __future__ import annotations


class FakeJsError(Exception):
    def __init__(self, name: str, message: str = "") -> None:
        super().__init__(message)
        self.name = name


class FakeBuffer:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def to_bytes(self) -> bytes:
        return self.data


class FakeBrowser:
    def __init__(self, origin: str = "http://localhost:8501") -> None:
        self.origin = origin
        self.routes: dict[str, object] = {}
        self.sent: list[dict] = []

    def answer(self, url, status=200, headers=(), body=b"", final_url=None):
        self.routes[url] = (status, list(headers), body, final_url or url)

    def fail(self, url, name="NetworkError"):
        self.routes[url] = FakeJsError(name, f"Failed to execute 'send' on 'XMLHttpRequest': Failed to load '{url}'.")

    def __call__(self):
        return self.new_xhr, self.origin, lambda data: ("js", bytes(data))

    def new_xhr(self):
        return FakeXHR(self)


class FakeXHR:
    def __init__(self, browser: FakeBrowser) -> None:
        self.browser = browser
        self.headers: list[tuple[str, str]] = []
        self.timeout = 0
        self.responseType = ""

    def open(self, method, url, asynchronous):
        assert asynchronous is False
        self.method, self.url = method, url

    def setRequestHeader(self, name, value):  # the browser's name
        self.headers.append((name, value))

    def send(self, body):
        self.browser.sent.append(
            {
                "method": self.method,
                "url": self.url,
                "headers": self.headers,
                "body": body,
                "timeout": self.timeout,
                "responseType": self.responseType,
            }
        )
        route = self.browser.routes.get(self.url)
        if route is None:
            raise FakeJsError("NetworkError", "no route")
        if isinstance(route, Exception):
            raise route
        status, headers, body, final_url = route
        self.status = status
        self.statusText = {200: "OK", 404: "Not Found", 500: "Internal Server Error"}.get(status, "")
        self.responseURL = final_url
        self.response = FakeBuffer(body)
        self._headers = "".join(f"{k}: {v}\r\n" for k, v in headers)

    def getAllResponseHeaders(self):
        return self._headers
