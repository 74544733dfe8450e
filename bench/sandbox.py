#!/usr/bin/env python3
"""What the opaque-origin sandbox costs an embedded app (web/boot/sandboxed-worker.js).
Prints figures; asserts nothing.

  python3 bench/sandbox.py [--runs N]     (after `npm run build`; `npm run bench` runs it)

A host page mounts one counter app, either as every embedded app runs (a
sandboxed worker from a data: URL, the page serving it the runtime) or with
`sameOrigin: true` (a worker from the site's URL, as before). The two kinds of
runs alternate, each in a fresh browser profile (cold: empty HTTP cache and
Cache Storage), then once more in the same profile (warm), so that the
machine's load falls on both alike. Measured: navigation -> app ready, and the
body bytes the server sent (what the page and its worker downloaded).
"""

import argparse
import functools
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
from server import Handler, StaticServer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "py"))
from wasmlit.testing.browser import APP_READY as READY, CHROMIUM_ARGS as ARGS, DEBIAN_CHROMIUM as CHROMIUM  # noqa: E402

TIMEOUT_MS = 240_000
PAGE = """<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
<div id="box" style="height: 20rem"></div>
<script type="module">
  import { mount } from "./wasmlit/wasmlit.js";
  const code = `import streamlit as st
st.session_state.setdefault("n", 0)
if st.button("Add"):
    st.session_state.n += 1
st.write(f"count {st.session_state.n}")
`;
  mount(document.getElementById("box"), { files: { "app.py": code }, sameOrigin: SAME_ORIGIN });
</script></body></html>
"""


SENT = [0]


class CountingHandler(Handler):
    """The bench server's handler (no isolation headers), counting the body bytes it sends."""

    isolate = False

    def copyfile(self, source, outputfile):
        data = source.read()
        SENT[0] += len(data)
        outputfile.write(data)


def boot(context, url):
    SENT[0] = 0
    page = context.new_page()
    started = time.perf_counter()
    page.goto(url)
    page.locator("#box").locator(READY).wait_for(timeout=TIMEOUT_MS)
    ready = (time.perf_counter() - started) * 1000
    page.wait_for_timeout(300)
    page.close()
    return ready, SENT[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    dist = ROOT / "dist"
    if not (dist / "wasmlit.js").is_file():
        sys.exit("dist/wasmlit.js is missing: run `npm run build` first")
    results = {"sandboxed": [], "same-origin": []}
    with tempfile.TemporaryDirectory(prefix="wasmlit-sandbox-bench-") as tmp:
        root = Path(tmp)
        (root / "wasmlit").symlink_to(dist, target_is_directory=True)
        (root / "sandboxed.html").write_text(PAGE.replace("SAME_ORIGIN", "false"))
        (root / "same-origin.html").write_text(PAGE.replace("SAME_ORIGIN", "true"))
        server = StaticServer(root, isolate=False)
        server.httpd.RequestHandlerClass = functools.partial(CountingHandler, directory=str(root))
        with server, sync_playwright() as p:
            for _ in range(args.runs):
                for kind in results:
                    profile = tempfile.mkdtemp(prefix="wasmlit-sandbox-profile-")
                    context = p.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, args=ARGS)
                    cold = boot(context, f"{server.url}/{kind}.html")
                    warm = boot(context, f"{server.url}/{kind}.html")
                    context.close()
                    results[kind].append((cold, warm))
    med = statistics.median
    print(f"Sandbox cost: one embedded counter app, median of {args.runs} alternating runs")
    print(f"{'':<14}{'cold ready':>12}{'cold bytes':>13}{'warm ready':>12}{'warm bytes':>13}")
    for kind, runs in results.items():
        print(f"{kind:<14}{med([r[0][0] for r in runs]):>10.0f} ms{med([r[0][1] for r in runs]) / 1e6:>10.2f} MB"
              f"{med([r[1][0] for r in runs]):>10.0f} ms{med([r[1][1] for r in runs]) / 1e6:>10.2f} MB")
    ratio = med([r[0][0] for r in results["sandboxed"]]) / med([r[0][0] for r in results["same-origin"]])
    print(f"sandboxed / same-origin, cold ready: {ratio:.2f}")


if __name__ == "__main__":
    main()
