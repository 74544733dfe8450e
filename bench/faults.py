#!/usr/bin/env python3
"""How long the page takes to recover from each way a run can end badly
(tests/apps/faults, built into SITE/_apps/faults). Prints figures; asserts nothing.

  python3 bench/faults.py [--site DIR] [--runs N]    (`npm run bench` runs it)

For each fault: from the click on its button (or, for a run only Stop ends,
from the click on Stop, once it shows, 0.5 s or more after the run started) until the page is ready
for the next event: connected, the script not running, the DOM final, and
what the user should see there (Streamlit's exception element, or the notice
that Python was restarted). Measured in the page (performance.now(), polled
every 5 ms). The site is served with the COOP/COEP headers (Stop interrupts
Python) and, for the last case, without them (Stop replaces the worker).
"""

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from server import StaticServer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "py"))
from wasmlit.testing.browser import APP_READY, CHROMIUM_ARGS, DEBIAN_CHROMIUM as CHROMIUM  # noqa: E402

FAULTS_APP = ROOT / "tests" / "apps" / "faults"
TIMEOUT_MS = 180_000
EXCEPTION = "[data-testid=stException]"
NOTICE = "[data-testid=stRuntimeNotice]"

# (label, button, Stop after ms or None, selector that must be shown, restarts Python)
CASES = [
    ("exception (ValueError)", "Raise", None, EXCEPTION, False),
    ("sys.exit() in the script (ends as st.stop)", "sys.exit", None, None, False),
    ("sys.exit() in a callback", "Exit in callback", None, None, False),
    ("KeyboardInterrupt raised by the script", "KeyboardInterrupt", None, None, False),
    ("RecursionError (1,000 frames)", "Recursion", None, EXCEPTION, False),
    ("RecursionError (limit 10**6, ~1M frames)", "Deep recursion", None, EXCEPTION, False),
    ("recursion through C (sorted key=...)", "Recursion through C", None, EXCEPTION, False),
    ("json.dumps of a list nested 200,000 deep", "JSON of deep nesting", None, EXCEPTION, False),
    ("MemoryError raised", "MemoryError", None, EXCEPTION, False),
    ("bytearray(3 * 10**9) (32-bit size)", "Huge bytearray", None, EXCEPTION, False),
    ("while True: pass, then Stop", "Loop", 500, None, False),
    ("callback that never returns, then Stop", "Callback loop", 500, None, False),
    ("filling the wasm memory (100 MB blocks)", "Fill memory", None, EXCEPTION, False),
    ("os._exit(1) (Python restarted)", "os._exit", None, NOTICE, True),
    ("repr of a list nested 200,000 deep (C stack overflow)", "repr of deep nesting", None, NOTICE, True),
]

MEASURE = """async ([label, stopAfterMs, want]) => {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const app = () => document.querySelector("[data-testid=stApp]");
  const button = [...document.querySelectorAll("[data-testid=stButton] button")].find((b) => b.textContent === label);
  let from = performance.now();
  button.click();
  if (stopAfterMs !== null) {
    await sleep(stopAfterMs);
    // The Stop button shows once a run has gone on for 0.5 s.
    let stop;
    while (!(stop = document.querySelector("[data-testid=stStatusWidget] button"))) await sleep(5);
    from = performance.now();
    stop.click();
  }
  for (;;) {
    const now = app();
    const ready = now && now.getAttribute("data-test-script-state") === "notRunning"
        && now.getAttribute("data-test-connection-state") === "CONNECTED";
    if (ready && (!want || document.querySelector(want))) return performance.now() - from;
    // Ready with something else than expected (e.g. a restart notice): say what.
    if (ready && performance.now() - from > 1000 && want) {
      const notice = document.querySelector("[data-testid=stRuntimeNotice]");
      if (notice) return `unexpected: ${notice.textContent.slice(0, 200)}`;
    }
    if (performance.now() - from > 170000) return null;
    await sleep(5);
  }
}"""


def dismiss_notice(page):
    notice = page.locator(NOTICE)
    if notice.count():
        notice.get_by_role("button", name="Dismiss").click()


def measure(page, button, stop_after, want):
    # A normal run first: a fault ends the script before the buttons below it.
    page.get_by_role("button", name="Count", exact=True).click()
    page.locator(APP_READY).wait_for(timeout=TIMEOUT_MS)
    ms = page.evaluate(MEASURE, [button, stop_after, want])
    page.locator(APP_READY).wait_for(timeout=TIMEOUT_MS)
    dismiss_notice(page)
    return ms


def open_faults(browser, url):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{url}/_apps/faults/")
    page.locator(APP_READY).wait_for(timeout=TIMEOUT_MS)
    return context, page


def fmt(values):
    odd = [v for v in values if isinstance(v, str)]
    for text in odd:
        print(f"      ! {text}")
    values = [v for v in values if isinstance(v, (int, float))]
    if not values:
        return "   timed out"
    return f"{statistics.median(values):8.0f} ms  (min {min(values):.0f}, max {max(values):.0f}, n={len(values)})"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", default=str(ROOT / ".bench-site"), help="built site (wasmlit build ... --out)")
    parser.add_argument("--runs", type=int, default=3, help="runs per fault (default 3)")
    args = parser.parse_args()
    site = Path(args.site).resolve()
    subprocess.run(
        ["node", str(ROOT / "cli" / "wasmlit.js"), "build", str(FAULTS_APP), "--out", str(site / "_apps" / "faults")],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    with StaticServer(site) as server, StaticServer(site, isolate=False) as plain, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        print(f"(o) fault -> page ready for the next event (tests/apps/faults; median of {args.runs})")
        context, page = open_faults(browser, server.url)
        for label, button, stop_after, want, _restarts in CASES:
            times = [measure(page, button, stop_after, want) for _ in range(args.runs)]
            print(f"    {label:<56} {fmt(times)}")
        context.close()
        context, page = open_faults(browser, plain.url)
        times = [measure(page, "Loop", 500, NOTICE) for _ in range(args.runs)]
        print(f"    {'not isolated: while True: pass, then Stop (restart)':<56} {fmt(times)}")
        context.close()
        browser.close()


if __name__ == "__main__":
    sys.exit(main())
