#!/usr/bin/env python3
"""wasmlit benchmarks in Chromium. Prints figures (median of several runs); asserts nothing.

  npm run bench                       # builds .bench-site from examples/counter, then runs this
  python3 bench/run.py [--site DIR] [--runs N] [--clicks N]

(a) bare Pyodide boot in a module worker (loadPyodide + one runPython), a tiny page
    served from the same site; (b) wasmlit cold boot (fresh context) and warm boot
    (persistent context, later loads) to the counter's first visible heading;
(c) click -> DOM update latency, measured in the page; (d) bytes transferred on a
cold load against the size of Pyodide's core files.
"""

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from server import StaticServer

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/lib/chromium/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PYODIDE_CORE = ["pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"]
APP_READY = "[data-testid=stApp][data-test-connection-state=CONNECTED][data-test-script-state=notRunning]"
TIMEOUT_MS = 180_000

# Records when the first heading becomes visible, in ms since navigation start.
FIRST_HEADING = """
(() => {
  const seen = () => {
    const heading = document.querySelector("[data-testid=stHeading]");
    if (!heading || heading.getClientRects().length === 0) return false;
    window.__firstHeading = performance.now();
    return true;
  };
  new MutationObserver((_, observer) => { if (seen()) observer.disconnect(); })
    .observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
})();
"""

# Arms a measurement of the next click on the counter button: from the click
# event to the DOM change of the markdown showing the count.
ARM_CLICK = """
() => {
  const button = document.querySelector("[data-testid=stButton] button");
  const text = () => [...document.querySelectorAll("[data-testid=stMarkdown]")].map((e) => e.textContent).join("|");
  const before = text();
  window.__latency = new Promise((resolve) => {
    let clickedAt = null;
    button.addEventListener("click", () => { clickedAt = performance.now(); }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (clickedAt !== null && text() !== before) {
        observer.disconnect();
        resolve(performance.now() - clickedAt);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}
"""


def prepare_site(site: Path) -> None:
    if not (site / "_wasmlit" / "app.json").is_file():
        subprocess.run(
            ["node", str(ROOT / "cli" / "wasmlit.js"), "build", str(ROOT / "examples" / "counter"), "--out", str(site)],
            check=True,
        )
    bench = site / "_bench"
    bench.mkdir(exist_ok=True)
    for file in (ROOT / "bench" / "static").iterdir():
        shutil.copy(file, bench / file.name)
    shutil.copy(ROOT / "node_modules" / "pyodide" / "pyodide.mjs", bench / "pyodide.mjs")


def summary(values, unit="ms"):
    if not values:
        return "n/a"
    return f"{statistics.median(values):8.0f} {unit}  (min {min(values):.0f}, max {max(values):.0f}, n={len(values)})"


def load_app(page, url):
    page.goto(url)
    page.wait_for_function("window.__firstHeading !== undefined", timeout=TIMEOUT_MS)
    first_heading = page.evaluate("window.__firstHeading")
    page.locator(APP_READY).wait_for(timeout=TIMEOUT_MS)
    return first_heading


def transferred(requests):
    """(total bytes, {url: bytes}) of the finished requests' responses."""
    per_url = {}
    for request in requests:
        sizes = request.sizes()
        body = sizes["responseBodySize"]
        response = request.response()
        if body <= 0 and response is not None and response.status == 200:
            # CDP reports no body size for a worker's own script: use Content-Length.
            body = int(response.header_value("content-length") or 0)
        per_url[request.url] = per_url.get(request.url, 0) + body + sizes["responseHeadersSize"]
    return sum(per_url.values()), per_url


def bench_bare(browser, url, runs):
    since_navigation, in_worker = [], []
    for _ in range(runs):
        context = browser.new_context()
        page = context.new_page()
        page.goto(f"{url}/_bench/bare.html")
        page.wait_for_function("window.__bare !== undefined", timeout=TIMEOUT_MS)
        result = page.evaluate("window.__bare")
        context.close()
        if "error" in result:
            raise RuntimeError(f"bare Pyodide boot failed: {result['error']}")
        since_navigation.append(result["doneAt"])
        in_worker.append(result["workerMs"])
    return since_navigation, in_worker


def bench_cold(browser, url, runs):
    times, totals, last_per_url = [], [], {}
    for _ in range(runs):
        context = browser.new_context()
        context.add_init_script(FIRST_HEADING)
        finished = []
        context.on("requestfinished", lambda request: finished.append(request))
        page = context.new_page()
        times.append(load_app(page, f"{url}/"))
        total, last_per_url = transferred(finished)
        totals.append(total)
        context.close()
    return times, totals, last_per_url


def bench_warm(playwright, url, runs):
    times, totals = [], []
    with tempfile.TemporaryDirectory(prefix="wasmlit-bench-") as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        context.add_init_script(FIRST_HEADING)
        page = context.new_page()
        load_app(page, f"{url}/")  # fills the cache
        page.close()
        for _ in range(runs):
            finished = []

            def record(request, finished=finished):
                finished.append(request)

            context.on("requestfinished", record)
            page = context.new_page()
            times.append(load_app(page, f"{url}/"))
            context.remove_listener("requestfinished", record)
            totals.append(transferred(finished)[0])
            page.close()
        context.close()
    return times, totals


def bench_clicks(browser, url, clicks):
    context = browser.new_context()
    context.add_init_script(FIRST_HEADING)
    page = context.new_page()
    load_app(page, f"{url}/")
    latencies = []
    for _ in range(clicks):
        page.evaluate(ARM_CLICK)
        page.click("[data-testid=stButton] button")
        latencies.append(page.evaluate("window.__latency"))
        page.locator(APP_READY).wait_for(timeout=TIMEOUT_MS)
    context.close()
    return latencies


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", default=str(ROOT / ".bench-site"), help="built site (wasmlit build ... --out)")
    parser.add_argument("--runs", type=int, default=5, help="runs per boot measurement (default 5)")
    parser.add_argument("--clicks", type=int, default=10, help="clicks for the latency measurement (default 10)")
    args = parser.parse_args()

    site = Path(args.site).resolve()
    prepare_site(site)
    core_bytes = {name: (site / "pyodide" / name).stat().st_size for name in PYODIDE_CORE}

    with StaticServer(site) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        print(f"wasmlit benchmark: Chromium {browser.version}, site {site}, served at {server.url}")
        print(f"median of {args.runs} runs each (clicks: {args.clicks})\n")

        bare_nav, bare_worker = bench_bare(browser, server.url, args.runs)
        print(f"(a) bare Pyodide boot, navigation -> runPython done  {summary(bare_nav)}")
        print(f"    of which inside the worker (loadPyodide+run)   {summary(bare_worker)}")

        cold, cold_bytes, per_url = bench_cold(browser, server.url, args.runs)
        print(f"(b) wasmlit cold boot, navigation -> first heading   {summary(cold)}")
        warm, warm_bytes = bench_warm(playwright, server.url, args.runs)
        print(f"    wasmlit warm boot, navigation -> first heading   {summary(warm)}")

        latencies = bench_clicks(browser, server.url, args.clicks)
        print(f"(c) click -> updated DOM (counter)                  {summary(latencies)}")

        core = sum(core_bytes.values())
        total = statistics.median(cold_bytes)
        print(f"(d) cold load transferred                            {total / 1e6:8.2f} MB ({len(per_url)} responses)")
        print(f"    Pyodide core files ({', '.join(PYODIDE_CORE)})")
        print(f"                                                     {core / 1e6:8.2f} MB")
        print(f"    everything else (page, worker, app, headers)     {(total - core) / 1e3:8.1f} KB")
        print(f"    warm load transferred                            {statistics.median(warm_bytes) / 1e3:8.1f} KB")
        print("    largest responses on the cold load:")
        for response_url, size in sorted(per_url.items(), key=lambda item: -item[1])[:8]:
            print(f"      {size / 1e3:10.1f} KB  {response_url.replace(server.url, '')}")
        browser.close()


if __name__ == "__main__":
    sys.exit(main())
