"""Booting from the memory snapshot the build made (worker/snapshot-boot.js), and
every way back to a normal boot: the snapshot missing, damaged or made for
other files, a browser without JSPI. After a snapshot boot each tab is its own
Python: its own random numbers and time zone, a working time.sleep and Stop.

Which way a worker booted is in the "wasmlit: boot timings {...}" line it logs
after the first run ("path": "snapshot" | "bytecode")."""

import gzip
import json
import re

import pytest
from conftest import click_and_wait, markdown, new_guarded_page, wait_app_in, wait_for_app, wait_idle
from playwright.sync_api import expect

APP = "tests/apps/boot_snapshot/app.py"
TIMINGS = "wasmlit: boot timings "
FALLBACK = "wasmlit: the memory snapshot could not be used, so Python starts normally"


def record_console(page):
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    return messages


def boot_paths(page, messages, count=1):
    """The boots' paths from their timings lines (logged right after each first run)."""
    for _ in range(200):
        lines = [m for m in messages if m.startswith(TIMINGS)]
        if len(lines) >= count:
            break
        page.wait_for_timeout(50)
    assert len(lines) == count, messages
    return [json.loads(line[len(TIMINGS):])["path"] for line in lines]


def boot_path(page, messages):
    return boot_paths(page, messages)[0]


def shown(page, prefix):
    """The text of the markdown line starting with `prefix`, without it."""
    texts = page.get_by_test_id("stMarkdown").all_text_contents()
    matches = [t.strip()[len(prefix):] for t in texts if t.strip().startswith(prefix)]
    assert len(matches) == 1, texts
    return matches[0]


def open_app(page, url):
    messages = record_console(page)
    page.goto(url)
    wait_for_app(page)
    return messages


def assert_app_works(page):
    click_and_wait(page, page.get_by_role("button", name="Increment"))
    expect(markdown(page, "count: 1")).to_have_count(1)


def test_boots_from_the_snapshot(page, serve_app):
    messages = open_app(page, serve_app(APP) + "/")
    assert boot_path(page, messages) == "snapshot"
    assert not [m for m in messages if m.startswith(FALLBACK)]
    assert_app_works(page)


# ---- a snapshot that cannot be used: the same worker boots normally -------------


def other_build(snapshot: bytes) -> bytes:
    """The snapshot as another Pyodide build would have made it (its build id differs)."""
    data = bytearray(gzip.decompress(snapshot))
    data[16:48] = bytes(32)
    return gzip.compress(bytes(data))


def other_runtime(snapshot: bytes) -> bytes:
    """The snapshot as a build with another wasmlit runtime would have made it."""
    data = gzip.decompress(snapshot)
    changed = re.sub(rb"wasmlit-runtime-[0-9a-f]{16}\.bin", b"wasmlit-runtime-0000000000000000.bin", data, count=1)
    assert changed != data
    return gzip.compress(changed)


def damaged(snapshot: bytes) -> bytes:
    """A few bytes changed in the middle (the gzip checksum no longer matches)."""
    data = bytearray(snapshot)
    middle = len(data) // 2
    data[middle:middle + 8] = bytes(b ^ 0xFF for b in data[middle:middle + 8])
    return bytes(data)


DAMAGE = {
    "missing": (None, "HTTP 404"),
    "corrupt": (damaged, ""),
    "truncated": (lambda body: body[: len(body) // 3], ""),
    "stale build": (other_build, "Snapshot build id mismatch"),
    "stale runtime": (other_runtime, "another wasmlit runtime"),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_an_unusable_snapshot_falls_back_to_a_normal_boot(page, serve_app, damage):
    change, reason = DAMAGE[damage]

    def serve(route):
        if change is None:
            route.fulfill(status=404, body="not found")
            return
        response = route.fetch()
        route.fulfill(response=response, body=change(response.body()))

    page.route("**/wasmlit-snapshot-*.bin", serve)
    messages = open_app(page, serve_app(APP) + "/")
    assert boot_path(page, messages) == "bytecode"
    warnings = [m for m in messages if m.startswith(FALLBACK)]
    assert len(warnings) == 1, messages
    assert reason in warnings[0]
    assert_app_works(page)


def test_a_browser_without_jspi_boots_normally(page, serve_app):
    """Without JSPI (Safari, older browsers) the snapshot cannot be used (Pyodide
    fixed how run_sync works when it was made): the worker boots from bytecode.
    Simulated by removing JSPI from the worker's global scope before it runs."""

    def without_jspi(route):
        response = route.fetch()
        body = "delete WebAssembly.Suspending; delete WebAssembly.promising;\n" + response.text()
        route.fulfill(response=response, body=body)

    page.route("**/assets/worker-*.js", without_jspi)
    messages = open_app(page, serve_app(APP) + "/")
    assert boot_path(page, messages) == "bytecode"
    assert any("no JSPI" in m for m in messages), messages
    assert not [m for m in messages if m.startswith(FALLBACK)]
    assert_app_works(page)
    click_and_wait(page, page.get_by_role("button", name="Sleep"))
    expect(markdown(page, "slept: True")).to_have_count(1)


def test_a_first_visit_on_a_slow_link_boots_normally_and_the_next_uses_the_snapshot(
        playwright, browser_type_launch_args, serve_app, tmp_path):
    """First-visit policy (docs/boot.md): where the browser calls the link slow,
    a first visit does not wait for the snapshot; it is fetched after the app
    runs, and the next visit restores it from the HTTP cache."""
    # A browser profile on disk, as a visitor's: its HTTP cache keeps the snapshot.
    # (A private window's cache is in memory and keeps no file over 6.25 MiB:
    # docs/boot.md, "The first visit".)
    context = playwright.chromium.launch_persistent_context(str(tmp_path / "profile"), **browser_type_launch_args)
    try:
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        # 300 ms round trips: navigator.connection.effectiveType is "3g".
        cdp.send("Network.emulateNetworkConditions",
                 {"offline": False, "latency": 300, "downloadThroughput": -1, "uploadThroughput": -1})
        snapshots = []
        page.on("request", lambda request: snapshots.append(request.url) if "wasmlit-snapshot-" in request.url else None)
        messages = open_app(page, serve_app(APP) + "/")
        assert page.evaluate("navigator.connection.effectiveType") == "3g"
        assert boot_path(page, messages) == "bytecode"
        assert any("the connection is slow (3g)" in m for m in messages), messages
        assert_app_works(page)
        # The snapshot was downloaded after the first run, into the HTTP cache.
        page.wait_for_function(
            """(url) => fetch(url, { cache: "only-if-cached", mode: "same-origin" }).then((r) => r.ok, () => false)""",
            arg=snapshots[0], timeout=60_000, polling=500)
        messages.clear()
        page.reload()
        wait_for_app(page)
        assert boot_path(page, messages) == "snapshot"
    finally:
        context.close()


# ---- each tab is its own Python ----------------------------------------------------


TABS = {"Asia/Tokyo": "ja-JP", "America/New_York": "en-US"}


@pytest.fixture(scope="module")
def tabs(browser, serve_app):
    """For each time zone, a tab booted from the snapshot and one booted normally."""
    url = serve_app(APP) + "/"
    opened, contexts = {}, []
    for zone, locale in TABS.items():
        context = browser.new_context(timezone_id=zone, locale=locale)
        contexts.append(context)
        for kind, query in (("snapshot", ""), ("normal", "?wasmlit_boot=no-snapshot")):
            page = context.new_page()
            messages = open_app(page, url + query)
            assert boot_path(page, messages) == ("snapshot" if kind == "snapshot" else "bytecode")
            opened[zone, kind] = page
    yield opened
    for context in contexts:
        context.close()


@pytest.mark.parametrize("zone", list(TABS))
def test_time_zone_after_a_snapshot_boot_is_the_browsers(tabs, zone):
    restored, normal = tabs[zone, "snapshot"], tabs[zone, "normal"]
    assert shown(restored, "context timezone: ") == zone
    # time's constants and local times as a normal boot in the same browser has them.
    for prefix in ("time zone: ", "local: "):
        assert shown(restored, prefix) == shown(normal, prefix)
    assert shown(restored, "time zone: ") != shown(tabs[next(z for z in TABS if z != zone), "snapshot"], "time zone: ")


def test_random_numbers_differ_between_tabs_booted_from_the_snapshot(tabs):
    numbers = [shown(tabs[zone, "snapshot"], "random: ") for zone in TABS]
    assert len(set(numbers)) == len(numbers), numbers


def test_time_sleep_and_stop_work_after_a_snapshot_boot(tabs):
    page = tabs["Asia/Tokyo", "snapshot"]
    assert page.evaluate("crossOriginIsolated") is True
    click_and_wait(page, page.get_by_role("button", name="Sleep"))
    expect(markdown(page, "slept: True")).to_have_count(1)
    # A CPU-bound loop is stopped in place through the interrupt buffer.
    page.get_by_role("button", name="Spin").click()
    expect(markdown(page, "spinning")).to_have_count(1)
    page.get_by_test_id("stStatusWidget").get_by_role("button", name="Stop").click()
    # Up to 15 s on a loaded machine; a stop that did not reach the loop would end in
    # a new worker after ISOLATED_STOP_GRACE_MS (8 s), and the check below sees that.
    wait_idle(page, timeout=15_000)
    expect(page.get_by_text("session's state was reset")).to_have_count(0)
    assert_app_works(page)


# ---- two apps on one page ----------------------------------------------------------

COUNTER = """
import streamlit as st
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.write(f"{NAME} runs {st.session_state.runs}")
"""


def test_two_apps_on_one_page_each_boot_from_the_snapshot(browser, browser_context_args, embed_site):
    page = new_guarded_page(browser, browser_context_args)
    messages = record_console(page)
    page.goto(embed_site + "api.html")
    page.wait_for_function("window.wasmlitLoaded === true")
    page.evaluate(
        """([one, two]) => {
          window.one = wasmlit.mount(document.getElementById("box"), { files: { "app.py": one } });
          window.two = wasmlit.mount(document.getElementById("box2"), { files: { "app.py": two } });
        }""",
        [COUNTER.replace("{NAME}", "first"), COUNTER.replace("{NAME}", "second")],
    )
    first, second = page.locator("#box"), page.locator("#box2")
    wait_app_in(first)
    wait_app_in(second)
    expect(markdown(first, "first runs 1")).to_be_visible()
    expect(markdown(second, "second runs 1")).to_be_visible()
    page.evaluate("one.rerun()")
    expect(markdown(first, "first runs 2")).to_be_visible(timeout=30_000)
    expect(markdown(second, "second runs 1")).to_be_visible()
    assert boot_paths(page, messages, count=2) == ["snapshot", "snapshot"]
    assert page.offsite_requests == []
    page.context.close()
