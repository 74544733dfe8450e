"""Long sessions stay flat (tests/apps/soak, ~200 elements): after a warm-up,
30 more reruns leave the page with the same DOM nodes, event listeners and
live blob: URLs, the worker with the same WebAssembly memory and the same
number of Python objects (the app's st.cache_data(max_entries=5) fills past
its limit every run), no Map or Set in the page keeps the ids of widgets that
are gone (one widget gets a new key every run, in and out of a fragment), and
the JS heap grows by no more than what the browser's compiled code takes.

Every figure is taken after a garbage collection, at runs 10 apart (the app's
charts repeat every 10 runs, so the same runs show the same nodes). The bench
(`npm run bench`, (n)) prints the same figures at reruns 50 and 300."""

import pytest
from conftest import APPS, wait_idle
from wasmlit.testing.browser import wait_for_app
from wasmlit.testing.memory import count_collection_keys, settled_figures, track_blob_urls

WARM_UP = 10
RERUNS = 30  # after the warm-up; a multiple of 10
# What V8's compiled code and the browser's own bounded buffers (performance
# timeline, DevTools network records) add over 30 reruns is about 1-2 MB; a
# chart view or a run's elements kept per rerun add more than 100 KB each.
JS_HEAP_SLACK = 4 * 1024 * 1024


# Clicks Rerun `times` times, each once the last run is over and drawn.
RERUNS_IN_PAGE = """async (times) => {
  const app = document.querySelector("[data-testid=stApp]");
  const idle = () => new Promise((resolve) => {
    if (app.getAttribute("data-test-script-state") === "notRunning") return resolve();
    const observer = new MutationObserver(() => {
      if (app.getAttribute("data-test-script-state") !== "notRunning") return;
      observer.disconnect();
      resolve();
    });
    observer.observe(app, { attributes: true, attributeFilter: ["data-test-script-state"] });
  });
  for (let i = 0; i < times; i++) {
    const button = [...document.querySelectorAll("[data-testid=stButton] button")].find((b) => b.textContent === "Rerun");
    button.click(); // sets "running" at once
    await idle();
  }
}"""


def rerun(page, times):
    page.evaluate(RERUNS_IN_PAGE, times)
    wait_idle(page)


@pytest.fixture(scope="module")
def soak(browser, browser_context_args, serve_app):
    """(figures after the warm-up, figures after RERUNS more, keys then, keys now, page errors, elements)."""
    context = browser.new_context(**browser_context_args)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    track_blob_urls(page)
    page.goto(serve_app(APPS / "soak" / "app.py") + "/")
    wait_for_app(page)
    rerun(page, WARM_UP)
    before, keys_before = settled_figures(page), count_collection_keys(page, "changing")
    rerun(page, RERUNS)
    after, keys_after = settled_figures(page), count_collection_keys(page, "changing")
    assert page.get_by_test_id("stHeading").filter(has_text=f"Soak run {1 + WARM_UP + RERUNS}").count() == 1
    print(f"\nsoak: after {WARM_UP} reruns {before}\n      after {WARM_UP + RERUNS} reruns {after}")
    elements = page.get_by_test_id("stElementContainer").count()
    yield before, after, keys_before, keys_after, errors, elements
    context.close()


def test_the_app_has_about_200_elements(soak):
    *_, elements = soak
    assert elements >= 190


def test_dom_nodes_and_listeners_stay_flat(soak):
    before, after, *_ = soak
    assert after.dom_nodes == before.dom_nodes
    assert after.listeners == before.listeners


def test_blob_urls_are_revoked(soak):
    before, after, *_ = soak
    # The image on the page holds one; every earlier run's is revoked.
    assert before.blob_urls == after.blob_urls == 1


def test_wasm_memory_and_python_objects_stay_flat(soak):
    before, after, *_ = soak
    assert after.wasm_memory == before.wasm_memory
    assert after.python_objects == before.python_objects


def test_no_record_of_gone_widgets_is_kept(soak):
    _, _, keys_before, keys_after, *_ = soak
    assert keys_before > 0  # the live widgets' own records are found
    assert keys_after == keys_before


def test_js_heap_stays_flat(soak):
    before, after, *_ = soak
    assert after.js_heap - before.js_heap < JS_HEAP_SLACK


def test_no_page_errors(soak):
    errors = soak[4]
    assert errors == []
