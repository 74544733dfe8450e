#!/usr/bin/env python3
"""Embedding benchmark in Chromium: a docs page with three lazy playgrounds
(examples/docs-page/index.html, the built site beside it as wasmlit/), served
without isolation headers, with the caching headers docs/deploy.md recommends
(bench/server.py). Prints figures; asserts nothing.

  python3 bench/embed.py [--runs N]     (after `npm run build`; `npm run bench` runs it)

(j) the first playground: page load to its app ready (fresh browser context);
(k) the third playground: from scrolling it into view, after the first has
    booted, to its first element (stMetric) in the DOM, and to its app ready;
(l) bytes the server sent for the page once all three playgrounds run, by
    kind, and how often each of Pyodide's big files was sent (once: the later
    workers read the HTTP cache, or the Cache Storage copy of the wasm).
Each is measured in a fresh persistent profile (a disk cache, as a real
browser has) and in a fresh incognito-like context (Chromium's in-memory
cache there does not keep the 9.6 MB wasm: later workers read the copy the
first one put into Cache Storage, worker/wasm-cache.js).
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
from server import StaticServer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "py"))
from wasmlit.testing.browser import APP_READY as READY, CHROMIUM_ARGS as ARGS, DEBIAN_CHROMIUM as CHROMIUM  # noqa: E402
TIMEOUT_MS = 180_000
CORE = ("pyodide.asm.wasm", "python_stdlib.zip", "pyodide.asm.mjs", "wasmlit-snapshot-")

# Resolves with the ms from now until the third playground shows a metric, and until it is ready.
SCROLL_AND_TIME = """
() => new Promise((resolve) => {
  const host = document.getElementById("modules");
  const start = performance.now();
  let firstRender = null;
  const poll = () => {
    const shadow = host.shadowRoot;
    if (firstRender === null && shadow && shadow.querySelector("[data-testid=stMetric]")) firstRender = performance.now() - start;
    if (firstRender !== null && shadow.querySelector(
          "[data-testid=stApp][data-test-connection-state=CONNECTED][data-test-script-state=notRunning]")) {
      resolve({ firstRender, ready: performance.now() - start });
      return;
    }
    requestAnimationFrame(poll);
  };
  host.scrollIntoView({ block: "center" });
  poll();
})
"""


def kind_of(url):
    name = url.split("?")[0].rsplit("/", 1)[-1]
    if "/pyodide/" in url:
        return "pyodide"
    if name.startswith("editor-"):
        return "editor (CodeMirror)"
    if "/assets/" in url or name == "wasmlit.js":
        return "wasmlit js/css"
    return "page"


def run_once(playwright, server, persistent):
    url = server.url + "/"
    """One fresh profile: a persistent one (a disk HTTP cache, as a real browser
    has) or an incognito-like context (in-memory cache)."""
    if persistent:
        profile = tempfile.mkdtemp(prefix="wasmlit-embed-profile-")
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=ARGS, viewport={"width": 1100, "height": 700})
    else:
        context = playwright.state_browser.new_context(viewport={"width": 1100, "height": 700})
    server.take_sent()
    page = context.new_page()
    started = time.perf_counter()
    page.goto(url)
    page.locator("#counter").locator(READY).wait_for(timeout=TIMEOUT_MS)
    first_ready = (time.perf_counter() - started) * 1000
    third = page.evaluate(SCROLL_AND_TIME)
    page.locator("#inputs").scroll_into_view_if_needed()
    page.locator("#inputs").locator(READY).wait_for(timeout=TIMEOUT_MS)
    page.wait_for_timeout(500)
    by_kind, core = {}, {}
    for path, body in server.take_sent().items():
        by_kind[kind_of(path)] = by_kind.get(kind_of(path), 0) + body
        name = path.rsplit("/", 1)[-1]
        if name.startswith(CORE):
            core[name] = body
    context.close()
    return first_ready, third, by_kind, core


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    dist = ROOT / "dist"
    if not (dist / "wasmlit.js").is_file():
        sys.exit("dist/wasmlit.js is missing: run `npm run build` first")
    with tempfile.TemporaryDirectory(prefix="wasmlit-embed-bench-") as tmp:
        root = Path(tmp)
        (root / "wasmlit").symlink_to(dist, target_is_directory=True)
        (root / "index.html").write_text((ROOT / "examples" / "docs-page" / "index.html").read_text())
        with StaticServer(root, isolate=False) as server, sync_playwright() as p:
            p.state_browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for persistent in (True, False):
                results = [run_once(p, server, persistent) for _ in range(args.runs)]
                report(results, args.runs, "a fresh browser profile (disk cache)" if persistent
                       else "a fresh incognito-like context (memory cache)")
            p.state_browser.close()


def report(results, runs, what):
    med = lambda values: statistics.median(values)
    print(f"Embedding: docs page with three lazy playgrounds, {what} (median of {runs} runs)")
    print(f"(j) first playground ready after page load        {med([r[0] for r in results]):8.0f} ms")
    print(f"(k) third playground after scrolling to it: first render {med([r[1]['firstRender'] for r in results]):8.0f} ms,"
          f" ready {med([r[1]['ready'] for r in results]):.0f} ms")
    kinds = sorted({k for r in results for k in r[2]})
    total = med([sum(r[2].values()) for r in results])
    print(f"(l) bytes the server sent, three playgrounds running  {total / 1e6:8.2f} MB")
    for kind in kinds:
        print(f"      {kind:<40} {med([r[2].get(kind, 0) for r in results]) / 1e6:8.2f} MB")
    print("    Pyodide's big files, bytes sent for all workers together (last run; one copy = sent once):")
    for name, size in sorted(results[-1][3].items()):
        print(f"      {name:<40} {size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
