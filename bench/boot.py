#!/usr/bin/env python3
"""Boot benchmark in Chromium: how fast a visitor sees the first element.
Prints figures (medians); asserts nothing.

  npm run bench                          # builds .bench-site, then runs this (and run.py, embed.py)
  python3 bench/boot.py [--site DIR] [--runs N]

Every round (default 7) measures each case once, in this order, so a busy
machine slows all of them alike and the ratios stay comparable:
  - bare Pyodide: a tiny page whose module worker runs loadPyodide + one
    runPython with the npm package's files (cold: a fresh browser context);
  - the counter demo, cold (a fresh context) and warm (a browser restarted on a
    profile that has loaded it once: HTTP cache, Chromium's wasm code cache),
    navigation -> first heading visible, with all boot optimisations and with
    each switched off (`?wasmlit_boot=`): no-snapshot, no-bytecode (implies
    no snapshot: the snapshot holds the compiled modules already),
    no-code-cache, and none of them;
  - an app with one vendored pure-Python wheel (bench/apps/onewheel), cold;
  - the docs page (examples/docs-page): after the first playground booted,
    the third is scrolled into view at once, and after it the second after a
    reader's pause of 3 s (the page starts Python for the next lazy
    playground when idle); time from the scroll to the first element.
Bytes: what the server sent (raw; cache hits never reach it) and what a host
compressing with gzip -6 would send, cold and warm. Phases: the worker's boot
timings (worker/boot-timings.js) against the page's navigation start.
"""

import argparse
import gzip
import json
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
from server import StaticServer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "py"))
from wasmlit.testing.browser import APP_READY, CHROMIUM_ARGS, DEBIAN_CHROMIUM as CHROMIUM  # noqa: E402

TIMEOUT_MS = 240_000
TIMINGS = "wasmlit: boot timings "
VARIANTS = {
    "all on": "",
    "no snapshot": "no-snapshot",
    "no bytecode": "no-snapshot,no-bytecode",
    "no code cache": "no-code-cache",
    "none": "no-snapshot,no-bytecode,no-code-cache",
}

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

# Scrolls a playground into view; resolves with the ms until it shows `selector`.
SCROLL_TO = """
([id, selector]) => new Promise((resolve) => {
  const host = document.getElementById(id);
  const start = performance.now();
  const poll = () => {
    if (host.shadowRoot?.querySelector(selector)) return resolve(performance.now() - start);
    requestAnimationFrame(poll);
  };
  host.scrollIntoView({ block: "center" });
  poll();
})
"""
# A reader's pause before scrolling on (the page starts Python for the next
# lazy playground meanwhile: web/embed/spare-worker.js).
READING_PAUSE_MS = 3000

WHEEL_MODULE = '''"""A pure-Python package for the one-wheel benchmark app."""

def describe(n: int) -> str:
    return f"{n:,} items"
''' + "".join(f"\n\ndef helper_{i}(x):\n    \"\"\"Helper {i}.\"\"\"\n    return [x * {i} for _ in range(3)]\n" for i in range(400))


def make_wheel(folder: Path) -> Path:
    """benchwheel-1.0-py3-none-any.whl: one package of ~40 KB source."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "benchwheel-1.0-py3-none-any.whl"
    info = "benchwheel-1.0.dist-info"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as wheel:
        wheel.writestr("benchwheel/__init__.py", WHEEL_MODULE)
        wheel.writestr(f"{info}/METADATA", "Metadata-Version: 2.1\nName: benchwheel\nVersion: 1.0\n")
        wheel.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        wheel.writestr(f"{info}/RECORD", "")
    return path


def copy_bare_page(site: Path) -> None:
    """bench/static (the bare Pyodide page) into SITE/_bench/, pointed at the site's Pyodide."""
    bench = site / "_bench"
    bench.mkdir(exist_ok=True)
    folder = next(p.name for p in (site / "pyodide").iterdir() if p.is_dir())
    for file in (ROOT / "bench" / "static").iterdir():
        (bench / file.name).write_text(file.read_text().replace("__PYODIDE_FOLDER__", folder))
    shutil.copy(ROOT / "node_modules" / "pyodide" / "pyodide.mjs", bench / "pyodide.mjs")


def prepare(site: Path) -> Path:
    """Builds what the cases need beside the site; returns the docs page's root."""
    cli = ["node", str(ROOT / "cli" / "wasmlit.js")]
    if not (site / "_wasmlit" / "app.json").is_file():
        subprocess.run([*cli, "build", str(ROOT / "examples" / "counter"), "--out", str(site)], check=True)
    copy_bare_page(site)
    wheels = Path(tempfile.mkdtemp(prefix="wasmlit-bench-wheels-"))
    make_wheel(wheels)
    subprocess.run([*cli, "build", str(ROOT / "bench" / "apps" / "onewheel"), "--out", str(site / "_apps" / "onewheel"),
                    "--no-index", "--find-links", str(wheels)], check=True, stdout=subprocess.DEVNULL)
    docs = site / "_docs"
    if docs.exists():
        shutil.rmtree(docs)
    docs.mkdir()
    shutil.copytree(ROOT / "dist", docs / "wasmlit")
    shutil.copy(ROOT / "examples" / "docs-page" / "index.html", docs / "index.html")
    return docs


def median(values):
    return statistics.median(values) if values else float("nan")


def wait_timings(page, messages):
    for _ in range(400):
        lines = [m for m in messages if m.startswith(TIMINGS)]
        if lines:
            return json.loads(lines[0][len(TIMINGS):])
        page.wait_for_timeout(25)
    return None


def load(context, url, first=None):
    """One page load: {heading ms, phases, path} (phases in ms since navigation).
    `first`: a URL opened in the same tab before."""
    messages = []
    page = context.new_page()
    if first:
        page.goto(first)
    page.on("console", lambda message: messages.append(message.text))
    page.goto(url)
    page.wait_for_function("window.__firstHeading !== undefined", timeout=TIMEOUT_MS)
    heading = page.evaluate("window.__firstHeading")
    page.locator(APP_READY).wait_for(timeout=TIMEOUT_MS)
    origin = page.evaluate("performance.timeOrigin")
    timings = wait_timings(page, messages)
    page.close()
    phases = {}
    if timings:
        marks = timings["marks"]
        ends = [d["end"] for name, d in timings["downloads"].items() if not name.endswith(".whl")]
        phases = {
            "worker started": marks["workerStart"] - origin,
            "downloads done": max(ends) - origin if ends else float("nan"),
            "wasm compiled": marks.get("instantiated", float("nan")) - origin,
            "Python restored/initialised": marks["python"] - origin,
            "imports done": marks["imported"] - origin,
            "packages installed": marks["packages"] - origin,
            "first run done": marks["firstRun"] - origin,
            "first render": heading,
        }
    return {"ms": heading, "phases": phases, "path": timings and timings["path"]}


def cold(browser, url):
    context = browser.new_context()
    context.add_init_script(FIRST_HEADING)
    try:
        return load(context, url)
    finally:
        context.close()


def warm(playwright, profile, url):
    """A browser started on `profile` (which has loaded `url` before): a later visit."""
    context = playwright.chromium.launch_persistent_context(
        str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
    context.add_init_script(FIRST_HEADING)
    try:
        return load(context, url, first=url.split("?")[0].rstrip("/") + "/_bench/blank.html")
    finally:
        context.close()


def bare(browser, url):
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{url}/_bench/bare.html")
        page.wait_for_function("window.__bare !== undefined", timeout=TIMEOUT_MS)
        result = page.evaluate("window.__bare")
        if "error" in result:
            raise RuntimeError(f"bare Pyodide boot failed: {result['error']}")
        return result["doneAt"]
    finally:
        context.close()


def docs_playgrounds(playwright, url):
    """A fresh profile: load the docs page and wait for the first playground;
    scroll at once to the third (ms to its first element), wait until it is
    ready, pause as a reader would, then scroll to the second (ms to its first element)."""
    profile = tempfile.mkdtemp(prefix="wasmlit-bench-docs-")
    context = playwright.chromium.launch_persistent_context(
        profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, viewport={"width": 1100, "height": 700})
    try:
        page = context.new_page()
        page.goto(url)
        page.locator("#counter").locator(APP_READY).wait_for(timeout=TIMEOUT_MS)
        third = page.evaluate(SCROLL_TO, ["modules", "[data-testid=stMetric]"])
        page.locator("#modules").locator(APP_READY).wait_for(timeout=TIMEOUT_MS)
        page.wait_for_timeout(READING_PAUSE_MS)
        second = page.evaluate(SCROLL_TO, ["inputs", "[data-testid=stHeading]"])
        return third, second
    finally:
        context.close()
        shutil.rmtree(profile, ignore_errors=True)


class Bytes:
    """Bytes the server sent, raw and as a gzip -6 host would have sent them."""

    def __init__(self, roots):
        self.roots = roots
        self.compressed_sizes = {}

    def compressed(self, path, raw):
        if path not in self.compressed_sizes:
            file = next((root / path.lstrip("/") for root in self.roots if (root / path.lstrip("/")).is_file()), None)
            self.compressed_sizes[path] = len(gzip.compress(file.read_bytes(), 6)) if file else raw
        return self.compressed_sizes[path]

    def measure(self, sent):
        raw = sum(sent.values())
        packed = sum(self.compressed(path, size) if size else 0 for path, size in sent.items())
        return raw, packed


def snapshot_sizes(site):
    folder = next(p for p in (site / "pyodide").iterdir() if p.is_dir())
    snapshot = next(folder.glob("wasmlit-snapshot-*.bin"), None)
    if snapshot is None:
        return None
    data = gzip.decompress(snapshot.read_bytes())
    heap_offset = struct.unpack_from("<I", data, 4)[0]
    heap_bytes = struct.unpack_from("<I", data, heap_offset + 12)[0]
    return {"file": snapshot.stat().st_size, "pages": len(data), "heap": heap_bytes,
            "stdlib": sum(f.stat().st_size for f in folder.glob("wasmlit-stdlib-*.zip")),
            "runtime": sum(f.stat().st_size for f in folder.glob("wasmlit-runtime-*.bin"))}


def row(label, values, base=None, target=None):
    m = median(values)
    text = f"  {label:<44} {m:8.0f} ms"
    if base:
        text += f"  {m / base:5.2f}x bare"
    if target:
        text += f"  (target <= {target})"
    spread = f"min {min(values):.0f}, max {max(values):.0f}, n={len(values)}" if values else "n/a"
    return f"{text}  [{spread}]"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", default=str(ROOT / ".bench-site"), help="built counter site (wasmlit build ... --out)")
    parser.add_argument("--runs", type=int, default=7, help="rounds (default 7)")
    args = parser.parse_args()
    site = Path(args.site).resolve()
    docs_root = prepare(site)
    bytes_of = Bytes([site, docs_root])

    results = {"bare": [], "wheel all on": [], "wheel none": [], "docs third": [], "docs later": []}
    for name in VARIANTS:
        results[f"cold {name}"] = []
        results[f"warm {name}"] = []
    phases = {}
    paths = {}
    sent = {"cold": [], "warm": []}
    profiles = {name: Path(tempfile.mkdtemp(prefix="wasmlit-bench-warm-")) for name in VARIANTS}
    try:
        measure(args, site, docs_root, results, phases, paths, sent, profiles)
    finally:
        for profile in profiles.values():
            shutil.rmtree(profile, ignore_errors=True)
    report(results, phases, paths, sent, bytes_of, snapshot_sizes(site))


def measure(args, site, docs_root, results, phases, paths, sent, profiles):
    with StaticServer(site) as server, StaticServer(docs_root, isolate=False) as docs, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        print(f"wasmlit boot benchmark: Chromium {browser.version}, site {site} at {server.url}")
        print(f"{args.runs} rounds, every case once per round (interleaved)\n", flush=True)
        url = lambda query: f"{server.url}/" + (f"?wasmlit_boot={query}" if query else "")  # noqa: E731
        for name, query in VARIANTS.items():  # fill each warm profile once
            warm(playwright, profiles[name], url(query))
        for round_ in range(args.runs):
            started = time.time()
            results["bare"].append(bare(browser, server.url))
            for name, query in VARIANTS.items():
                server.take_sent()
                result = cold(browser, url(query))
                results[f"cold {name}"].append(result["ms"])
                phases.setdefault(f"cold {name}", []).append(result["phases"])
                paths.setdefault(f"cold {name}", set()).add(result["path"])
                if name == "all on":
                    sent["cold"].append(server.take_sent())
            for name, query in VARIANTS.items():
                server.take_sent()
                result = warm(playwright, profiles[name], url(query))
                results[f"warm {name}"].append(result["ms"])
                phases.setdefault(f"warm {name}", []).append(result["phases"])
                paths.setdefault(f"warm {name}", set()).add(result["path"])
                if name == "all on":
                    sent["warm"].append(server.take_sent())
            for name, query in (("wheel all on", ""), ("wheel none", "no-snapshot,no-bytecode,no-code-cache")):
                result = cold(browser, f"{server.url}/_apps/onewheel/" + (f"?wasmlit_boot={query}" if query else ""))
                results[name].append(result["ms"])
                phases.setdefault(name, []).append(result["phases"])
            third, later = docs_playgrounds(playwright, docs.url + "/")
            results["docs third"].append(third)
            results["docs later"].append(later)
            print(f"  round {round_ + 1}/{args.runs} done in {time.time() - started:.0f} s "
                  f"(bare {results['bare'][-1]:.0f} ms, cold {results['cold all on'][-1]:.0f} ms, "
                  f"warm {results['warm all on'][-1]:.0f} ms)", flush=True)
        browser.close()


def report(results, phases, paths, sent, bytes_of, snapshot):
    base = median(results["bare"])
    print("\nBoot to the first element (navigation -> first heading visible), medians")
    print(row("bare Pyodide (loadPyodide + runPython), cold", results["bare"]))
    for temperature in ("cold", "warm"):
        for name in VARIANTS:
            key = f"{temperature} {name}"
            target = {"cold all on": "0.5x", "warm all on": "0.35x"}.get(key)
            label = f"counter {temperature}, {name}" + (f" [{'/'.join(sorted(map(str, paths.get(key, []))))}]")
            print(row(label, results[key], base, target))
    print(row("one-wheel app cold, all on", results["wheel all on"], base, "0.6x"))
    print(row("one-wheel app cold, none", results["wheel none"], base))
    print(row("docs page: 3rd playground, scrolled to at once", results["docs third"], None, "500 ms"))
    print(row(f"docs page: 2nd playground, after a {READING_PAUSE_MS // 1000} s pause", results["docs later"], None, "500 ms"))

    print("\nPhases (ms since navigation; medians): when each step of the boot ended")
    keys = ["cold all on", "warm all on", "cold no snapshot", "cold none", "wheel all on"]
    names = list(next((p for key in keys for p in phases.get(key, []) if p), {}).keys())
    print(f"  {'':<30}" + "".join(f"{key:>17}" for key in keys))
    for phase in names:
        cells = []
        for key in keys:
            values = [p[phase] for p in phases.get(key, []) if p and phase in p and p[phase] == p[phase]]
            cells.append(f"{median(values):17.0f}" if values else f"{'n/a':>17}")
        print(f"  {phase:<30}" + "".join(cells))

    print("\nBytes the server sent for the counter (medians; raw / as gzip -6 would send them)")
    for temperature in ("cold", "warm"):
        measured = [bytes_of.measure(s) for s in sent[temperature]]
        raw = median([m[0] for m in measured])
        packed = median([m[1] for m in measured])
        print(f"  {temperature:<8} {raw / 1e6:8.2f} MB raw  {packed / 1e6:8.2f} MB compressed")
    if sent["cold"]:
        print("  largest responses on a cold load:")
        for path, size in sorted(sent["cold"][-1].items(), key=lambda item: -item[1])[:8]:
            print(f"    {size / 1e6:8.2f} MB  {path}")
    if snapshot:
        print(f"\nSnapshot: {snapshot['file'] / 1e6:.2f} MB as shipped (gzip), {snapshot['pages'] / 1e6:.1f} MB of "
              f"changed pages, {snapshot['heap'] / 1e6:.1f} MB heap; stdlib zip with bytecode "
              f"{snapshot['stdlib'] / 1e6:.2f} MB; runtime archive {snapshot['runtime'] / 1e6:.2f} MB")


if __name__ == "__main__":
    sys.exit(main())
