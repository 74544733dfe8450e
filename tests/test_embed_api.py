"""The JS API of dist/wasmlit.js: mount / rerun / writeFile / readFile / unmount,
boot progress events, and the errors shown in the app's box."""

import json
import re
import time

import pytest
from conftest import markdown, new_guarded_page, wait_app_in
from playwright.sync_api import expect

COUNTER = """
import streamlit as st
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.write(f"runs {st.session_state.runs}")
"""


@pytest.fixture(scope="module")
def api_page(browser, browser_context_args, embed_site):
    page = new_guarded_page(browser, browser_context_args)
    page.goto(embed_site + "api.html")
    page.wait_for_function("window.wasmlitLoaded === true")
    yield page
    page.context.close()


def test_mount_reports_progress_and_runs_the_app(api_page):
    api_page.evaluate(
        """(code) => {
          window.phases = [];
          window.app = wasmlit.mount(document.getElementById("box"), { files: { "app.py": code } });
          app.on("progress", (p) => phases.push(p.phase));
          window.readyInfo = null;
          app.ready.then((info) => { window.readyInfo = info; });
        }""",
        COUNTER,
    )
    box = api_page.locator("#box")
    wait_app_in(box)
    expect(markdown(box, "runs 1")).to_be_visible()
    phases = api_page.evaluate("window.phases")
    assert phases[0] == "runtime" and "python" in phases and phases[-1] == "app", phases
    assert api_page.evaluate("window.readyInfo.pythonVersion").startswith("3.")


def test_rerun_keeps_session_state(api_page):
    box = api_page.locator("#box")
    api_page.evaluate("app.rerun()")
    expect(markdown(box, "runs 2")).to_be_visible(timeout=30_000)


def test_write_file_then_rerun_runs_the_new_code_with_the_same_state(api_page):
    box = api_page.locator("#box")
    api_page.evaluate(
        """async () => {
          await app.writeFile("app.py", 'import streamlit as st\\nst.session_state.runs += 10\\nst.write(f"new code {st.session_state.runs}")\\n');
          app.rerun();
        }"""
    )
    expect(markdown(box, "new code 12")).to_be_visible(timeout=30_000)


def test_read_file(api_page):
    text = api_page.evaluate("app.readFile('app.py', { encoding: 'utf-8' })")
    assert "new code" in text
    message = api_page.evaluate("app.readFile('missing.py').then(() => 'found', (e) => e.message)")
    assert message.startswith("Could not read the file"), message


def test_unmount_ends_the_worker_and_clears_the_box(api_page):
    workers_before = len(api_page.workers)
    closed = []
    for worker in api_page.workers:
        worker.once("close", lambda closing: closed.append(closing))
    api_page.evaluate("app.unmount()")
    box = api_page.locator("#box")
    expect(box.locator(".stApp")).to_have_count(0)
    # Wait for the worker's close event: Playwright delivers it while it has
    # control, so hand it control in short steps until the event is in.
    deadline = time.monotonic() + 30
    while not closed and time.monotonic() < deadline:
        api_page.wait_for_timeout(20)
    assert len(closed) == 1, "unmount must end exactly the app's worker"
    assert len(api_page.workers) == workers_before - 1
    assert api_page.evaluate("app.state") == "unmounted"


def test_mount_again_in_the_same_element_starts_a_fresh_session(api_page):
    api_page.evaluate("(code) => { window.app = wasmlit.mount(document.getElementById('box'), { files: { 'app.py': code } }); }", COUNTER)
    box = api_page.locator("#box")
    wait_app_in(box)
    expect(markdown(box, "runs 1")).to_be_visible()
    assert api_page.offsite_requests == []


def test_bad_options_throw_a_clear_error(api_page):
    message = api_page.evaluate(
        "() => { try { wasmlit.mount(document.getElementById('box2'), { files: { 'data.csv': 'a,b' } }); return 'mounted'; } catch (e) { return e.message; } }"
    )
    assert "no app script" in message


def test_a_syntax_error_in_the_script_is_shown_in_the_app(api_page):
    # As Streamlit 1.67 shows it: the "Script execution error" dialog (kept
    # inside the app's box), and data-test-script-state="compilationError".
    api_page.evaluate("() => { window.broken = wasmlit.mount(document.getElementById('box2'), { files: { 'app.py': 'import streamlit as st\\nst.write(\"ok\"\\n' } }); }")
    box = api_page.locator("#box2")
    expect(box.locator("[data-testid=stApp][data-test-script-state=compilationError]")).to_have_count(1, timeout=120_000)
    dialog = box.get_by_test_id("stDialog")
    expect(dialog.get_by_role("heading")).to_have_text("Script execution error")
    expect(dialog.get_by_test_id("stErrorCodeBlock")).to_contain_text("SyntaxError: '(' was never closed")
    expect(box.get_by_test_id("stException")).to_have_count(0)
    api_page.evaluate("broken.unmount()")


def test_a_compile_error_keeps_the_page_and_state_and_a_fix_recovers(api_page):
    box = api_page.locator("#box")
    shown = box.get_by_test_id("stMarkdown").last.inner_text()
    assert shown
    api_page.evaluate(
        """async () => {
          await app.writeFile("app.py", 'import streamlit as st\\nst.write("oops"\\n');
          app.rerun();
        }"""
    )
    stapp = box.locator("[data-testid=stApp]")
    expect(stapp).to_have_attribute("data-test-script-state", "compilationError", timeout=30_000)
    expect(box.get_by_test_id("stErrorCodeBlock")).to_have_text(
        re.compile(r'^File "[^"]*app\.py", line 2\n  st\.write\("oops"\n {10}\^\nSyntaxError: \'\(\' was never closed$')
    )
    # What the last good run showed stays.
    expect(markdown(box, shown)).to_be_visible()
    box.get_by_test_id("stDialog").get_by_role("button", name="Close", exact=True).last.click()
    expect(box.get_by_test_id("stDialog")).to_have_count(0)
    api_page.evaluate(
        """async () => {
          await app.writeFile("app.py", 'import streamlit as st\\nst.write(f"fixed {st.session_state.runs}")\\n');
          app.rerun();
        }"""
    )
    # The session (its st.session_state.runs) survived the compile error.
    expect(box.get_by_test_id("stMarkdown")).to_contain_text("fixed ", timeout=30_000)
    runs = int(box.get_by_test_id("stMarkdown").inner_text().removeprefix("fixed "))
    assert runs >= 1
    expect(stapp).to_have_attribute("data-test-script-state", "notRunning")


def test_a_missing_package_is_shown_with_what_to_do(api_page):
    api_page.evaluate(
        """() => { window.missing = wasmlit.mount(document.getElementById('box2'),
             { files: { 'app.py': 'import streamlit as st' }, requirements: ['wasmlit-no-such-package-xyz'] }); }"""
    )
    error = api_page.locator("#box2").get_by_test_id("stBootError")
    expect(error).to_be_visible(timeout=120_000)
    expect(error).to_contain_text("wasmlit-no-such-package-xyz")
    expect(error).to_contain_text("What to do")
    api_page.evaluate("missing.unmount()")
    # No package index is configured: micropip looked nowhere outside the site.
    assert api_page.offsite_requests == []


@pytest.mark.parametrize("same_origin", [False, True])
def test_later_apps_do_not_download_the_wasm_again(api_page, same_origin):
    """Pyodide's wasm is downloaded once per page. A sandboxed app's worker gets
    it from the page, which keeps it (and a Cache Storage copy); a same-origin
    worker reads the HTTP cache, or where that does not keep a file this big
    (private windows, and pages Playwright routes) the Cache Storage copy. Either
    way no new request for it reaches the network, and the later worker's
    Resource Timing (in its boot timings) shows no bytes for it."""
    def wasm_requests():
        return [u for u in api_page.requests if u.endswith("pyodide.asm.wasm")]

    if same_origin:
        # A same-origin app first, so that a same-origin worker has put the copy into Cache Storage.
        api_page.evaluate(
            "(code) => { window.first = wasmlit.mount(document.getElementById('box2'), { files: { 'app.py': code }, sameOrigin: true }); }",
            "import streamlit as st\nst.write('first same-origin app')\n",
        )
        wait_app_in(api_page.locator("#box2"))
        api_page.evaluate("first.unmount()")
    before = wasm_requests()
    assert before, "an earlier app downloaded the wasm"
    cached = api_page.evaluate("caches.keys()")
    assert any(name.startswith("wasmlit-pyodide-") for name in cached), cached
    timings = []
    api_page.on("console", lambda m: timings.append(m.text) if m.text.startswith("wasmlit: boot timings ") else None)
    # The boot logs its timings right after the first run: wait for that line.
    with api_page.expect_console_message(lambda m: m.text.startswith("wasmlit: boot timings "), timeout=120_000):
        api_page.evaluate(
            "([code, sameOrigin]) => { window.later = wasmlit.mount(document.getElementById('box2'), { files: { 'app.py': code }, sameOrigin }); }",
            ["import streamlit as st\nst.write('later app')\n", same_origin],
        )
    box = api_page.locator("#box2")
    wait_app_in(box)
    expect(markdown(box, "later app")).to_be_visible()
    assert len(timings) == 1, timings
    wasm = json.loads(timings[0].removeprefix("wasmlit: boot timings "))["downloads"].get("pyodide.asm.wasm")
    assert wasm is None or wasm["bytes"] == 0, wasm
    # The only-if-cached probe of a same-origin worker is a request too, answered without a download.
    new = wasm_requests()[len(before):]
    assert len(new) <= (1 if same_origin else 0), new
    api_page.evaluate("later.unmount()")


def test_the_page_decompresses_the_snapshot_once_for_its_sandboxed_apps(browser, browser_context_args, embed_site):
    """A sandboxed app's worker reads the site's files through the page. The page
    inflates the snapshot and the runtime archive on a thread of its own and keeps
    the bytes: both apps restore Python from the snapshot, and the second one
    makes the page decompress nothing (no new decompression thread)."""
    timings = "wasmlit: boot timings "
    page = new_guarded_page(browser, browser_context_args)
    try:
        threads, reports = [], []
        page.on("worker", lambda worker: threads.append(worker.url) if "gunzip-thread" in worker.url else None)
        page.on("console", lambda m: reports.append(json.loads(m.text.removeprefix(timings))) if m.text.startswith(timings) else None)
        page.goto(embed_site + "api.html")
        page.wait_for_function("window.wasmlitLoaded === true")
        counts = []
        for number, box in enumerate(["box", "box2"]):
            with page.expect_console_message(lambda m: m.text.startswith(timings), timeout=120_000):
                page.evaluate(
                    "([id, code]) => { wasmlit.mount(document.getElementById(id), { files: { 'app.py': code } }); }",
                    [box, f"import streamlit as st\nst.write('app {number}')\n"],
                )
            expect(markdown(page.locator(f"#{box}"), f"app {number}")).to_be_visible(timeout=60_000)
            counts.append(len(threads))
        assert [report["path"] for report in reports] == ["snapshot", "snapshot"], reports
        assert counts[0] >= 1 and counts[1] == counts[0], threads
        # The first app's worker compiled the wasm itself; the page compiled it
        # for the second, which instantiated that module (worker/shared-wasm.js),
        # unless the page's compile was not done in time.
        assert "wasm" not in reports[0], reports[0]
        assert reports[1].get("wasm") in ("page", None), reports[1]
        assert page.offsite_requests == []
    finally:
        page.context.close()


def test_later_sandboxed_apps_instantiate_the_wasm_the_page_compiled(browser, browser_context_args, embed_site):
    """The page compiles Pyodide's wasm once for the sandboxed apps after its first
    (they get no compiled-code cache) and posts the module; a later app that
    boots once the module is ready instantiates it instead of compiling."""
    timings = "wasmlit: boot timings "
    page = new_guarded_page(browser, browser_context_args)
    try:
        reports = []
        page.on("console", lambda m: reports.append(json.loads(m.text.removeprefix(timings))) if m.text.startswith(timings) else None)
        page.goto(embed_site + "api.html")
        page.wait_for_function("window.wasmlitLoaded === true")
        for number in range(3):
            box = "box" if number % 2 == 0 else "box2"
            with page.expect_console_message(lambda m: m.text.startswith(timings), timeout=120_000):
                page.evaluate(
                    "([id, code]) => { window.shown?.[id]?.unmount(); window.shown = window.shown ?? {};"
                    " window.shown[id] = wasmlit.mount(document.getElementById(id), { files: { 'app.py': code } }); }",
                    [box, f"import streamlit as st\nst.write('app {number}')\n"],
                )
            expect(markdown(page.locator(f"#{box}"), f"app {number}")).to_be_visible(timeout=60_000)
        assert "wasm" not in reports[0], reports[0]
        # By the third app the page's compile (started for the second) is long done.
        assert reports[2].get("wasm") == "page", reports
        assert all(report["path"] == "snapshot" for report in reports), reports
        page.locator("#box").get_by_role("button").count()  # the app is alive
        assert page.offsite_requests == []
    finally:
        page.context.close()
