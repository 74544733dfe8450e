"""Custom components v1 (components.declare_component) through the page:
iframe.stCustomComponentV1 with Streamlit 1.67's attributes, the component
protocol (ready, render with args and theme, setComponentValue, setFrameHeight),
values in session state, callbacks, forms, a frontend the site lacks, a
component served from another origin (url=), and where `wasmlit serve` /
`wasmlit build` put the frontends. The component (tests/apps/custom_component/
echo_component) speaks the protocol by hand; a published one
(streamlit-option-menu from PyPI) is in test_custom_components_published.py."""

import subprocess
import urllib.error
import urllib.request

import pytest
from conftest import APPS, ROOT, click_and_wait, markdown, rerun_as_marker, static_server, wait_for_app, wait_idle
from playwright.sync_api import expect

APP = APPS / "custom_component"
FRONTEND = APP / "echo_component" / "frontend"
FEATURE_POLICY = (
    "accelerometer; ambient-light-sensor; autoplay; battery; camera; clipboard-write; document-domain; "
    "encrypted-media; fullscreen; geolocation; gyroscope; layout-animations; legacy-image-formats; magnetometer; "
    "microphone; midi; oversized-images; payment; picture-in-picture; publickey-credentials-get; sync-xhr; usb; "
    "vr ; wake-lock; xr-spatial-tracking"
)
SANDBOX = "allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts allow-downloads"
# What Streamlit 1.67 sends as the render message's theme in its light theme.
LIGHT_THEME = {
    "primaryColor": "#C53948", "backgroundColor": "#FFFFFF", "secondaryBackgroundColor": "#F8F8F7",
    "textColor": "#2F2D2B", "bodyFont": '"Source Sans", sans-serif', "base": "light",
    "fadedText05": "rgba(47, 45, 43, 0.1)", "fadedText10": "rgba(47, 45, 43, 0.2)",
    "fadedText20": "rgba(47, 45, 43, 0.3)", "fadedText40": "rgba(47, 45, 43, 0.4)",
    "fadedText60": "rgba(47, 45, 43, 0.6)", "fadedText70": "rgba(47, 45, 43, 0.7)",
    "bgMix": "rgba(252, 252, 251, 1)", "darkenedBgMix100": "hsla(60, 14%, 69%, 1)",
    "darkenedBgMix40": "rgba(187, 187, 165, 0.4)", "darkenedBgMix25": "rgba(187, 187, 165, 0.25)",
    "darkenedBgMix15": "rgba(187, 187, 165, 0.15)", "lightenedBg05": "hsla(0, 0%, 100%, 1)",
    "font": '"Source Sans", sans-serif',
}


@pytest.fixture(scope="module")
def page(open_app):
    return open_app("custom_component")


def frames(page):
    return page.get_by_test_id("stCustomComponentV1")


def frame(page, n):
    return page.frame_locator("[data-testid=stCustomComponentV1]").nth(n)


def component_window(page, n):
    """The n-th component's window (its frames are same-origin in the standalone page)."""
    handle = frames(page).nth(n).element_handle()
    return handle.content_frame()


def test_the_iframe_has_streamlits_attributes(page):
    expect(frames(page)).to_have_count(5)
    first = frames(page).first
    expect(first).to_have_class("stCustomComponentV1")
    expect(first).to_have_attribute("allow", FEATURE_POLICY)
    expect(first).to_have_attribute("sandbox", SANDBOX)
    expect(first).to_have_attribute("scrolling", "no")
    expect(first).to_have_attribute("title", "echo_component.echo")
    src = first.get_attribute("src")
    base = page.url.split("?")[0].rstrip("/")
    assert src == (f"{base}/_wasmlit/components/app/echo_component/frontend/index.html"
                   f"?streamlitUrl={urllib.request.quote(base + '/', safe='')}")
    width = first.get_attribute("width")
    box = first.bounding_box()
    assert width and abs(int(width) - box["width"]) <= 1
    container = page.locator(".st-key-first")
    expect(container.get_by_test_id("stCustomComponentV1")).to_have_count(1)
    expect(container).to_have_class("stElementContainer element-container st-key-first")
    expect(container).to_have_attribute("width", "100%")


def test_the_render_message_has_the_args_bytes_and_theme(page):
    expect(frame(page, 0).locator("#greeting")).to_have_text("Hello, Ada!")
    expect(frame(page, 0).locator("#args")).to_have_text(
        '{"data":{"bytes":[0,1,250]},"default":"nothing yet","key":"first","level":3,"name":"Ada"}')
    expect(frame(page, 1).locator("#args")).to_have_text('{"default":null,"key":null,"name":"Bob"}')
    render = component_window(page, 0).evaluate("window.renders[0]")
    assert render["type"] == "streamlit:render"
    assert render["disabled"] is False
    assert render["dfs"] == []
    assert render["theme"] == LIGHT_THEME


def test_the_default_is_returned_until_the_component_sends_a_value(page):
    expect(markdown(page, "value: 'nothing yet'")).to_have_count(1)
    expect(markdown(page, "state: None")).to_have_count(1)
    expect(markdown(page, "unkeyed: None")).to_have_count(1)


def test_json_and_bytes_values_reach_python(page):
    click_and_wait(page, frame(page, 0).locator("#send-json"))
    expect(markdown(page, "value: {'clicks': 1, 'name': 'Ada'}")).to_have_count(1)
    expect(markdown(page, "state: {'clicks': 1, 'name': 'Ada'}")).to_have_count(1)
    click_and_wait(page, frame(page, 0).locator("#send-bytes"))
    expect(markdown(page, "value: b'\\x01\\x02\\xfa'")).to_have_count(1)
    expect(markdown(page, "state: b'\\x01\\x02\\xfa'")).to_have_count(1)


def test_set_frame_height_resizes_the_iframe_and_renders_again(page):
    first = frames(page).first
    before = int(first.get_attribute("height"))
    renders = component_window(page, 0).evaluate("window.renders.length")
    frame(page, 0).locator("#grow").click()
    expect(first).not_to_have_attribute("height", str(before))
    assert int(first.get_attribute("height")) > before
    page.wait_for_function(
        "([n]) => document.querySelector('[data-testid=stCustomComponentV1]').contentWindow.renders.length > n",
        arg=[renders])


def test_on_change_runs_for_each_new_value(page):
    click_and_wait(page, frame(page, 2).locator("#send-json"))
    expect(markdown(page, "callbacks: 1")).to_have_count(1)
    click_and_wait(page, frame(page, 2).locator("#send-json"))
    expect(markdown(page, "callbacks: 2")).to_have_count(1)


def test_a_value_in_a_form_waits_for_the_submit(page):
    frame(page, 3).locator("#send-json").click()
    # A click in the page moves the focus out of the iframe, so the page gets the
    # "r"; the message the component posted was delivered before that click.
    markdown(page, "form value: None").click()
    rerun_as_marker(page)
    expect(markdown(page, "form value: None")).to_have_count(1)
    click_and_wait(page, page.get_by_test_id("stBaseButton-secondaryFormSubmit"))
    expect(markdown(page, "form value: {'clicks': 1, 'name': 'Form'}")).to_have_count(1)


def test_a_frontend_the_site_lacks_shows_streamlits_warning(page):
    warning = page.get_by_test_id("stAlert").filter(has_text="Your app is having trouble loading the")
    expect(warning).to_have_text(
        "Your app is having trouble loading the app.missing component.\n\n"
        "If this is an installed component that works locally, the app may be having trouble accessing the "
        "component frontend assets due to network latency or proxy settings in your app deployment.\n\n"
        "For more troubleshooting help, please see the Streamlit Component docs or visit our forums.",
        use_inner_text=True)
    expect(frames(page).nth(4)).to_be_hidden()
    assert page.offsite_requests == []


def test_serve_hands_out_component_folders_only(serve_app):
    base = serve_app(APP / "app.py")
    with urllib.request.urlopen(f"{base}/_wasmlit/components/app/echo_component/frontend/main.js", timeout=30) as r:
        assert r.read() == (FRONTEND / "main.js").read_bytes()
        assert r.headers["Cross-Origin-Embedder-Policy"] == "require-corp"
    for path in ("app.py", "echo_component/__init__.py", "no_frontend/README.md", "../app.py"):
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(f"{base}/_wasmlit/components/app/{path}", timeout=30)
        assert error.value.code == 404, path


def test_build_copies_the_apps_component_folders(built_site, tmp_path):
    site = tmp_path / "site"
    result = subprocess.run(["node", str(ROOT / "cli" / "wasmlit.js"), "build", str(APP), "--out", str(site)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    copied = site / "_wasmlit" / "components" / "app"
    assert sorted(p.relative_to(copied).as_posix() for p in copied.rglob("*") if p.is_file()) == [
        "echo_component/frontend/index.html", "echo_component/frontend/main.js", "echo_component/frontend/style.css"]
    assert "custom component frontends of the app (_wasmlit/components/app/): echo_component/frontend" in result.stdout


URL_APP = """\
import streamlit as st
import streamlit.components.v1 as components
dev = components.declare_component("dev", url=st.query_params["frontend"])
st.write(f"dev value: {dev(name='Dev', default=0)!r}")
"""


@pytest.fixture(scope="module")
def frontend_server():
    """The echo component's frontend on another origin (a plain static server: no COEP/CORP headers)."""
    with static_server(FRONTEND) as url:
        yield url


def test_a_component_from_a_url_works_in_the_isolated_page(browser, serve_app, tmp_path_factory, frontend_server):
    app = tmp_path_factory.mktemp("url_component")
    (app / "app.py").write_text(URL_APP)
    base = serve_app(app / "app.py")
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{base}/?frontend={urllib.request.quote(frontend_server, safe='')}")
        wait_for_app(page)
        assert page.evaluate("crossOriginIsolated") is True
        component = page.get_by_test_id("stCustomComponentV1")
        expect(component).to_have_attribute("src", f"{frontend_server}?streamlitUrl="
                                            + urllib.request.quote(f"{base}/", safe=""))
        inside = page.frame_locator("[data-testid=stCustomComponentV1]")
        expect(inside.locator("#greeting")).to_have_text("Hello, Dev!")
        click_and_wait(page, inside.locator("#send-json"))
        expect(markdown(page, "dev value: {'clicks': 1, 'name': 'Dev'}")).to_have_count(1)
        wait_idle(page)
    finally:
        context.close()


def test_a_dark_theme_reaches_the_component(browser, serve_app):
    base = serve_app(APP / "app.py", "--config", "theme.base=dark")
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{base}/")
        wait_for_app(page)
        expect(page.frame_locator("[data-testid=stCustomComponentV1]").first.locator("#greeting")).to_have_text("Hello, Ada!")
        theme = page.get_by_test_id("stCustomComponentV1").first.element_handle().content_frame().evaluate(
            "window.renders[window.renders.length - 1].theme")
        assert theme["base"] == "dark"
        assert theme["backgroundColor"] != LIGHT_THEME["backgroundColor"]
        assert theme["textColor"].startswith("#") and theme["primaryColor"].startswith("#")
    finally:
        context.close()
