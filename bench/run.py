#!/usr/bin/env python3
"""wasmlit benchmarks in Chromium. Prints figures (median of several runs); asserts nothing.

  npm run bench                       # builds .bench-site from examples/counter, then runs
                                      # bench/boot.py (boot times, bytes), this, and bench/embed.py
  python3 bench/run.py [--site DIR] [--clicks N]
                       [--interrupts N] [--progress-runs N] [--reruns N] [--gallery-reruns N]

(c) click -> DOM update latency on the counter, measured in the page. (The boot
figures (a), (b), (d) are bench/boot.py's.)

Responsiveness, on small apps in bench/apps/ (each built into SITE/_apps/NAME on
every run; the site is served twice, with and without the COOP/COEP headers):
(e) interrupt latency (bench/apps/interrupt): a busy run is started ("Spin": a
    CPU-bound loop, "Sleep": time.sleep(60)); 300-350 ms later (at random, so
    the event falls anywhere in a 50 ms sleep slice) the page commits a new
    text_input value (input + Enter keydown, dispatched in page.evaluate)
    and a MutationObserver times it until the new run's "value: ..." markdown
    is in the DOM. Isolated page (SIGINT through the shared interrupt buffer)
    for Spin and Sleep; without isolation for Sleep only (the worker polls
    between 50 ms sleep slices; a CPU-bound loop there ends only by a restart
    on Stop). Target: isolated under 50 ms.
(f) progress delivery (bench/apps/progress): 50 bar.progress() updates 20 ms
    apart, each carrying the worker's time.time() in ms; the page records its
    Date.now() minus that number whenever the text changes in the DOM (both
    are wall clocks, ms resolution; the DOM change precedes the paint).
(g) rerun of a 1,000-element script (bench/apps/many): from a button click
    (page.evaluate) until data-test-script-state is "notRunning" again (set
    only once the DOM shows the finished run), after a warm-up rerun; next to
    it the script's own run time in Python, which the app writes into its last
    element. Target: under 100 ms.
(h) rerun of the gallery (examples/gallery, built into SITE/_apps/gallery): every
    element and widget on one page; from a click on its first button (in
    page.evaluate) until data-test-script-state is "notRunning" again, after a
    warm-up rerun.
(i) the page bundle: bytes of SITE/assets' JS and CSS that the first page load
    needs, i.e. without the lazily imported chunks (katex, gemoji, vega) and the
    KaTeX fonts; the worker's own script is printed apart.
(m) lazily loaded bytes per chart type: the JS chunks (Graphviz's wasm is inlined
    in its chunk) a page fetches the first time it shows a Plotly chart, a
    Graphviz graph, a map and a Mermaid flowchart, beyond the page bundle;
    then deck.gl's optional layer packs and the base-map library. Read from the
    built site's import graph (no browser).
"""

import argparse
import itertools
import math
import random
import re
import statistics
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from server import StaticServer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "py"))
from wasmlit.testing.browser import APP_READY, CHROMIUM_ARGS, DEBIAN_CHROMIUM as CHROMIUM  # noqa: E402
BENCH_APPS = ["interrupt", "progress", "many"]
GALLERY = ROOT / "examples" / "gallery"
LAZY_CHUNKS = ("katex", "KaTeX_", "gemoji", "vega")
TIMEOUT_MS = 180_000
TOKENS = itertools.count(1)  # unique text_input values for (e)

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


# (e) Commits a new text_input value and resolves with the ms until the new
# run's "value: <token>" markdown is in the DOM (null after 30 s).
INTERRUPT = """
(token) => new Promise((resolve) => {
  const input = document.querySelector("[data-testid=stTextInputField]");
  const want = `value: ${token}`;
  const shown = () => [...document.querySelectorAll("[data-testid=stMarkdown]")]
    .some((e) => e.textContent.trim() === want);
  let startedAt = 0;
  const observer = new MutationObserver(() => {
    if (shown()) {
      observer.disconnect();
      resolve(performance.now() - startedAt);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  setTimeout(() => { observer.disconnect(); resolve(null); }, 30000);
  startedAt = performance.now();
  input.value = token;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", code: "Enter", bubbles: true, cancelable: true }));
})
"""

# (f) Records Date.now() minus the ms timestamp in the progress text, each
# time that text changes to a timestamp taken after arming (the bar of the
# previous run is still on screen when the next run starts).
RECORD_PROGRESS = """
() => {
  window.__delays = [];
  const armedAt = Date.now();
  let last = null;
  const observer = new MutationObserver(() => {
    const label = document.querySelector("[data-testid=stProgress] .st-progress-text");
    if (!label) return;
    const text = label.textContent.trim();
    if (text === last) return;
    last = text;
    const sentAt = Number(text);
    if (text !== "" && Number.isFinite(sentAt) && sentAt >= armedAt) window.__delays.push(Date.now() - sentAt);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  window.__stopRecording = () => observer.disconnect();
}
"""

# (g) Clicks the button and resolves with the ms until the script state is
# "notRunning" again, and the Python run time the app wrote into its last element.
TIMED_RERUN = """
() => new Promise((resolve) => {
  const app = document.querySelector("[data-testid=stApp]");
  const button = document.querySelector("[data-testid=stButton] button");
  let clickedAt = 0;
  const observer = new MutationObserver(() => {
    if (app.getAttribute("data-test-script-state") !== "notRunning") return;
    const elapsed = performance.now() - clickedAt;
    observer.disconnect();
    const last = [...document.querySelectorAll("[data-testid=stMarkdown]")].at(-1)?.textContent ?? "";
    const match = /python: ([0-9.]+) ms/.exec(last);
    resolve({ ms: elapsed, pythonMs: match ? Number(match[1]) : null,
              count: document.querySelectorAll("[data-testid=stMarkdown]").length });
  });
  observer.observe(app, { attributes: true, attributeFilter: ["data-test-script-state"] });
  clickedAt = performance.now();
  button.click();
})
"""


# (h) Clicks the first button and resolves with the ms until the script state
# is "notRunning" again.
TIMED_CLICK = """
() => new Promise((resolve) => {
  const app = document.querySelector("[data-testid=stApp]");
  const button = document.querySelector("[data-testid=stButton] button");
  let clickedAt = 0;
  const observer = new MutationObserver(() => {
    if (app.getAttribute("data-test-script-state") !== "notRunning") return;
    observer.disconnect();
    resolve(performance.now() - clickedAt);
  });
  observer.observe(app, { attributes: true, attributeFilter: ["data-test-script-state"] });
  clickedAt = performance.now();
  button.click();
})
"""


def prepare_site(site: Path) -> None:
    if not (site / "_wasmlit" / "app.json").is_file():
        subprocess.run(
            ["node", str(ROOT / "cli" / "wasmlit.js"), "build", str(ROOT / "examples" / "counter"), "--out", str(site)],
            check=True,
        )
    for name in BENCH_APPS:
        subprocess.run(
            ["node", str(ROOT / "cli" / "wasmlit.js"), "build", str(ROOT / "bench" / "apps" / name),
             "--out", str(site / "_apps" / name)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    subprocess.run(
        ["node", str(ROOT / "cli" / "wasmlit.js"), "build", str(GALLERY), "--out", str(site / "_apps" / "gallery")],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def summary(values, unit="ms", digits=0):
    if not values:
        return "n/a"
    return (f"{statistics.median(values):8.{digits}f} {unit}  "
            f"(min {min(values):.{digits}f}, max {max(values):.{digits}f}, n={len(values)})")


def row(label, figures):
    """A printout line: the figures start in the same column as (a)-(d)'s."""
    return f"{label:<52} {figures}" if len(label) <= 52 else f"{label}\n{'':<52} {figures}"


def percentile(values, fraction):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def load_app(page, url):
    page.goto(url)
    page.wait_for_function("window.__firstHeading !== undefined", timeout=TIMEOUT_MS)
    first_heading = page.evaluate("window.__firstHeading")
    page.locator(APP_READY).wait_for(timeout=TIMEOUT_MS)
    return first_heading


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


def open_bench_app(browser, url):
    """A fresh context on a bench app, its first run finished."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(url)
    page.locator(APP_READY).wait_for(timeout=TIMEOUT_MS)
    return context, page


def wait_ready(page):
    page.locator(APP_READY).wait_for(timeout=TIMEOUT_MS)


def bench_interrupt(browser, url, button_names, runs):
    """{button name: [ms]} and whether the page was cross-origin isolated."""
    context, page = open_bench_app(browser, f"{url}/_apps/interrupt/")
    isolated = page.evaluate("crossOriginIsolated")
    results = {}
    for name in button_names:
        latencies = []
        for _ in range(runs):
            page.get_by_role("button", name=name).click()
            page.wait_for_function(
                "document.querySelector('[data-testid=stApp]').getAttribute('data-test-script-state') === 'running'"
            )
            # A random phase against the 50 ms sleep slices (a fixed wait aliases with them).
            page.wait_for_timeout(300 + random.uniform(0, 50))
            ms = page.evaluate(INTERRUPT, f"{name.lower()}-{next(TOKENS):04d}")
            if ms is None:
                raise RuntimeError(f"interrupt benchmark: the {name} run was not interrupted within 30 s")
            latencies.append(ms)
            wait_ready(page)
        results[name] = latencies
    context.close()
    return results, isolated


def bench_progress(browser, url, runs):
    context, page = open_bench_app(browser, f"{url}/_apps/progress/")
    delays = []
    for _ in range(runs):
        page.evaluate(RECORD_PROGRESS)
        page.get_by_role("button", name="Go").click()
        wait_ready(page)
        page.wait_for_timeout(100)
        delays.extend(page.evaluate("window.__stopRecording(), window.__delays"))
    context.close()
    return delays


def bench_many(browser, url, runs):
    context, page = open_bench_app(browser, f"{url}/_apps/many/")
    page.evaluate(TIMED_RERUN)  # warm-up
    times, python_times, count = [], [], 0
    for _ in range(runs):
        result = page.evaluate(TIMED_RERUN)
        times.append(result["ms"])
        count = result["count"]
        if result["pythonMs"] is not None:
            python_times.append(result["pythonMs"])
    context.close()
    return times, python_times, count


def bench_gallery(browser, url, runs):
    context, page = open_bench_app(browser, f"{url}/_apps/gallery/")
    page.evaluate(TIMED_CLICK)  # warm-up
    times = [page.evaluate(TIMED_CLICK) for _ in range(runs)]
    context.close()
    return times


def _page_bundle_files(site):
    """The files the standalone page's first load needs: what index.html links,
    and the JS chunks those import statically."""
    import re

    html = (site / "index.html").read_text()
    wanted = [site / ref.lstrip("./") for ref in re.findall(r'(?:src|href)="(\./assets/[^"]+)"', html)]
    seen = set()
    while wanted:
        file = wanted.pop()
        if file in seen or not file.is_file():
            continue
        seen.add(file)
        if file.suffix == ".js":
            wanted.extend(file.parent / ref[2:] for ref in STATIC_IMPORT.findall(file.read_text(errors="replace")))
    return seen


def page_bundle(site):
    """(JS bytes, CSS bytes, worker JS bytes) the standalone page's first load needs:
    what index.html links, and the JS chunks those import statically (lazy chunks,
    the KaTeX fonts and the embedding entry wasmlit.js with its chunks are not)."""
    files = _page_bundle_files(site)
    js = sum(f.stat().st_size for f in files if f.suffix != ".css")
    css = sum(f.stat().st_size for f in files if f.suffix == ".css")
    worker = sum(f.stat().st_size for f in (site / "assets").glob("worker-*.js"))
    return js, css, worker


STATIC_IMPORT = re.compile(r'(?:from|import)\s*"(\./[^"]+\.m?js)"')
DYNAMIC_IMPORT = re.compile(r'import\(\s*[`"\'](\./[^`"\']+\.m?js)[`"\']\s*\)')
# Chart features: their renderer's chunk, and the chunks it loads when it draws
# (by name prefix; a flowchart for Mermaid, whose diagram types are chunks each).
CHART_FEATURES = [
    ("st.plotly_chart (plotly.js)", "plotly-chart", ("plotly-lazy",)),
    ("st.graphviz_chart (Graphviz wasm)", "graphviz-chart", ("graphviz-lazy",)),
    ("st.map / st.pydeck_chart (deck.gl)", "deck-chart", ("deck-lazy", "webgl-device")),
    ("st.mermaid_chart (Mermaid, a flowchart)", "mermaid-render", ("flowDiagram",)),
]


def _closure(assets, starts, skip):
    """Files reachable from `starts` through static imports, minus `skip`."""
    seen = set()
    stack = list(starts)
    while stack:
        file = stack.pop()
        if file in seen or file in skip or not file.is_file():
            continue
        seen.add(file)
        stack.extend(assets / ref[2:] for ref in STATIC_IMPORT.findall(file.read_text(errors="replace")))
    return seen


def lazy_chart_bytes(site):
    """[(feature, bytes)]: the JS (and wasm inlined in it) a page loads the first
    time it shows each chart type, beyond the initial bundle; then deck.gl's
    optional layer packs and the base-map library, each on its own."""
    assets = site / "assets"
    initial = _page_bundle_files(site)
    rows = []
    loaded = set(initial)
    for label, entry, follow in CHART_FEATURES:
        start = sorted(assets.glob(f"{entry}-*.js"))
        files = _closure(assets, start, initial)
        for file in list(files):
            for ref in DYNAMIC_IMPORT.findall(file.read_text(errors="replace")):
                if ref[2:].startswith(follow):
                    files |= _closure(assets, [assets / ref[2:]], initial)
        rows.append((label, sum(f.stat().st_size for f in files)))
        loaded |= files
    deck_lazy = sorted(assets.glob("deck-lazy-*.js"))
    if deck_lazy:
        refs = [r for r in DYNAMIC_IMPORT.findall(deck_lazy[0].read_text(errors="replace")) if not r[2:].startswith("webgl-device")]
        for name, ref in zip(("aggregation", "geo", "mesh"), dict.fromkeys(refs)):
            files = _closure(assets, [assets / ref[2:]], loaded)
            rows.append((f"  + deck.gl {name} layers", sum(f.stat().st_size for f in files)))
    maplibre = _closure(assets, sorted(assets.glob("maplibre-lazy-*.js")), loaded) | set(assets.glob("maplibre-gl-worker*"))
    rows.append(("  + a base map (MapLibre GL and its worker)", sum(f.stat().st_size for f in maplibre)))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", default=str(ROOT / ".bench-site"), help="built site (wasmlit build ... --out)")
    parser.add_argument("--clicks", type=int, default=10, help="clicks for the latency measurement (default 10)")
    parser.add_argument("--interrupts", type=int, default=5, help="interrupts per case in (e) (default 5)")
    parser.add_argument("--progress-runs", type=int, default=3, help="runs of 50 progress updates in (f) (default 3)")
    parser.add_argument("--reruns", type=int, default=7, help="timed reruns in (g) (default 7)")
    parser.add_argument("--gallery-reruns", type=int, default=5, help="timed gallery reruns in (h) (default 5)")
    args = parser.parse_args()

    site = Path(args.site).resolve()
    prepare_site(site)

    with StaticServer(site) as server, StaticServer(site, isolate=False) as plain, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        print(f"wasmlit benchmark: Chromium {browser.version}, site {site}, served at {server.url}")
        print(f"clicks: {args.clicks}; without isolation headers at {plain.url}\n")

        latencies = bench_clicks(browser, server.url, args.clicks)
        print(f"(c) click -> updated DOM (counter)                  {summary(latencies)}")

        isolated, isolated_ok = bench_interrupt(browser, server.url, ["Spin", "Sleep"], args.interrupts)
        plain_runs, plain_isolated = bench_interrupt(browser, plain.url, ["Sleep"], args.interrupts)
        print("(e) interrupt: event during a busy run -> new run's first markdown in the DOM (target: isolated < 50 ms)")
        flag = "" if isolated_ok else " (NOT crossOriginIsolated!)"
        print(row(f"    isolated{flag}, Spin (while True: pass)", summary(isolated["Spin"], digits=1)))
        print(row(f"    isolated{flag}, Sleep (time.sleep(60))", summary(isolated["Sleep"], digits=1)))
        flag = " (crossOriginIsolated!)" if plain_isolated else ""
        print(row(f"    not isolated{flag}, Sleep (50 ms sleep slices)", summary(plain_runs["Sleep"], digits=1)))
        print(row("    not isolated, Spin", "     n/a (restart on Stop)"))

        delays = bench_progress(browser, server.url, args.progress_runs)
        print("(f) progress delivery: worker time.time() -> page Date.now() at the DOM change")
        print("    (two wall clocks, ms resolution; 50 updates 20 ms apart per run)")
        if delays:
            print(row("    median / p90", f"{statistics.median(delays):8.0f} ms / {percentile(delays, 0.9):.0f} ms  "
                      f"(min {min(delays):.0f}, max {max(delays):.0f}, n={len(delays)} of "
                      f"{50 * args.progress_runs} updates seen)"))
        else:
            print(row("    median / p90", "     n/a (no progress text seen)"))

        rerun_times, python_times, elements = bench_many(browser, server.url, args.reruns)
        print(f"(g) rerun of a 1,000-element script ({elements} markdown elements; target < 100 ms)")
        print(row("    click -> notRunning (DOM final)", summary(rerun_times)))
        print(row("    the script's own run in Python (in the worker)", summary(python_times, digits=1)))

        gallery_times = bench_gallery(browser, server.url, args.gallery_reruns)
        print("(h) rerun of the gallery (examples/gallery: every element and widget)")
        print(row("    click -> notRunning (DOM final)", summary(gallery_times)))

        js, css, worker = page_bundle(site)
        print("(i) page bundle (assets without the lazy katex/gemoji/vega chunks)")
        print(row("    JS + CSS", f"{js / 1e3:8.1f} KB JS + {css / 1e3:.1f} KB CSS"))
        print(row("    the worker's script (apart)", f"{worker / 1e3:8.1f} KB"))
        print("(m) lazily loaded JS per chart type (first chart of its kind on a page)")
        for label, size in lazy_chart_bytes(site):
            print(row(f"    {label}", f"{size / 1e3:8.1f} KB"))
        browser.close()


if __name__ == "__main__":
    sys.exit(main())
