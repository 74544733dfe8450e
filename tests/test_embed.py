"""Apps embedded in a host page (dist/wasmlit.js from a sub-path): <wasmlit-app>
markup, several apps with their own sessions, the JS mount API, and CSS kept
apart between the host page and the apps."""

import pytest
from conftest import app_ready, markdown, new_guarded_page, wait_app_in
from playwright.sync_api import expect


@pytest.fixture(scope="module")
def two_apps(browser, browser_context_args, embed_site):
    page = new_guarded_page(browser, browser_context_args)
    page.goto(embed_site + "two-apps.html")
    wait_app_in(page.locator("#first"))
    wait_app_in(page.locator("#second"))
    yield page
    page.context.close()


def click_in(app, name):
    app.get_by_role("button", name=name).click()
    expect(app_ready(app)).to_have_count(1, timeout=30_000)


def test_two_apps_have_their_own_session_state(two_apps):
    first, second = two_apps.locator("#first"), two_apps.locator("#second")
    expect(markdown(first, "first count 0")).to_be_visible()
    expect(markdown(second, "second count 100")).to_be_visible()
    for _ in range(2):
        first.get_by_role("button", name="Add one").click()
        expect(first.locator("[data-test-script-state=running]")).to_have_count(0, timeout=30_000)
    expect(markdown(first, "first count 2")).to_be_visible(timeout=30_000)
    second.get_by_role("button", name="Add one").click()
    expect(markdown(second, "second count 101")).to_be_visible(timeout=30_000)
    expect(markdown(first, "first count 2")).to_be_visible()
    assert two_apps.offsite_requests == []


def test_each_app_has_its_own_worker(two_apps):
    workers = [w.url for w in two_apps.workers]
    # Sandboxed: each starts from a data: URL (an opaque origin; test_isolation.py).
    assert len([url for url in workers if url.startswith("data:text/javascript")]) == 2, workers


def test_the_apps_do_not_change_the_host_document(two_apps):
    assert two_apps.title() == "Host page"
    # Nothing of the renderer lands in the document: no stylesheet, no app DOM outside the hosts.
    assert two_apps.evaluate("document.querySelectorAll('link[rel=stylesheet], style').length") == 1
    assert two_apps.evaluate("document.adoptedStyleSheets.every(s => [...s.cssRules].every(r => r instanceof CSSFontFaceRule))")
    assert two_apps.evaluate("document.querySelectorAll('.stApp').length") == 0
    assert two_apps.locator(".stApp").count() == 2  # inside the two shadow roots


def test_host_css_stays_as_the_host_wrote_it(two_apps):
    style = lambda sel, prop: two_apps.locator(sel).evaluate(f"e => getComputedStyle(e).{prop}")
    assert style("#host-button", "backgroundColor") == "rgb(0, 128, 0)"
    assert style("#host-title", "color") == "rgb(0, 0, 255)"
    assert style("p.host", "color") == "rgb(1, 2, 3)"
    assert two_apps.evaluate("getComputedStyle(document.body).margin") == "8px"


def test_app_css_is_the_apps_own(two_apps):
    first = two_apps.locator("#first")
    title = first.locator("h1").first
    button = first.get_by_role("button", name="Add one")
    assert title.evaluate("e => getComputedStyle(e).color") != "rgb(0, 0, 255)"
    assert button.evaluate("e => getComputedStyle(e).backgroundColor") != "rgb(0, 128, 0)"
    assert button.evaluate("e => getComputedStyle(e).color") != "rgb(255, 255, 0)"
    # The renderer's variables apply inside the shadow root (a primary-coloured focus ring etc.).
    assert first.locator(".stApp").evaluate("e => getComputedStyle(e).getPropertyValue('--st-primary-color').trim()") == "#c53948"


def test_math_is_typeset_with_its_fonts_inside_the_app(two_apps):
    first = two_apps.locator("#first")
    katex = first.locator(".katex-html").first
    expect(katex).to_be_visible(timeout=30_000)
    # KaTeX's stylesheet is in the shadow root (its classes are styled), its fonts at document level.
    assert katex.evaluate("e => getComputedStyle(e.querySelector('.mord') || e).fontFamily").startswith("KaTeX")
    two_apps.wait_for_function("document.fonts.check('16px KaTeX_Main')", timeout=30_000)
    assert two_apps.offsite_requests == []
