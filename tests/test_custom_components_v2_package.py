"""A package-based st.components.v2 component, as a user installs one: the
wheel (built here, no network) ships a pyproject.toml declaring the
component's asset_dir and a Vite-style build in it (a hashed ES module that
imports a chunk beside it, a hashed stylesheet). `wasmlit build` extracts the
asset_dir into the site, the component names its files with globs, and the
page loads them from the site: the relative import and the stylesheet work,
and the state reaches Python."""

import json
import subprocess

import pytest
from conftest import ROOT, click_and_wait, markdown, static_server, wait_for_app
from playwright.sync_api import expect
from wheel_fixture import make_wheel

PACKAGE = '''\
import streamlit as st

_ticker = st.components.v2.component(
    "streamlit-ticker.ticker", html='<p class="ticker"></p><button>Tick</button>', js="index-*.js", css="ticker-*.css",
)


def ticker(start, key=None):
    return _ticker(key=key, data={"start": start}, default={"count": start}, on_count_change=lambda: None)
'''
FILES = {
    "streamlit_ticker/pyproject.toml": (
        '[project]\nname = "streamlit-ticker"\nversion = "1.0"\n\n'
        '[[tool.streamlit.component.components]]\nname = "ticker"\nasset_dir = "frontend/build"\n'
    ),
    "streamlit_ticker/frontend/build/index-3f2a9c.js": (
        'import { label } from "./chunk-label-81b2.js";\n'
        "export default function ({ parentElement, data, setStateValue }) {\n"
        "  let count = data.start;\n"
        '  const text = parentElement.querySelector(".ticker");\n'
        "  text.textContent = label(count);\n"
        '  parentElement.querySelector("button").onclick = () => {\n'
        "    count += 1;\n"
        "    text.textContent = label(count);\n"
        '    setStateValue("count", count);\n'
        "  };\n"
        "}\n"
    ),
    "streamlit_ticker/frontend/build/chunk-label-81b2.js": 'export const label = (n) => "Ticks: " + n;\n',
    "streamlit_ticker/frontend/build/ticker-77aa01.css": ".ticker { font-weight: 700; }\n",
    "streamlit_ticker/frontend/build/index-3f2a9c.js.map": "{}",
    "streamlit_ticker/frontend/src/index.ts": "source, not shipped",
}
APP = """\
import streamlit as st
from streamlit_ticker import ticker

result = ticker(3, key="t")
st.write(f"count: {result.count}")
"""
ASSETS = "_wasmlit/components/site-packages/streamlit_ticker/frontend/build"


@pytest.fixture(scope="module")
def ticker_site(built_site, tmp_path_factory):
    base = tmp_path_factory.mktemp("ticker")
    links = base / "links"
    make_wheel(links, "streamlit_ticker", "1.0", requires=("streamlit>=1.51",), module_source=PACKAGE,
               extra_files=FILES)
    app = base / "app"
    app.mkdir()
    (app / "app.py").write_text(APP)
    (app / "requirements.txt").write_text("streamlit_ticker\n")
    site = base / "site"
    result = subprocess.run(["node", str(ROOT / "cli" / "wasmlit.js"), "build", str(app), "--out", str(site),
                             "--no-index", "--find-links", str(links)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "custom component frontends (_wasmlit/components/site-packages/): streamlit_ticker/frontend/build" \
        in result.stdout
    with static_server(site) as url:
        yield site, url


def test_the_asset_dir_is_in_the_site(ticker_site):
    site, _ = ticker_site
    assets = site / ASSETS
    assert sorted(p.name for p in assets.iterdir()) == ["chunk-label-81b2.js", "index-3f2a9c.js", "ticker-77aa01.css"]
    packages = json.loads((site / "_wasmlit" / "packages.json").read_text())
    assert packages["components"] == [{"wheel": "streamlit_ticker-1.0-py3-none-any.whl",
                                       "folder": "streamlit_ticker/frontend/build"}]


def test_the_component_loads_its_files_from_the_site(page, ticker_site, offsite_requests):
    _, url = ticker_site
    loaded = []
    page.on("request", lambda request: loaded.append(request.url))
    page.goto(url)
    wait_for_app(page)
    component = page.get_by_test_id("stBidiComponentIsolated")
    expect(component.locator(".ticker")).to_have_text("Ticks: 3")  # the chunk's label(): a relative import
    expect(component.locator(".ticker")).to_have_css("font-weight", "700")  # the stylesheet, in the shadow root
    assert component.evaluate("host => host.shadowRoot.querySelector('link').getAttribute('href')") == \
        f"{url}{ASSETS}/ticker-77aa01.css"
    assert f"{url}{ASSETS}/index-3f2a9c.js" in loaded
    expect(markdown(page, "count: 3")).to_have_count(1)
    click_and_wait(page, component.locator("button"))
    expect(markdown(page, "count: 4")).to_have_count(1)
    expect(component.locator(".ticker")).to_have_text("Ticks: 4")
    assert offsite_requests == []
