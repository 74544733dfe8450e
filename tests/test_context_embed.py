"""st.context from the browser, and Streamlit's ?embed=true URL options."""

import re

from conftest import markdown, wait_for_app, wait_idle
from playwright.sync_api import expect


def open_page(browser, serve_app, path, **context_args):
    ctx = browser.new_context(**context_args)
    page = ctx.new_page()
    page.goto(serve_app("tests/apps/context_embed") + path)
    wait_for_app(page)
    return ctx, page


def test_context_reports_the_browser(browser, serve_app):
    ctx, page = open_page(browser, serve_app, "/?x=1", timezone_id="Asia/Tokyo", locale="de-DE")
    try:
        expect(markdown(page, "tz: Asia/Tokyo")).to_have_count(1)
        expect(markdown(page, "offset: -540")).to_have_count(1)
        expect(markdown(page, "locale: de-DE")).to_have_count(1)
        expect(page.get_by_test_id("stMarkdown").filter(has_text="url:")).to_have_text(re.compile(r"url: http://127\.0\.0\.1:\d+/\s*$"))
        expect(markdown(page, "theme: light")).to_have_count(1)
        expect(markdown(page, "embedded: False")).to_have_count(1)
        expect(markdown(page, "headers: 0 cookies: 0")).to_have_count(1)
        expect(markdown(page, "params: x=1")).to_have_count(1)
        expect(page.get_by_test_id("stHeader")).to_have_count(1)
    finally:
        ctx.close()


def test_embed_true_hides_the_toolbar_and_the_embed_keys(browser, serve_app):
    ctx, page = open_page(browser, serve_app, "/?embed=true&x=2")
    try:
        expect(markdown(page, "embedded: True")).to_have_count(1)
        expect(markdown(page, "params: x=2")).to_have_count(1)
        # As in Streamlit 1.67 the header stays, empty: no toolbar, no main menu.
        expect(page.get_by_test_id("stHeader")).to_have_count(1)
        expect(page.get_by_test_id("stToolbar")).to_have_count(0)
        expect(page.get_by_test_id("stMainMenu")).to_have_count(0)
        expect(page.get_by_test_id("stApp")).to_have_attribute("data-embedded", "true")
    finally:
        ctx.close()
    ctx, page = open_page(browser, serve_app, "/?embed=true&embed_options=show_toolbar")
    try:
        expect(page.get_by_test_id("stHeader")).to_have_count(1)
        expect(page.get_by_test_id("stMainMenu")).to_have_count(1)
    finally:
        ctx.close()


def test_secrets_and_a_cached_function_in_the_browser(browser, serve_app):
    ctx, page = open_page(browser, serve_app, "/")
    try:
        expect(markdown(page, "secret: hello from secrets.toml")).to_have_count(1)
        expect(markdown(page, "square: 16 computed: 1")).to_have_count(1)
        page.get_by_test_id("stApp").press("r")  # a plain rerun: the cached value is used
        wait_idle(page)
        expect(markdown(page, "runs: 2")).to_have_count(1)
        expect(markdown(page, "square: 16 computed: 1")).to_have_count(1)
    finally:
        ctx.close()
