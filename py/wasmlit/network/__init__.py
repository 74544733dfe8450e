"""HTTP from the app's Python through the browser.

Pyodide has no sockets: ``urllib.request`` and ``requests`` would fail deep in
``http.client``. In the browser, :func:`install` makes both send their requests
with the browser's own XMLHttpRequest (synchronous, which a Web Worker may
use), so a script can read every URL the browser may fetch: the site's own
files, and other sites that allow it with CORS. When the browser refuses or
cannot complete a request, the error names CORS and what to do
(:mod:`wasmlit.network.messages`).

The patches are applied when the script first imports ``urllib.request`` or
``requests`` (:mod:`wasmlit.network.import_hooks`), so an app that never does
pays nothing at boot. Under plain CPython nothing is installed.
"""

from __future__ import annotations

import sys

# module name -> "package.module:function" that patches it once it is imported.
PATCHES = {
    "urllib.request": "wasmlit.network.urllib_handler:patch_urllib",
    "requests.adapters": "wasmlit.network.requests_adapter:patch_requests",
}


def install() -> None:
    """Routes urllib.request and requests through the browser (Pyodide only)."""
    if sys.platform != "emscripten":
        return
    from wasmlit.network.import_hooks import install_post_import_patches

    install_post_import_patches(PATCHES)
