"""requests through the browser: every requests.adapters.HTTPAdapter (the one
each Session mounts for http:// and https://, and subclasses that call it)
sends through :func:`wasmlit.network.transport.send` instead of urllib3's
sockets, and fails with requests' own exceptions (ConnectionError, Timeout)
whose message names CORS and what to do."""

from __future__ import annotations

import io
from typing import Any, Callable

from wasmlit.network import transport


def _total_timeout(timeout: Any) -> float | None:
    """requests' timeout (seconds, a (connect, read) pair, or urllib3's Timeout)
    as one limit for the whole exchange."""
    if timeout is None:
        return None
    if isinstance(timeout, tuple):
        parts = [t for t in timeout if isinstance(t, (int, float))]
        return float(sum(parts)) if parts else None
    if isinstance(timeout, (int, float)):
        return float(timeout)
    total = getattr(timeout, "total", None)
    if isinstance(total, (int, float)):
        return float(total)
    candidates = [getattr(timeout, "connect_timeout", None), getattr(timeout, "read_timeout", None)]
    parts = [t for t in candidates if isinstance(t, (int, float))]
    return float(sum(parts)) if parts else None


def make_send(send: Callable[..., transport.Reply] = transport.send) -> Callable[..., Any]:
    # requests' HTTPAdapter.send signature (requests is optional: its types are Any here).
    def adapter_send(
        self: Any,
        request: Any,
        stream: bool = False,
        timeout: Any = None,
        verify: Any = True,
        cert: Any = None,
        proxies: Any = None,
    ) -> Any:
        from requests.exceptions import ConnectionError as RequestsConnectionError, ReadTimeout
        from urllib3 import HTTPResponse

        try:
            reply = send(
                request.method or "GET",
                request.url,
                list(request.headers.items()),
                transport.body_bytes(request.body),
                _total_timeout(timeout),
            )
        except transport.BrowserTimeoutError as error:
            raise ReadTimeout(error, request=request) from None
        except transport.BrowserFetchError as error:
            raise RequestsConnectionError(error, request=request) from None
        raw = HTTPResponse(
            body=io.BytesIO(reply.body),
            headers=reply.headers,
            status=reply.status,
            reason=reply.reason,
            preload_content=False,
            decode_content=False,
            request_method=request.method,
            request_url=request.url,
        )
        response = self.build_response(request, raw)
        response.url = reply.url
        if not stream:
            response.content  # noqa: B018 - read the body now, as requests does
        return response

    return adapter_send


def patch_requests(module: Any, send: Callable[..., transport.Reply] = transport.send) -> Callable[[], None]:
    """Makes ``module`` (requests.adapters) send through the browser. Returns a
    function that undoes it."""
    adapter = module.HTTPAdapter
    original = adapter.__dict__["send"]
    adapter.send = make_send(send)

    def undo() -> None:
        adapter.send = original

    return undo
