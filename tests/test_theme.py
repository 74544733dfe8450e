"""Themes as in Streamlit 1.67: its light and dark palettes and fonts, the choice
in the main menu kept across reloads, "System" following the browser's colour
scheme, [theme] in .streamlit/config.toml, and st.context.theme.type."""

from conftest import markdown, wait_for_app, wait_idle
from playwright.sync_api import expect

CHROME = "tests/apps/chrome"
DARK_CONFIG = "tests/apps/theme_dark_config"
VARIANTS = "tests/apps/theme_variants"

LIGHT_BG = "rgb(255, 255, 255)"
LIGHT_TEXT = "rgb(47, 45, 43)"
DARK_BG = "rgb(23, 22, 20)"
DARK_TEXT = "rgb(237, 235, 232)"


def open_page(browser, serve_app, app, *cli_args, path="/", **context_args):
    ctx = browser.new_context(**{"viewport": {"width": 1280, "height": 800}, **context_args})
    page = ctx.new_page()
    page.goto(serve_app(app, *cli_args) + path)
    wait_for_app(page)
    return ctx, page


def style(locator, prop):
    return locator.evaluate("(el, prop) => getComputedStyle(el).getPropertyValue(prop)", prop)


def choose(page, label):
    page.get_by_test_id("stMainMenuButton").click()
    item = page.get_by_test_id(f"stMainMenuItem-theme-{label}")
    item.click()
    expect(item).to_have_attribute("aria-checked", "true")
    page.keyboard.press("Escape")


def test_light_palette_and_fonts(browser, serve_app):
    ctx, page = open_page(browser, serve_app, CHROME, color_scheme="light")
    try:
        app = page.get_by_test_id("stApp")
        assert style(app, "background-color") == LIGHT_BG
        assert style(app, "color") == LIGHT_TEXT
        assert style(app, "font-family") == '"Source Sans", sans-serif'
        # Streamlit 1.67's sidebar: #F8F8F7 with a line along its edge.
        sidebar = page.get_by_test_id("stSidebar")
        assert style(sidebar, "background-color") == "rgb(248, 248, 247)"
        assert sidebar.evaluate("el => getComputedStyle(el, '::after').backgroundColor") == "rgb(215, 211, 207)"
        expect(markdown(page, "theme: light")).to_have_count(1)
        # The bundled fonts are used (served by the site itself), not a fallback.
        page.evaluate("document.fonts.ready")
        assert page.evaluate("document.fonts.check('16px \"Source Sans\"')")
        loaded = page.evaluate("[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)")
        assert any("Source Sans" in family for family in loaded), loaded
    finally:
        ctx.close()


def test_system_dark_preference_is_followed(browser, serve_app):
    ctx, page = open_page(browser, serve_app, CHROME, color_scheme="dark")
    try:
        app = page.get_by_test_id("stApp")
        assert style(app, "background-color") == DARK_BG
        assert style(app, "color") == DARK_TEXT
        assert style(page.get_by_test_id("stSidebar"), "background-color") == "rgb(33, 32, 29)"
        expect(markdown(page, "theme: dark")).to_have_count(1)
        page.get_by_test_id("stMainMenuButton").click()
        expect(page.get_by_test_id("stMainMenuItem-theme-System")).to_have_attribute("aria-checked", "true")
        # The menu itself is drawn in the dark theme.
        assert style(page.get_by_test_id("stMainMenuPopover"), "background-color") == DARK_BG
        page.keyboard.press("Escape")
        # The preference changing while the page is open switches the theme.
        page.emulate_media(color_scheme="light")
        expect(app).to_have_css("background-color", LIGHT_BG)
    finally:
        ctx.close()


def test_theme_choice_is_kept_across_reloads(browser, serve_app):
    ctx, page = open_page(browser, serve_app, CHROME, color_scheme="light")
    try:
        app = page.get_by_test_id("stApp")
        page.get_by_test_id("stMainMenuButton").click()
        dark = page.get_by_test_id("stMainMenuItem-theme-Dark")
        dark.click()
        # The theme changes at once and the menu stays open (as in Streamlit 1.67).
        expect(app).to_have_css("background-color", DARK_BG)
        expect(dark).to_have_attribute("aria-checked", "true")
        expect(page.get_by_test_id("stMainMenuItem-theme-System")).to_have_attribute("aria-checked", "false")
        page.keyboard.press("Escape")
        # st.context.theme reports it from the next run on.
        page.keyboard.press("r")
        wait_idle(page)
        expect(markdown(page, "theme: dark")).to_have_count(1)

        page.reload()
        wait_for_app(page)
        expect(app).to_have_css("background-color", DARK_BG)
        expect(markdown(page, "theme: dark")).to_have_count(1)

        choose(page, "Light")
        page.emulate_media(color_scheme="dark")
        expect(app).to_have_css("background-color", LIGHT_BG)   # an explicit choice ignores the system's
        choose(page, "System")
        expect(app).to_have_css("background-color", DARK_BG)
        page.reload()
        wait_for_app(page)
        expect(app).to_have_css("background-color", DARK_BG)
        expect(markdown(page, "theme: dark")).to_have_count(1)
    finally:
        ctx.close()


def test_config_toml_theme(browser, serve_app):
    ctx, page = open_page(browser, serve_app, DARK_CONFIG, color_scheme="light")
    try:
        app = page.get_by_test_id("stApp")
        # [theme] base = "dark" wins over the browser's light preference.
        assert style(app, "background-color") == DARK_BG
        assert style(app, "font-family") == '"Source Serif", serif'
        expect(markdown(page, "theme: dark")).to_have_count(1)
        primary = page.get_by_test_id("stBaseButton-primary")
        assert style(primary, "background-color") == "rgb(30, 144, 255)"
        # baseRadius = "full": 1.4rem.
        assert style(page.get_by_test_id("stBaseButton-primary"), "border-top-left-radius") == "22.4px"
        # A custom primary colour: code gets the mixed background and the green text colour.
        code = page.get_by_test_id("stMain").locator("p code")
        assert style(code, "background-color") == "rgb(34, 33, 30)"
        sidebar = page.get_by_test_id("stSidebar")
        assert style(sidebar, "background-color") == "rgb(0, 43, 54)"
        assert style(sidebar, "color") == "rgb(238, 238, 238)"
        # One custom theme: the menu offers no theme choice.
        page.get_by_test_id("stMainMenuButton").click()
        expect(page.get_by_test_id("stMainMenuPopover")).to_be_visible()
        expect(page.get_by_test_id("stThemeSwitcher")).to_have_count(0)
        page.evaluate("document.fonts.ready")
        assert page.evaluate("document.fonts.check('16px \"Source Serif\"')")
    finally:
        ctx.close()


def test_config_light_and_dark_variants(browser, serve_app):
    ctx, page = open_page(browser, serve_app, VARIANTS, color_scheme="dark")
    try:
        primary = page.get_by_test_id("stBaseButton-primary")
        assert style(primary, "background-color") == "rgb(170, 0, 170)"
        assert style(page.get_by_test_id("stApp"), "background-color") == DARK_BG
        expect(markdown(page, "theme: dark")).to_have_count(1)
        # [client] toolbarMode = "viewer" from the same file: no developer items.
        page.get_by_test_id("stMainMenuButton").click()
        expect(page.get_by_test_id("stMainMenuItem-rerun")).to_have_count(0)
        page.get_by_test_id("stMainMenuItem-theme-Light").click()
        expect(primary).to_have_css("background-color", "rgb(0, 170, 0)")
        expect(page.get_by_test_id("stApp")).to_have_css("background-color", LIGHT_BG)
    finally:
        ctx.close()


def test_config_option_overrides_the_theme(browser, serve_app):
    ctx, page = open_page(browser, serve_app, CHROME, "--config", "theme.primaryColor=#123456",
                          "--config", "theme.base=light", color_scheme="dark")
    try:
        app = page.get_by_test_id("stApp")
        assert style(app, "background-color") == LIGHT_BG
        assert app.evaluate("el => getComputedStyle(el).getPropertyValue('--st-primary-color').trim()") == "#123456"
        expect(markdown(page, "theme: light")).to_have_count(1)
    finally:
        ctx.close()
