"""Custom components in an app embedded in another page (mount(), an
opaque-origin worker): a v1 component of the host's origin is framed without
`allow-same-origin` (an opaque origin, docs/embedding.md) and still speaks the
component protocol (ready, render, value, height) with its own app only; a
v2 component, whose JavaScript would run in the host's page, shows an error
in its place instead."""

import shutil
import socket
import subprocess
import sys
import time

import pytest
from conftest import APPS, markdown, new_guarded_page, wait_app_in
from playwright.sync_api import expect

FRONTEND = APPS / "custom_component" / "echo_component" / "frontend"
OPAQUE_SANDBOX = "allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-scripts allow-downloads"

HOST_PAGE = """<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>Components host</title></head>
  <body>
    <div id="one" style="height: 30rem; display: block"></div>
    <script type="module">
      import { mount } from "./wasmlit/wasmlit.js";
      const frontend = new URL("echo/index.html", location.href).href;
      const app = `
import streamlit as st
import streamlit.components.v1 as components

echo = components.declare_component("echo", url=${JSON.stringify(frontend)})
value = echo(name="Host", key="echo", default="none yet")
st.write(f"value: {value!r}")
st.write(f"state: {st.session_state['echo']!r}")
inline = st.components.v2.component("inline", html="<p>inline</p>", js="export default function () { window.top.__ran = true; }")
inline()
`;
      window.app = mount(document.getElementById("one"), { files: { "app.py": app } });
    </script>
  </body>
</html>
"""


@pytest.fixture(scope="module")
def host_url(built_site, tmp_path_factory):
    root = tmp_path_factory.mktemp("components-host")
    (root / "wasmlit").symlink_to(built_site, target_is_directory=True)
    shutil.copytree(FRONTEND, root / "echo")
    (root / "host.html").write_text(HOST_PAGE)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                               "--directory", str(root)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}/host.html"
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def host(browser, browser_context_args, host_url):
    page = new_guarded_page(browser, browser_context_args)
    page.goto(host_url)
    wait_app_in(page.locator("#one"))
    yield page
    page.context.close()


def test_a_same_origin_component_is_framed_with_an_opaque_origin(host):
    frame = host.locator("#one").get_by_test_id("stCustomComponentV1")
    expect(frame).to_have_count(1)
    expect(frame).to_have_attribute("sandbox", OPAQUE_SANDBOX)
    inside = host.frame_locator("#one [data-testid=stCustomComponentV1]")
    expect(inside.locator("#greeting")).to_have_text("Hello, Host!")
    expect(inside.locator("#args")).to_have_text('{"default":"none yet","key":"echo","name":"Host"}')
    one = host.locator("#one")
    expect(markdown(one, "value: 'none yet'")).to_have_count(1)


def test_its_values_and_height_reach_the_app(host):
    one = host.locator("#one")
    inside = host.frame_locator("#one [data-testid=stCustomComponentV1]")
    inside.locator("#send-json").click()
    expect(markdown(one, "value: {'clicks': 1, 'name': 'Host'}")).to_have_count(1)
    expect(markdown(one, "state: {'clicks': 1, 'name': 'Host'}")).to_have_count(1)
    frame = one.get_by_test_id("stCustomComponentV1")
    before = int(frame.get_attribute("height"))
    inside.locator("#grow").click()
    expect(frame).not_to_have_attribute("height", str(before))


def test_a_v2_component_does_not_run_in_the_host_page(host):
    one = host.locator("#one")
    expect(one.locator(".stBidiComponent, [data-testid=stAlert]").filter(has_text="BidiComponent Error")).to_have_count(1)
    assert host.evaluate("window.__ran") is None
    assert host.offsite_requests == []
