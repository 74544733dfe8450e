"""A static server for the benchmark site: correct MIME types, cross-origin
isolation headers (unless `isolate=False`, as a plain static host), and
`Cache-Control: no-cache` (revalidation with If-Modified-Since -> 304), the
same caching policy as `wasmlit serve`."""

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer


class Handler(SimpleHTTPRequestHandler):
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".json": "application/json",
        ".zip": "application/zip",
        ".whl": "application/zip",
    }

    isolate = True

    def end_headers(self):
        if self.isolate:
            self.send_header("Cross-Origin-Opener-Policy", "same-origin")
            self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format, *args):
        pass


class PlainHandler(Handler):
    """As a plain static host: no cross-origin isolation headers."""

    isolate = False


class StaticServer:
    """Serves `root` on 127.0.0.1 at a free port in a background thread, with
    the cross-origin isolation headers (COOP/COEP) unless `isolate` is false."""

    def __init__(self, root, isolate=True):
        handler = functools.partial(Handler if isolate else PlainHandler, directory=str(root))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
