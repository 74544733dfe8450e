"""A static server for the benchmark site: correct MIME types, cross-origin
isolation headers (unless `isolate=False`, as a plain static host), and the
caching policy of `wasmlit serve` (docs/deploy.md): hashed or versioned files
(assets/, pyodide/<version>/) immutable, everything else `no-cache`
(revalidation with If-Modified-Since -> 304)."""

import functools
import re
import sys
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
        path = self.path.split("?", 1)[0]
        immutable = re.search(r"/assets/[^/]+$|/pyodide/[^/]+/[^/]+$", path)
        self.send_header("Cache-Control", "public, max-age=31536000, immutable" if immutable else "no-cache")
        super().end_headers()

    def log_message(self, format, *args):
        pass

    def copyfile(self, source, outputfile):
        """Counts the body bytes really sent (cache hits never reach the server)."""
        before = source.tell()
        super().copyfile(source, outputfile)
        self.server.sent.append((self.path.split("?", 1)[0], source.tell() - before))


class PlainHandler(Handler):
    """As a plain static host: no cross-origin isolation headers."""

    isolate = False


class QuietServer(ThreadingHTTPServer):
    """A browser closing a connection early (a favicon, a closed tab) is not worth a traceback."""

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class StaticServer:
    """Serves `root` on 127.0.0.1 at a free port in a background thread, with
    the cross-origin isolation headers (COOP/COEP) unless `isolate` is false."""

    def __init__(self, root, isolate=True):
        handler = functools.partial(Handler if isolate else PlainHandler, directory=str(root))
        self.httpd = QuietServer(("127.0.0.1", 0), handler)
        self.httpd.sent = []  # (path, body bytes) of every response body sent
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def sent(self):
        """(path, body bytes) of every response body the server sent, in order."""
        return self.httpd.sent

    def take_sent(self):
        """The bytes sent since the last call, as {path: bytes}."""
        taken, self.httpd.sent = self.httpd.sent, []
        totals = {}
        for path, size in taken:
            totals[path] = totals.get(path, 0) + size
        return totals

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
