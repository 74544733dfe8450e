"""<wasmlit-app editor>: edit -> Run / Ctrl+Enter reruns with st.session_state
kept, changed helper modules are imported anew, share links, and a docs page
whose playgrounds boot only when scrolled into view."""

import pytest
from conftest import markdown, new_guarded_page, wait_app_in
from playwright.sync_api import expect


@pytest.fixture(scope="module")
def playground(browser, browser_context_args, embed_site):
    page = new_guarded_page(browser, browser_context_args)
    page.goto(embed_site + "playground.html")
    wait_app_in(page.locator("#play"))
    yield page
    page.context.close()


def test_the_editor_shows_the_script_and_the_app_runs(playground):
    play = playground.locator("#play")
    expect(play.get_by_test_id("wasmlitEditorContent")).to_contain_text('st.session_state.setdefault("clicks", 0)')
    expect(play.locator(".cm-editor")).to_be_visible()
    expect(markdown(play, "version one, clicks 0, alpha")).to_be_visible()


def test_edit_and_ctrl_enter_rerun_keeps_session_state(playground):
    play = playground.locator("#play")
    play.get_by_role("button", name="Click").click()
    expect(markdown(play, "version one, clicks 1, alpha")).to_be_visible(timeout=30_000)
    content = play.get_by_test_id("wasmlitEditorContent")
    content.click()
    # Edit the last line by typing: "version one" -> "version two".
    playground.keyboard.press("Control+End")
    line = play.locator(".cm-line").filter(has_text="version one")
    line.click()
    playground.keyboard.press("End")
    code = content.inner_text()
    assert "version one" in code
    playground.evaluate(
        """() => { const el = document.getElementById("play");
                   el.controller.setText("app.py", el.controller.files()["app.py"].replace("version one", "version two")); }"""
    )
    content.click()
    playground.keyboard.press("Control+Enter")
    expect(markdown(play, "version two, clicks 1, alpha")).to_be_visible(timeout=30_000)


def test_run_button_after_typing_in_the_editor(playground):
    play = playground.locator("#play")
    play.locator(".cm-line").filter(has_text="version two").click()
    playground.keyboard.press("End")
    playground.keyboard.type('\nst.write("typed line")')
    play.get_by_test_id("wasmlitRunButton").click()
    expect(markdown(play, "typed line")).to_be_visible(timeout=30_000)
    expect(markdown(play, "version two, clicks 1, alpha")).to_be_visible()


def test_a_changed_helper_module_is_imported_anew(playground):
    play = playground.locator("#play")
    play.get_by_role("tab", name="words.py").click()
    expect(play.get_by_test_id("wasmlitEditorContent")).to_contain_text('return "alpha"')
    playground.evaluate(
        """() => document.getElementById("play").controller.setText("words.py", 'def word():\\n    return "beta"\\n')"""
    )
    play.get_by_test_id("wasmlitRunButton").click()
    expect(markdown(play, "version two, clicks 1, beta")).to_be_visible(timeout=30_000)


def test_a_syntax_error_is_shown_and_fixing_it_recovers(playground):
    play = playground.locator("#play")
    playground.evaluate(
        """() => { const c = document.getElementById("play").controller;
                   c.setText("app.py", c.files()["app.py"] + "\\nif True\\n"); }"""
    )
    play.get_by_test_id("wasmlitRunButton").click()
    expect(play.get_by_test_id("stErrorCodeBlock")).to_contain_text("SyntaxError", timeout=30_000)
    playground.evaluate(
        """() => { const c = document.getElementById("play").controller;
                   c.setText("app.py", c.files()["app.py"].replace("\\nif True\\n", "\\n")); }"""
    )
    play.get_by_test_id("wasmlitRunButton").click()
    expect(markdown(play, "version two, clicks 1, beta")).to_be_visible(timeout=30_000)
    expect(play.get_by_test_id("stErrorCodeBlock")).to_have_count(0)


def test_share_link_round_trip(playground, browser, browser_context_args):
    play = playground.locator("#play")
    play.get_by_test_id("wasmlitShareButton").click()
    link = play.get_by_test_id("wasmlitShareLink")
    expect(link).to_be_visible()
    url = link.input_value()
    assert "#wasmlit-play=" in url
    assert playground.url == url  # the page's own address carries it too
    other = new_guarded_page(browser, browser_context_args)
    try:
        other.goto(url)
        shared = other.locator("#play")
        # Someone else's code: shown in the editor, not run until the visitor clicks Run.
        gate = shared.get_by_test_id("wasmlitShareGate")
        expect(gate).to_be_visible(timeout=60_000)
        expect(gate).to_contain_text("This code came with the link you opened")
        expect(shared.get_by_test_id("wasmlitEditorContent")).to_contain_text('st.write("typed line")')
        assert other.workers == []
        expect(shared.get_by_test_id("stApp")).to_have_count(0)
        shared.get_by_test_id("wasmlitRunSharedButton").click()
        wait_app_in(shared)
        # The shared code, with the edited helper module, in a fresh session.
        expect(markdown(shared, "version two, clicks 0, beta")).to_be_visible()
        expect(markdown(shared, "typed line")).to_be_visible()
        other.evaluate("document.getElementById('play').controller.showFile('words.py')")
        expect(shared.get_by_test_id("wasmlitEditorContent")).to_contain_text('return "beta"')
        assert other.offsite_requests == []
    finally:
        other.context.close()
    assert playground.offsite_requests == []


# Counts the Python workers the page starts (window.__workersStarted), before any script of
# the page runs: embedded apps' workers are sandboxed, started from a data: URL (the page's
# short-lived decompression thread, worker/gunzip-thread.js, is not one of them).
COUNT_STARTED_WORKERS = """(() => {
  const Native = window.Worker;
  window.__workersStarted = 0;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      if (String(args[0]).startsWith("data:")) window.__workersStarted += 1;
    }
  };
})();"""


def test_docs_page_boots_playgrounds_only_when_scrolled_into_view(browser, browser_context_args, embed_site):
    page = new_guarded_page(browser, browser_context_args)
    try:
        page.set_viewport_size({"width": 1100, "height": 700})
        page.add_init_script(COUNT_STARTED_WORKERS)
        page.goto(embed_site + "docs-page.html")
        first, second, third = (page.locator(f"#{name}") for name in ("counter", "inputs", "modules"))
        wait_app_in(first)
        # Embedded apps' workers are sandboxed: started from a data: URL.
        worker_urls = lambda: [w.url for w in page.workers if w.url.startswith("data:text/javascript")]
        expect(third.get_by_test_id("wasmlitLazy")).to_be_visible()
        expect(second.get_by_test_id("wasmlitLazy")).to_be_visible()
        # The running app's worker, and at most one spare that starts Python
        # ahead for the next lazy playground (web/embed/spare-worker.js).
        assert len(worker_urls()) <= 2
        third.scroll_into_view_if_needed()
        wait_app_in(third)
        expect(third.get_by_test_id("stMetric")).to_contain_text("9")
        expect(second.get_by_test_id("wasmlitLazy")).to_be_visible()
        assert 2 <= len(worker_urls()) <= 3
        second.scroll_into_view_if_needed()
        wait_app_in(second)
        expect(markdown(second, "Hello, Ada!")).to_have_count(2)
        # No lazy playground is left, so no spare either: a spare is started when
        # an app is ready (web/embed/app-element.js); once the last one is, the
        # page has started no worker beyond the three apps'.
        page.evaluate("async () => { const app = await document.getElementById('inputs').ready; await app.ready; }")
        assert page.evaluate("window.__workersStarted") == 3
        assert len(worker_urls()) == 3
        assert page.offsite_requests == []
    finally:
        page.context.close()


HOST_READER = """import streamlit as st
import js
from pyodide.ffi import run_sync

try:
    response = run_sync(js.fetch(SECRET))
    st.write(f"shared read: {response.status} {run_sync(response.text())[:19]}")
except Exception as error:
    st.write(f"shared read refused: {type(error).__name__}")
"""


def shared_link_to(page, embed_site, host_page, code):
    """A share link of #play (on playground.html) with `code` as app.py, opening `host_page`."""
    secret = embed_site + "isolation-secret.txt"
    code = code.replace("SECRET", repr(secret))
    url = page.evaluate(
        """async (code) => { const c = document.getElementById("play").controller;
                             c.setText("app.py", code); return await c.share(); }""",
        code,
    )
    return url.replace("playground.html", host_page)


def test_shared_code_runs_in_the_sandbox_and_a_trusting_page_runs_it_at_once(
    playground, browser, browser_context_args, embed_site
):
    url = shared_link_to(playground, embed_site, "playground.html", HOST_READER)
    other = new_guarded_page(browser, browser_context_args)
    try:
        other.goto(url)
        shared = other.locator("#play")
        shared.get_by_test_id("wasmlitRunSharedButton").click()
        wait_app_in(shared)
        # Its Python cannot read the host's same-origin files.
        expect(markdown(shared, "shared read: 403 wasmlit: an embedde")).to_be_visible()
        assert other.evaluate("window.__xss") is None
    finally:
        other.context.close()
    # A page that trusts its share links (autorun-shared) runs them without a click.
    trusted = new_guarded_page(browser, browser_context_args)
    try:
        trusted.goto(url.replace("playground.html", "playground-trusted.html"))
        shared = trusted.locator("#play")
        wait_app_in(shared)
        expect(shared.get_by_test_id("wasmlitShareGate")).to_have_count(0)
        expect(markdown(shared, "shared read: 403 wasmlit: an embedde")).to_be_visible()
    finally:
        trusted.context.close()
