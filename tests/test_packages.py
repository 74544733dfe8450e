"""Requirements in the browser: a site built with a requirements.txt installs its
wheels from its own wheelhouse (no request leaves the site), shows the
"packages" boot phase, and says clearly which wheel is missing when one is.
The wheels are made at test time and found through --find-links (no index)."""

import re
import shutil
import subprocess
import time

import pytest
from conftest import ROOT, free_port, static_server, wait_for_app
from playwright.sync_api import expect
from wheel_fixture import make_wheel

APP = """\
import importlib.metadata
import streamlit as st
import tinypkg

st.write(f"tinypkg {tinypkg.VERSION} with {tinypkg.dep_version()}")
st.write(f"metadata {importlib.metadata.version('tinypkg')}")
"""
SUB_PATH = "/docs/demo/"
EMBED_PAGE = """<!doctype html>
<meta charset="utf-8">
<div id="wheelhouse" style="height: 300px"></div>
<div id="index" style="height: 300px"></div>
<script type="module">
  import { mount } from "/docs/demo/wasmlit.js";
  const app = { files: { "app.py": "import streamlit as st\\nimport tinypkg\\nst.write('embedded ' + tinypkg.dep_version())\\n" },
                requirements: ["tinypkg"] };
  mount(document.getElementById("wheelhouse"), { ...app, packages: "/docs/demo/_wasmlit/packages.json" });
  mount(document.getElementById("index"), { ...app, packageIndex: "http://127.0.0.1:PORT/simple" });
</script>
"""


@pytest.fixture(scope="module")
def package_site(built_site, tmp_path_factory):
    """The app built with a two-wheel requirement into <root>/docs/demo/, and
    <root> served by `python -m http.server`: the site URL is a sub-path."""
    base = tmp_path_factory.mktemp("packages")
    links = base / "links"
    make_wheel(links, "tinydep", "2.0")
    make_wheel(links, "tinypkg", "1.0", requires=("tinydep>=2",), module_source=(
        'VERSION = "1.0"\n'
        "def dep_version():\n"
        "    import tinydep\n"
        '    return "tinydep " + tinydep.VERSION\n'
    ))
    app = base / "app"
    app.mkdir()
    (app / "app.py").write_text(APP)
    (app / "requirements.txt").write_text("tinypkg>=1\n")
    root = base / "www"
    site = root / SUB_PATH.strip("/")
    result = subprocess.run(
        ["node", str(ROOT / "cli" / "wasmlit.js"), "build", str(app), "--out", str(site),
         "--no-index", "--find-links", str(links)],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "tinydep 2.0, tinypkg 1.0" in result.stdout
    port = free_port()
    # A simple-repository index (PEP 503 HTML) next to it, and the app built to
    # install from that index at boot instead of vendoring.
    for wheel in links.iterdir():
        project = root / "simple" / wheel.name.split("-")[0]
        project.mkdir(parents=True, exist_ok=True)
        shutil.copy(wheel, project / wheel.name)
        (project / "index.html").write_text(f'<html><body><a href="{wheel.name}">{wheel.name}</a></body></html>')
    result = subprocess.run(
        ["node", str(ROOT / "cli" / "wasmlit.js"), "build", str(app), "--out", str(root / "online"),
         "--package-index", f"http://127.0.0.1:{port}/simple"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    # A host page embedding two apps with mount(): one installs from the site's
    # wheelhouse list, the other from the package index.
    (root / "embed.html").write_text(EMBED_PAGE.replace("PORT", str(port)))
    with static_server(root, port):
        yield f"http://127.0.0.1:{port}{SUB_PATH}"


def test_requirement_is_installed_from_the_wheelhouse(page, package_site, offsite_requests, seen_requests):
    held = []
    # Hold the first wheel download to see the "packages" phase on screen.
    page.context.route(re.compile(r".*/tinypkg-1\.0-py3-none-any\.whl$"), lambda route: held.append(route))
    page.goto(package_site)
    progress = page.get_by_test_id("stBootProgress")
    expect(progress).to_have_attribute("data-phase", "packages", timeout=120_000)
    expect(progress).to_contain_text("Installing tinydep, tinypkg")
    deadline = time.time() + 30
    while not held and time.time() < deadline:
        page.wait_for_timeout(100)
    assert held, "the wheel was never requested"
    for route in held:
        route.fallback()
    wait_for_app(page)
    expect(page.get_by_text("tinypkg 1.0 with tinydep 2.0", exact=True)).to_be_visible()
    expect(page.get_by_text("metadata 1.0", exact=True)).to_be_visible()
    assert offsite_requests == []
    wheels = [url for url in seen_requests if url.endswith(".whl")]
    assert any(url.endswith(f"{SUB_PATH}_wasmlit/wheels/tinydep-2.0-py3-none-any.whl") for url in wheels), wheels
    assert any(url.endswith(f"{SUB_PATH}_wasmlit/wheels/tinypkg-1.0-py3-none-any.whl") for url in wheels), wheels


def test_a_missing_wheel_shows_which_one_and_what_to_do(page, package_site, offsite_requests):
    page.context.route(re.compile(r".*/tinydep-2\.0-py3-none-any\.whl$"),
                       lambda route: route.fulfill(status=404, body="not found"))
    page.goto(package_site)
    error = page.get_by_test_id("stBootError")
    expect(error).to_contain_text("The app's packages could not be installed", timeout=120_000)
    expect(error).to_contain_text("tinydep 2.0")
    expect(error).to_contain_text("wheelhouse")
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-connection-state", "DISCONNECTED_FOREVER")
    assert offsite_requests == []


def test_online_build_installs_from_the_configured_index(page, package_site, offsite_requests, seen_requests):
    page.goto(package_site.replace(SUB_PATH, "/online/"))
    wait_for_app(page)
    expect(page.get_by_text("tinypkg 1.0 with tinydep 2.0", exact=True)).to_be_visible()
    assert offsite_requests == []
    assert any(url.endswith("/simple/tinypkg/tinypkg-1.0-py3-none-any.whl") for url in seen_requests), seen_requests
    assert not any("_wasmlit/wheels/" in url for url in seen_requests)


def test_mounted_apps_install_from_a_wheelhouse_list_or_an_index(page, package_site, offsite_requests, seen_requests):
    page.goto(package_site.replace(SUB_PATH, "/embed.html"))
    for box in ("#wheelhouse", "#index"):
        expect(page.locator(box).get_by_text("embedded tinydep 2.0", exact=True)).to_be_visible(timeout=120_000)
    assert offsite_requests == []
    assert any(url.endswith(f"{SUB_PATH}_wasmlit/wheels/tinypkg-1.0-py3-none-any.whl") for url in seen_requests)
    assert any(url.endswith("/simple/tinypkg/tinypkg-1.0-py3-none-any.whl") for url in seen_requests)
