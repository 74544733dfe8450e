"""The app's chrome as in Streamlit 1.67: the header, the main menu and what its
items do, the status widget, the sidebar's collapse and expand buttons, and
what ?embed=true and client.toolbarMode hide."""

import re

from conftest import markdown, wait_for_app, wait_idle
from playwright.sync_api import expect

APP = "tests/apps/chrome"


def open_page(browser, serve_app, path="/", *cli_args, **context_args):
    ctx = browser.new_context(**{"viewport": {"width": 1280, "height": 800}, **context_args})
    page = ctx.new_page()
    page.goto(serve_app(APP, *cli_args) + path)
    wait_for_app(page)
    return ctx, page


def open_menu(page):
    page.get_by_test_id("stMainMenuButton").click()
    popover = page.get_by_test_id("stMainMenuPopover")
    expect(popover).to_be_visible()
    return popover


def test_header_toolbar_and_main_menu(browser, serve_app):
    ctx, page = open_page(browser, serve_app)
    try:
        header = page.get_by_test_id("stHeader")
        expect(header).to_have_count(1)
        expect(header.get_by_test_id("stToolbar")).to_have_count(1)
        expect(header.get_by_test_id("stToolbarActions")).to_have_count(1)
        menu = header.get_by_test_id("stMainMenu")
        expect(menu).to_have_attribute("id", "MainMenu")
        button = menu.get_by_test_id("stMainMenuButton")
        expect(button).to_have_attribute("aria-label", "Main menu")
        expect(button).to_have_attribute("aria-haspopup", "menu")
        expect(button).to_have_attribute("aria-expanded", "false")
        # No "Deploy": there is no server to deploy from.
        expect(page.get_by_test_id("stAppDeployButton")).to_have_count(0)
        # Not running: no status widget.
        expect(page.get_by_test_id("stStatusWidget")).to_have_count(0)

        popover = open_menu(page)
        expect(button).to_have_attribute("aria-expanded", "true")
        items = popover.locator("[data-testid^=stMainMenuItem-]")
        # Served from 127.0.0.1 with toolbarMode "auto": the developer's items too.
        expect(items).to_have_count(6)
        ids = [items.nth(i).get_attribute("data-testid") for i in range(6)]
        assert ids == [
            "stMainMenuItem-theme-System", "stMainMenuItem-theme-Light", "stMainMenuItem-theme-Dark",
            "stMainMenuItem-rerun", "stMainMenuItem-clearCache", "stMainMenuItem-print",
        ]
        expect(popover.get_by_test_id("stMainMenuList")).to_have_attribute("role", "menu")
        expect(popover.get_by_test_id("stThemeSwitcher").get_by_role("menuitemradio")).to_have_text(["System", "Light", "Dark"])
        expect(popover.get_by_test_id("stMainMenuItemLabel")).to_have_text(["Rerun", "Clear cache", "Print"])
        expect(popover.get_by_test_id("stMainMenuItem-rerun").locator("kbd")).to_have_text("R")
        expect(popover.get_by_test_id("stMainMenuItem-clearCache").locator("kbd")).to_have_text("C")
        expect(popover.get_by_test_id("stMainMenuDivider")).to_have_count(3)
        expect(popover).to_contain_text(re.compile(r"Made with wasmlit v\d+\.\d+\.\d+"))
        expect(popover).to_contain_text(re.compile(r"Pyodide \d+\.\d+"))
        # The first item has the focus; the arrow keys move it; Escape closes the menu.
        expect(popover.get_by_test_id("stMainMenuItem-theme-System")).to_be_focused()
        page.keyboard.press("ArrowUp")
        expect(popover.get_by_test_id("stMainMenuItem-print")).to_be_focused()
        page.keyboard.press("Escape")
        expect(popover).to_have_count(0)
        expect(button).to_be_focused()
        # A click outside closes it too.
        open_menu(page)
        page.get_by_test_id("stMain").click(position={"x": 5, "y": 400})
        expect(page.get_by_test_id("stMainMenuPopover")).to_have_count(0)
    finally:
        ctx.close()


def test_rerun_and_clear_cache_from_the_menu(browser, serve_app):
    ctx, page = open_page(browser, serve_app)
    try:
        expect(markdown(page, "runs: 1")).to_have_count(1)
        expect(markdown(page, "computed: 1")).to_have_count(1)
        open_menu(page).get_by_test_id("stMainMenuItem-rerun").click()
        wait_idle(page)
        expect(markdown(page, "runs: 2")).to_have_count(1)
        expect(page.get_by_test_id("stMainMenuPopover")).to_have_count(0)
        # Still cached.
        expect(markdown(page, "computed: 1")).to_have_count(1)

        open_menu(page).get_by_test_id("stMainMenuItem-clearCache").click()
        dialog = page.get_by_test_id("stClearCacheDialog")
        expect(dialog).to_be_visible()
        expect(dialog.get_by_role("heading")).to_have_text("Clear caches")
        expect(dialog).to_contain_text("Are you sure you want to clear the app's function caches?")
        dialog.get_by_role("button", name="Cancel").click()
        expect(dialog).to_have_count(0)

        # "c" opens the same dialog (the developer's shortcut); confirming empties the caches.
        page.get_by_test_id("stMain").click(position={"x": 5, "y": 400})
        page.keyboard.press("c")
        expect(dialog).to_be_visible()
        dialog.get_by_role("button", name="Clear caches").click()
        expect(dialog).to_have_count(0)
        page.keyboard.press("r")
        wait_idle(page)
        expect(markdown(page, "runs: 3")).to_have_count(1)
        expect(markdown(page, "computed: 2")).to_have_count(1)
    finally:
        ctx.close()


def test_status_widget_while_a_run_lasts(browser, serve_app):
    ctx, page = open_page(browser, serve_app)
    try:
        page.get_by_role("button", name="Slow").click()
        widget = page.get_by_test_id("stHeader").get_by_test_id("stStatusWidget")
        expect(widget).to_be_visible()
        expect(widget.get_by_test_id("stStatusWidgetRunningIcon")).to_have_attribute("aria-label", "Running...")
        stop = widget.get_by_role("button", name="Stop")
        expect(stop).to_have_attribute("data-testid", "stBaseButton-header")
        expect(widget).to_have_text("Stop")
        wait_idle(page)
        expect(widget).to_have_count(0)
    finally:
        ctx.close()


def test_sidebar_collapse_and_expand_kept_across_reloads(browser, serve_app):
    ctx, page = open_page(browser, serve_app)
    try:
        sidebar = page.get_by_test_id("stSidebar")
        expect(sidebar).to_have_attribute("data-collapsed", "false")
        collapse = page.get_by_test_id("stSidebarCollapseButton").locator("button")
        expect(collapse).to_have_attribute("aria-label", "Collapse sidebar")
        # As in Streamlit, the collapse button shows while the pointer is over the sidebar.
        expect(collapse).not_to_be_visible()
        sidebar.hover()
        expect(collapse).to_be_visible()
        collapse.click()
        expect(sidebar).to_have_attribute("data-collapsed", "true")
        expand = page.get_by_test_id("stHeader").get_by_test_id("stExpandSidebarButton")
        expect(expand).to_be_visible()
        expect(expand).to_have_attribute("aria-label", "Expand sidebar")
        expect(expand).to_have_attribute("kind", "headerNoPadding")

        page.reload()
        wait_for_app(page)
        expect(sidebar).to_have_attribute("data-collapsed", "true")
        expand.click()
        expect(sidebar).to_have_attribute("data-collapsed", "false")
        expect(expand).to_have_count(0)
        page.reload()
        wait_for_app(page)
        expect(sidebar).to_have_attribute("data-collapsed", "false")
    finally:
        ctx.close()


def test_narrow_window_starts_with_the_sidebar_collapsed(browser, serve_app):
    ctx, page = open_page(browser, serve_app, viewport={"width": 700, "height": 800})
    try:
        expect(page.get_by_test_id("stSidebar")).to_have_attribute("data-collapsed", "true")
        expect(page.get_by_test_id("stExpandSidebarButton")).to_be_visible()
    finally:
        ctx.close()


def test_embed_hides_the_toolbar_but_keeps_the_sidebar_button(browser, serve_app):
    ctx, page = open_page(browser, serve_app, "/?embed=true")
    try:
        header = page.get_by_test_id("stHeader")
        expect(header).to_have_count(1)
        expect(page.get_by_test_id("stToolbar")).to_have_count(0)
        expect(page.get_by_test_id("stMainMenu")).to_have_count(0)
        expect(page.get_by_test_id("stApp")).to_have_class(re.compile(r"\bstreamlit-embedded\b"))
        page.get_by_test_id("stSidebar").hover()
        page.get_by_test_id("stSidebarCollapseButton").locator("button").click()
        # A collapsed sidebar brings the toolbar row back, with only the expand button.
        expect(header.get_by_test_id("stExpandSidebarButton")).to_be_visible()
        expect(page.get_by_test_id("stMainMenu")).to_have_count(0)
    finally:
        ctx.close()


def test_toolbar_mode_viewer_has_no_developer_items(browser, serve_app):
    ctx, page = open_page(browser, serve_app, "/", "--config", "client.toolbarMode=viewer")
    try:
        popover = open_menu(page)
        expect(popover.locator("[data-testid^=stMainMenuItem-]")).to_have_count(4)
        expect(popover.get_by_test_id("stMainMenuItem-rerun")).to_have_count(0)
        expect(popover.get_by_test_id("stMainMenuItem-clearCache")).to_have_count(0)
        expect(popover.get_by_test_id("stMainMenuItem-print")).to_have_count(1)
        page.keyboard.press("Escape")
        # No clear-cache shortcut either.
        page.get_by_test_id("stMain").click(position={"x": 5, "y": 400})
        page.keyboard.press("c")
        # "r" goes to the same key handler after "c": once its rerun is on the page,
        # a dialog opened by "c" would be too.
        page.keyboard.press("r")
        expect(markdown(page, "runs: 2")).to_have_count(1)
        expect(page.get_by_test_id("stClearCacheDialog")).to_have_count(0)
    finally:
        ctx.close()


def test_toolbar_mode_minimal_hides_the_toolbar(browser, serve_app):
    ctx, page = open_page(browser, serve_app, "/", "--config", "client.toolbarMode=minimal")
    try:
        expect(page.get_by_test_id("stHeader")).to_have_count(1)
        expect(page.get_by_test_id("stToolbar")).to_have_count(0)
        expect(page.get_by_test_id("stMainMenu")).to_have_count(0)
    finally:
        ctx.close()
