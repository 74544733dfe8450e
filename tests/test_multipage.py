"""Multipage apps in the browser (issue #5): both styles, state across pages,
deep links, back/forward, query params through the address bar, page not found."""

import re

import pytest
from conftest import click_and_wait, markdown, wait_for_app, wait_idle
from playwright.sync_api import expect


def nav_link(page, title):
    return page.get_by_test_id("stSidebarNav").get_by_test_id("stSidebarNavLink").filter(has_text=title)


@pytest.fixture(scope="module")
def dir_app(open_app):
    return open_app("multipage_dir")


def test_pages_folder_nav_and_state_across_three_pages(dir_app):
    page = dir_app
    expect(page.get_by_test_id("stSidebarNavLink")).to_have_count(3)
    expect(page.get_by_test_id("stSidebarNavLink").nth(0)).to_contain_text("app")
    expect(page.get_by_test_id("stSidebarNavLink").nth(2)).to_contain_text("Third page")
    expect(page.get_by_test_id("stSidebarNavLink").nth(2)).to_contain_text("📊")
    click_and_wait(page, page.get_by_test_id("stButton").filter(has_text="Increment").locator("button"))
    click_and_wait(page, page.get_by_test_id("stButton").filter(has_text="Increment").locator("button"))
    expect(markdown(page, "Count = 2")).to_have_count(1)
    click_and_wait(page, nav_link(page, "Second"))
    expect(page.get_by_test_id("stHeading")).to_contain_text("Second")
    expect(page).to_have_url(re.compile(r"/Second$"))
    expect(markdown(page, "Count = 2")).to_have_count(1)
    click_and_wait(page, nav_link(page, "Third page"))
    expect(page.get_by_test_id("stHeading")).to_contain_text("Third")
    expect(page).to_have_url(re.compile(r"/Third_page$"))
    expect(markdown(page, "Count = 2")).to_have_count(1)
    expect(nav_link(page, "Third page")).to_have_attribute("aria-current", "page")
    assert page.title() == "Third page"


def test_back_and_forward_switch_pages(dir_app):
    page = dir_app
    page.go_back()
    expect(page.get_by_test_id("stHeading")).to_contain_text("Second")
    wait_idle(page)
    page.go_back()
    expect(page.get_by_test_id("stHeading")).to_contain_text("Home")
    wait_idle(page)
    page.go_forward()
    expect(page.get_by_test_id("stHeading")).to_contain_text("Second")
    wait_idle(page)


def test_switch_page_and_page_link(dir_app):
    page = dir_app
    click_and_wait(page, page.get_by_test_id("stButton").filter(has_text="Switch to home").locator("button"))
    expect(page.get_by_test_id("stHeading")).to_contain_text("Home")
    expect(page).to_have_url(re.compile(r"/$"))
    link = page.get_by_test_id("stPageLink-NavLink").filter(has_text="Go to three")
    expect(link).to_have_attribute("href", re.compile(r"/Third_page$"))
    click_and_wait(page, link)
    expect(page.get_by_test_id("stHeading")).to_contain_text("Third")
    assert page.errors == [] and page.offsite_requests == []


def test_deep_link_and_query_params_from_the_address_bar(browser, serve_app):
    ctx = browser.new_context()
    page = ctx.new_page()
    try:
        page.goto(serve_app("tests/apps/multipage_dir") + "/Third_page?a=1&b=2&b=3")
        wait_for_app(page)
        expect(page.get_by_test_id("stHeading")).to_contain_text("Third")
        expect(page.get_by_test_id("stSidebarNavLink").filter(has_text="Third page")).to_have_attribute("aria-current", "page")
        expect(markdown(page, "Count = missing")).to_have_count(1)
        expect(page.get_by_test_id("stJson")).to_contain_text('"b"')
        expect(page.get_by_test_id("stJson")).to_contain_text('"3"')
    finally:
        ctx.close()


def test_unknown_page_shows_page_not_found_and_runs_the_main_page(browser, serve_app):
    ctx = browser.new_context()
    page = ctx.new_page()
    try:
        page.goto(serve_app("tests/apps/multipage_dir") + "/nope")
        wait_for_app(page)
        dialog = page.get_by_role("dialog", name="Page not found")
        expect(dialog).to_contain_text("You have requested page /nope")
        expect(page.get_by_test_id("stHeading")).to_contain_text("Home")
        expect(page).to_have_url(re.compile(r"/$"))
    finally:
        ctx.close()


@pytest.fixture(scope="module")
def nav_app(open_app):
    return open_app("multipage_nav")


def test_navigation_sections_and_state_across_pages(nav_app):
    page = nav_app
    nav = page.get_by_test_id("stSidebarNav")
    expect(nav.get_by_test_id("stNavSectionHeader")).to_have_text(["Main", "Data"])
    expect(nav.get_by_test_id("stSidebarNavLink")).to_have_count(3)
    expect(page.get_by_test_id("stSidebar")).to_contain_text("Sidebar of every page")
    click_and_wait(page, page.get_by_test_id("stButton").filter(has_text="Increment").locator("button"))
    click_and_wait(page, nav_link(page, "settings"))
    expect(page).to_have_url(re.compile(r"/settings$"))
    expect(markdown(page, "Count = 1")).to_have_count(1)
    click_and_wait(page, nav_link(page, "Reports"))
    expect(page).to_have_url(re.compile(r"/reports$"))
    expect(markdown(page, "Count = 1")).to_have_count(1)


def test_query_params_round_trip_through_the_address_bar(nav_app):
    page = nav_app
    click_and_wait(page, page.get_by_test_id("stButton").filter(has_text="Set query").locator("button"))
    expect(page).to_have_url(re.compile(r"/reports\?tab=b&x=1&x=2$"))
    expect(markdown(page, "All x: 1, 2")).to_have_count(1)
    page.reload()
    wait_for_app(page)
    expect(page.get_by_test_id("stHeading")).to_contain_text("Reports")
    expect(page.get_by_test_id("stJson")).to_contain_text('"tab"')


def test_switch_page_with_query_params(nav_app):
    page = nav_app
    click_and_wait(page, nav_link(page, "Home"))
    expect(page).to_have_url(re.compile(r"/$"))
    click_and_wait(page, page.get_by_test_id("stButton").filter(has_text="To reports").locator("button"))
    expect(page).to_have_url(re.compile(r"/reports\?from=home$"))
    expect(page.get_by_test_id("stJson")).to_contain_text('"from"')
    assert page.errors == [] and page.offsite_requests == []


@pytest.fixture(scope="module")
def static_multipage(built_site, tmp_path_factory):
    """multipage_dir built as a static site and served by `python -m http.server`
    from a sub-path (/docs/app/), as on GitHub Pages. Yields its URL."""
    import subprocess

    from conftest import ROOT, static_server

    root = tmp_path_factory.mktemp("static-multipage")
    out = root / "docs" / "app"
    subprocess.run(["node", str(ROOT / "cli" / "wasmlit.js"), "build", str(ROOT / "tests" / "apps" / "multipage_dir"),
                    "--out", str(out)], cwd=ROOT, check=True, capture_output=True)
    with static_server(root) as base:
        yield base + "docs/app/"


def test_static_host_deep_link_reload_and_navigation_from_a_sub_path(browser, static_multipage):
    ctx = browser.new_context()
    page = ctx.new_page()
    try:
        page.goto(static_multipage + "Third_page/")
        wait_for_app(page)
        expect(page.get_by_test_id("stHeading")).to_contain_text("Third")
        click_and_wait(page, nav_link(page, "Second"))
        expect(page).to_have_url(static_multipage + "Second")
        page.reload()  # the static server redirects /Second to /Second/, the page's copy
        wait_for_app(page)
        expect(page.get_by_test_id("stHeading")).to_contain_text("Second")
        click_and_wait(page, nav_link(page, "app"))
        expect(page).to_have_url(static_multipage)
        expect(page.get_by_test_id("stHeading")).to_contain_text("Home")
    finally:
        ctx.close()
