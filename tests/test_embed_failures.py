"""Every failure of an embedded app shows a clear message in its own box (never
a blank box), with what to do: a .wasm served with the wrong MIME type, the
runtime missing, the worker script missing, a worker crash while the app runs,
and bad markup. The other apps of the page keep working."""

import pytest
from conftest import markdown, new_guarded_page, wait_app_in
from playwright.sync_api import expect

SCRIPT = "import streamlit as st\nst.write('fine app')\n"


@pytest.fixture
def host(browser, browser_context_args, embed_site):
    page = new_guarded_page(browser, browser_context_args)
    page.goto(embed_site + "api.html")
    page.wait_for_function("window.wasmlitLoaded === true")
    yield page
    assert page.offsite_requests == []
    page.context.close()


def mount(page, box="box"):
    page.evaluate(
        "([box, code]) => { window.app = wasmlit.mount(document.getElementById(box), { files: { 'app.py': code } }); }",
        [box, SCRIPT],
    )
    return page.locator(f"#{box}")


def boot_error(box):
    error = box.get_by_test_id("stBootError")
    expect(error).to_be_visible(timeout=120_000)
    return error


def test_wasm_with_the_wrong_mime_type(host):
    def wrong_type(route):
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-type": "text/plain"})

    host.route("**/pyodide/*/pyodide.asm.wasm", wrong_type)
    error = boot_error(mount(host))
    expect(error).to_contain_text("WebAssembly")
    expect(error).to_contain_text("application/wasm")
    expect(error).to_contain_text("What to do")


def test_runtime_files_missing(host):
    # Both stdlib zips: the one a snapshot boot uses, and the one with bytecode its fallback uses.
    host.route("**/pyodide/*/*stdlib*.zip", lambda route: route.fulfill(status=404, body="not here"))
    error = boot_error(mount(host))
    expect(error).to_contain_text("standard library")
    expect(error).to_contain_text("What to do")


def test_worker_script_missing(host):
    host.route("**/assets/worker-*.js", lambda route: route.fulfill(status=404, body="not here"))
    error = boot_error(mount(host))
    expect(error).to_contain_text("worker")
    expect(error).to_contain_text("What to do")


CRASHING = """
import streamlit as st
st.session_state.setdefault("n", 0)
st.write(f"before the crash {st.session_state.n}")
if st.button("Crash"):
    import js
    js.eval("setTimeout(() => { throw new Error('worker boom') }, 0)")
"""


def test_worker_crash_while_running_offers_a_restart(host):
    host.evaluate(
        "(code) => { window.app = wasmlit.mount(document.getElementById('box'), { files: { 'app.py': code } }); }",
        CRASHING,
    )
    box = host.locator("#box")
    wait_app_in(box)
    box.get_by_role("button", name="Crash").click()
    crash = box.get_by_test_id("stRuntimeError")
    expect(crash).to_contain_text("The Python worker crashed", timeout=30_000)
    expect(crash).to_contain_text("worker boom")
    crash.get_by_role("button", name="Restart").click()
    wait_app_in(box)
    expect(markdown(box, "before the crash 0")).to_be_visible()
    expect(box.get_by_test_id("stRuntimeError")).to_have_count(0)


def test_markup_without_a_script_shows_a_message(host):
    host.evaluate(
        """() => { const el = document.createElement('wasmlit-app'); el.id = 'empty';
                   document.body.append(el); }"""
    )
    error = boot_error(host.locator("#empty"))
    expect(error).to_contain_text("has no app script")


def test_markup_src_missing_shows_a_message(host):
    host.evaluate(
        """() => { const el = document.createElement('wasmlit-app'); el.id = 'nosrc';
                   el.setAttribute('src', 'no-such-app.py'); document.body.append(el); }"""
    )
    error = boot_error(host.locator("#nosrc"))
    expect(error).to_contain_text("Could not download no-such-app.py")
    expect(error).to_contain_text("HTTP 404")
