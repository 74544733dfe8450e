"""urllib.request through the browser: every http:// and https:// request that
an opener makes (``urlopen``, ``build_opener().open``, pandas' ``read_csv(url)``)
goes through :func:`wasmlit.network.transport.send`. urllib's own processors
still apply (HTTPError for a 4xx/5xx status, cookies, authentication)."""

from __future__ import annotations

import io
from typing import Any, Callable
from urllib.error import URLError
from urllib.request import Request
from urllib.response import addinfourl

from wasmlit.network import transport


class BrowserResponse(addinfourl):
    """What urllib's HTTP handlers return (the parts of http.client.HTTPResponse
    scripts use: status, reason, headers, getheader(s), read, geturl)."""

    def __init__(self, reply: transport.Reply) -> None:
        headers = reply.header_message()
        super().__init__(io.BytesIO(reply.body), headers, reply.url, reply.status)
        self.reason = reply.reason
        self.msg = reply.reason  # urllib's processors read the reason here
        self.version = 11
        self.length = len(reply.body)

    def getheader(self, name: str, default: Any = None) -> Any:
        values = self.headers.get_all(name)
        return ", ".join(values) if values else default

    def getheaders(self) -> list[tuple[str, str]]:
        return list(self.headers.items())


def _timeout(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and value > 0 else None


def make_do_open(send: Callable[..., transport.Reply] = transport.send) -> Callable[..., BrowserResponse]:
    # urllib's AbstractHTTPHandler.do_open signature.
    def do_open(self: Any, http_class: Any, req: Request, **http_conn_args: Any) -> BrowserResponse:
        if not req.host:
            raise URLError("no host given")
        headers = dict(req.unredirected_hdrs)
        headers.update({k: v for k, v in req.headers.items() if k not in headers})
        headers = {name.title(): value for name, value in headers.items()}  # as urllib sends them
        try:
            reply = send(
                req.get_method(),
                req.get_full_url(),
                headers.items(),
                transport.body_bytes(req.data),
                _timeout(req.timeout),
            )
        except (transport.BrowserFetchError, transport.BrowserTimeoutError) as error:
            raise URLError(error) from None
        return BrowserResponse(reply)

    return do_open


def patch_urllib(module: Any, send: Callable[..., transport.Reply] = transport.send) -> Callable[[], None]:
    """Makes ``module`` (urllib.request) send HTTP(S) through the browser.
    Returns a function that undoes it."""
    handler = module.AbstractHTTPHandler
    original = handler.__dict__["do_open"]
    handler.do_open = make_do_open(send)

    def undo() -> None:
        handler.do_open = original

    return undo
