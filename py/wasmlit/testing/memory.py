"""Memory figures of a page running a wasmlit app, for soak tests and
benchmarks (Chromium through Playwright; needs Playwright).

    track_blob_urls(page)                 # before page.goto(...)
    figures = memory_figures(page)        # between runs
    figures.js_heap, figures.dom_nodes, figures.listeners, figures.blob_urls,
    figures.wasm_memory, figures.python_objects
    settled_figures(page)                 # the same, once drawing is over
    count_collection_keys(page, "text")   # Map/Set keys containing "text"

Each call first collects garbage in the page (and in Python), so the figures
count what is still held, not what is merely not yet freed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import Page, Worker

# Counts the blob: URLs the page created and has not revoked.
_TRACK_BLOB_URLS = """
(() => {
  const live = new Set();
  const create = URL.createObjectURL.bind(URL);
  const revoke = URL.revokeObjectURL.bind(URL);
  URL.createObjectURL = (object) => { const url = create(object); live.add(url); return url; };
  URL.revokeObjectURL = (url) => { live.delete(url); return revoke(url); };
  window.wasmlitLiveBlobUrls = () => live.size;
})();
"""


@dataclass(frozen=True)
class MemoryFigures:
    js_heap: int  # bytes of the page's JS heap in use
    dom_nodes: int  # DOM nodes alive (in the document or detached but reachable)
    listeners: int  # JS event listeners
    blob_urls: int | None  # blob: URLs not revoked (None: not tracked)
    wasm_memory: int | None  # bytes of the worker's WebAssembly memory
    python_objects: int | None  # objects Python's garbage collector tracks

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def track_blob_urls(page: "Page") -> None:
    """Counts blob: URLs from the next navigation on (call before page.goto)."""
    page.add_init_script(_TRACK_BLOB_URLS)


def _app_worker(page: "Page") -> "Worker | None":
    for worker in page.workers:
        try:
            if worker.evaluate("typeof self.wasmlitStats === 'function'"):
                return worker
        except Exception:  # noqa: BLE001 - a worker that is gone or not ours
            continue
    return None


def memory_figures(page: "Page") -> MemoryFigures:
    """The page's memory figures now (call while no run is going)."""
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send("HeapProfiler.collectGarbage")
        heap = cdp.send("Runtime.getHeapUsage")
        counters = cdp.send("Memory.getDOMCounters")
    finally:
        cdp.detach()
    blob_urls = page.evaluate("typeof window.wasmlitLiveBlobUrls === 'function' ? window.wasmlitLiveBlobUrls() : null")
    worker = _app_worker(page)
    stats = worker.evaluate("self.wasmlitStats()") if worker is not None else {}
    return MemoryFigures(
        js_heap=int(heap["usedSize"]),
        dom_nodes=int(counters["nodes"]),
        listeners=int(counters["jsEventListeners"]),
        blob_urls=blob_urls,
        wasm_memory=stats.get("wasmMemory"),
        python_objects=stats.get("pythonObjects"),
    )


def settled_figures(page: "Page", attempts: int = 20) -> MemoryFigures:
    """memory_figures once two readings in a row agree on the DOM nodes and
    listeners (charts and images finish drawing after the run has ended)."""
    last = memory_figures(page)
    for _ in range(attempts):
        time.sleep(0.1)
        now = memory_figures(page)
        if (now.dom_nodes, now.listeners) == (last.dom_nodes, last.listeners):
            return now
        last = now
    return last


# Counts, over every Map and Set alive in the page, the keys (strings) that
# contain `this` text.
_COUNT_KEYS = """function (text) {
  let count = 0;
  for (const collection of this) {
    let keys;
    try {
      keys = collection.keys(); // throws for a prototype object (not a real Map or Set)
    } catch {
      continue;
    }
    for (const key of keys) if (typeof key === "string" && key.includes(text)) count += 1;
  }
  return count;
}"""


def count_collection_keys(page: "Page", text: str) -> int:
    """How many keys containing `text` the page's live Maps and Sets hold
    (e.g. the widget ids of widgets that are gone: per-widget records kept
    after the widget left leak one entry per run)."""
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send("HeapProfiler.collectGarbage")
        count = 0
        for prototype in ("Map.prototype", "Set.prototype"):
            found = cdp.send("Runtime.evaluate", {"expression": prototype, "objectGroup": "wasmlit-memory"})
            objects = cdp.send(
                "Runtime.queryObjects",
                {"prototypeObjectId": found["result"]["objectId"], "objectGroup": "wasmlit-memory"},
            )
            result = cdp.send(
                "Runtime.callFunctionOn",
                {
                    "objectId": objects["objects"]["objectId"],
                    "functionDeclaration": _COUNT_KEYS,
                    "arguments": [{"value": text}],
                    "returnByValue": True,
                },
            )
            if "exceptionDetails" in result:
                raise RuntimeError(f"counting keys failed: {result['exceptionDetails']}")
            count += int(result["result"]["value"])
        cdp.send("Runtime.releaseObjectGroup", {"objectGroup": "wasmlit-memory"})
    finally:
        cdp.detach()
    return count
