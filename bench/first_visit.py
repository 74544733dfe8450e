#!/usr/bin/env python3
"""The first-visit policy's measurement (docs/boot.md): a cold visit to the
counter with the memory snapshot and without it (from bytecode), on links of
a few speeds (Chromium's network emulation, which also throttles workers),
interleaved. Prints medians; asserts nothing. Not part of `npm run bench`
(slow): run it after `npm run bench` has built .bench-site.

  python3 bench/first_visit.py [--site DIR] [--runs N] [--speeds 0,5,2,1]

Speeds in MB/s (0: not throttled), each with 40 ms round trips (so the
browser still calls the link 4g, and the snapshot is used on a first visit).
"""

import argparse
import statistics
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
from boot import CHROMIUM, CHROMIUM_ARGS, FIRST_HEADING, ROOT  # noqa: E402
from server import StaticServer  # noqa: E402

CASES = {"snapshot": "", "bytecode (no snapshot)": "?wasmlit_boot=no-snapshot"}


def visit(browser, url, speed):
    context = browser.new_context()
    context.add_init_script(FIRST_HEADING)
    try:
        page = context.new_page()
        if speed:
            # The page's session throttles its workers' requests too (their downloads end later).
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            rate = speed * 1e6
            cdp.send("Network.emulateNetworkConditions",
                     {"offline": False, "latency": 40, "downloadThroughput": rate, "uploadThroughput": rate})
        page.goto(url)
        page.wait_for_function("window.__firstHeading !== undefined", timeout=600_000)
        return page.evaluate("window.__firstHeading")
    finally:
        context.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", default=str(ROOT / ".bench-site"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--speeds", default="0,5,2,1", help="MB/s, comma-separated (0: not throttled)")
    args = parser.parse_args()
    speeds = [float(s) for s in args.speeds.split(",")]
    results = {}
    with StaticServer(Path(args.site).resolve()) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for round_ in range(args.runs):
            for speed in speeds:
                for name, query in CASES.items():
                    results.setdefault((speed, name), []).append(visit(browser, f"{server.url}/{query}", speed))
            print(f"  round {round_ + 1}/{args.runs} done", flush=True)
        browser.close()
    print("\nFirst visit (fresh context), navigation -> first heading, medians")
    for speed in speeds:
        snapshot = statistics.median(results[speed, "snapshot"])
        plain = statistics.median(results[speed, "bytecode (no snapshot)"])
        link = f"{speed:g} MB/s" if speed else "not throttled"
        print(f"  {link:<14} snapshot {snapshot:8.0f} ms   bytecode {plain:8.0f} ms   snapshot/bytecode {snapshot / plain:5.2f}")


if __name__ == "__main__":
    sys.exit(main())
