"""A published custom component from PyPI, as a user installs it: the app's
requirements.txt names streamlit-option-menu (a pure-Python wheel with a built
Vue frontend); `wasmlit build` downloads the wheel with pip (the only step that
needs the network: the package index) into the site's wheelhouse and extracts
the frontend under _wasmlit/components/site-packages/. The site then runs
offline: the menus render, a click returns the option, as in Streamlit 1.67."""

import json
import subprocess

import pytest
from conftest import ROOT, click_and_wait, markdown, static_server, wait_for_app
from playwright.sync_api import expect

OPTION_MENU = "streamlit-option-menu==0.4.0"
APP = """\
import streamlit as st
from streamlit_option_menu import option_menu

with st.sidebar:
    side = option_menu("Main Menu", ["Home", "Settings"], icons=["house", "gear"], menu_icon="cast",
                       default_index=1, key="side")
st.write(f"sidebar: {side}")
selected = option_menu(None, ["Home", "Upload", "Tasks"], icons=["house", "cloud-upload", "list-task"],
                       orientation="horizontal", key="top")
st.write(f"selected: {selected}")
st.write(f"state: {st.session_state['top']!r}")
"""
FRONTEND = "_wasmlit/components/site-packages/streamlit_option_menu/frontend/dist"


@pytest.fixture(scope="module")
def option_menu_site(built_site, tmp_path_factory):
    base = tmp_path_factory.mktemp("option-menu")
    app = base / "app"
    app.mkdir()
    (app / "app.py").write_text(APP)
    (app / "requirements.txt").write_text(f"{OPTION_MENU}\n")
    site = base / "site"
    result = subprocess.run(["node", str(ROOT / "cli" / "wasmlit.js"), "build", str(app), "--out", str(site)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, f"the build downloads {OPTION_MENU} from the package index:\n{result.stderr}"
    assert "custom component frontends (_wasmlit/components/site-packages/): streamlit_option_menu/frontend/dist" \
        in result.stdout
    with static_server(site) as url:
        yield site, url


def test_the_wheels_frontend_is_in_the_site(option_menu_site):
    site, _ = option_menu_site
    frontend = site / FRONTEND
    assert (frontend / "index.html").is_file()
    files = sorted(p.relative_to(frontend).as_posix() for p in frontend.rglob("*") if p.is_file())
    assert any(f.startswith("js/app.") and f.endswith(".js") for f in files)
    assert not [f for f in files if f.endswith(".map")]  # source maps stay out
    packages = json.loads((site / "_wasmlit" / "packages.json").read_text())
    assert packages["components"] == [{"wheel": "streamlit_option_menu-0.4.0-py3-none-any.whl",
                                       "folder": "streamlit_option_menu/frontend/dist"}]


def test_option_menu_renders_and_returns_the_clicked_option(page, option_menu_site, offsite_requests):
    site, url = option_menu_site
    page.goto(url)
    wait_for_app(page)
    menus = page.get_by_test_id("stCustomComponentV1")
    expect(menus).to_have_count(2)
    expect(menus.first).to_have_attribute("title", "streamlit_option_menu.option_menu")
    assert f"/{FRONTEND}/index.html?streamlitUrl=" in menus.first.get_attribute("src")
    sidebar = page.frame_locator("[data-testid=stSidebar] [data-testid=stCustomComponentV1]")
    expect(sidebar.get_by_text("Main Menu")).to_be_visible()
    expect(page.locator("[data-testid=stSidebar] [data-testid=stCustomComponentV1]")).to_have_attribute("height", "181")
    expect(markdown(page, "sidebar: Settings")).to_have_count(1)
    expect(markdown(page, "selected: Home")).to_have_count(1)
    expect(markdown(page, "state: None")).to_have_count(1)
    top = page.frame_locator("[data-testid=stMain] [data-testid=stCustomComponentV1]")
    click_and_wait(page, top.get_by_text("Tasks"))
    expect(markdown(page, "selected: Tasks")).to_have_count(1)
    expect(markdown(page, "state: 'Tasks'")).to_have_count(1)
    assert offsite_requests == []
