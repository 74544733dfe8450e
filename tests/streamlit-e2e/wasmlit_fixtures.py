"""Fixture overrides that point Streamlit's e2e suite at wasmlit.

The runner (run.py) copies this module next to the exported
e2e_playwright/conftest.py as ``_wasmlit_e2e.py`` and appends one import line to
that exported conftest, so these definitions replace the conftest's own:

- ``app_port`` / ``app_server``: ``node cli/wasmlit.js serve <test's script>
  --port N`` instead of ``streamlit run`` (one server per test module, as
  Streamlit's fixture does);
- ``assert_snapshot``: no screenshot comparison (a test that only compares
  screenshots is reported as not portable by the runner);
- ``browser_type_launch_args``: Debian's Chromium with the flags it needs here;
- ``app`` / ``themed_app`` / ``app_with_query_params``: open the page as
  Streamlit's do, but first wait up to BOOT_TIMEOUT_MS for the page to be
  CONNECTED (Python booted in the page) before the suite's own
  wait_for_app_loaded, whose 20 s allow for a websocket to connect, not for
  Pyodide to boot on a loaded machine.

With WASMLIT_E2E_STREAMLIT=<a `streamlit` command> the same runner serves
the apps with real Streamlit instead (the baseline: which of these tests
Streamlit itself passes), with the arguments Streamlit's own fixture uses.

Nothing else of the suite changes: its tests, helpers (shared/app_utils.py)
and the wait_for_app_loaded / wait_for_app_run functions run as written.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from wasmlit.testing.browser import BOOT_TIMEOUT_MS, CHROMIUM_ARGS, DEBIAN_CHROMIUM, AppServer

CLI = Path(os.environ.get("WASMLIT_E2E_CLI", "cli/wasmlit.js"))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def app_port() -> int:
    return _free_port()


class StreamlitServer:
    """``streamlit run`` as Streamlit's own app_server fixture starts it."""

    def __init__(self, command: str, script: str, port: int) -> None:
        self.proc = subprocess.Popen(
            [command, "run", script, "--server.headless", "true", "--global.developmentMode", "false",
             "--global.e2eTest", "true", "--server.port", str(port), "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none", "--server.enableStaticServing", "true"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://localhost:{port}/_stcore/health", timeout=2):
                    return
            except OSError:
                time.sleep(0.3)
        self.close()
        raise RuntimeError(f"streamlit did not start on port {port}")

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=20)


@pytest.fixture(scope="module", autouse=True)
def app_server(app_port: int, request: pytest.FixtureRequest):
    script = str(request.module.__file__).replace("_test.py", ".py")
    streamlit = os.environ.get("WASMLIT_E2E_STREAMLIT")
    if streamlit:
        server = StreamlitServer(streamlit, script, app_port)
    else:
        server = AppServer(script, ("--port", str(app_port)), cli=CLI)
    yield server
    server.close()


def _open(page, url: str):
    from e2e_playwright.conftest import wait_for_app_loaded

    page.goto(url)
    page.locator("[data-testid='stApp'][data-test-connection-state='CONNECTED']").wait_for(
        timeout=BOOT_TIMEOUT_MS, state="attached")
    wait_for_app_loaded(page)
    return page


@pytest.fixture(scope="function")
def app(page, app_port: int):
    return _open(page, f"http://localhost:{app_port}/")


@pytest.fixture(scope="function")
def themed_app(page, app_port: int, app_theme: str):
    return _open(page, f"http://localhost:{app_port}/?embed_options={app_theme}")


@pytest.fixture(scope="function")
def app_with_query_params(page, app_port: int, request: pytest.FixtureRequest):
    from urllib import parse

    query_params = request.param
    _open(page, f"http://localhost:{app_port}/?{parse.urlencode(query_params, doseq=True)}")
    return page, query_params


@pytest.fixture
def context(context):
    """With WASMLIT_E2E_MAIN_MENU_SHIM=1 (a development aid until wasmlit draws
    Streamlit's main menu): an empty stMainMenu node in every page, so the
    suite's wait_for_app_loaded does not stop there. Runs that use it say so."""
    if os.environ.get("WASMLIT_E2E_MAIN_MENU_SHIM") == "1":
        context.add_init_script(_MAIN_MENU_SHIM)
    yield context


_MAIN_MENU_SHIM = """
new MutationObserver((_, observer) => {
  if (!document.body || document.querySelector('[data-testid=stMainMenu]')) return;
  const shim = document.createElement('div');
  shim.setAttribute('data-testid', 'stMainMenu');
  shim.hidden = true;
  document.body.appendChild(shim);
  observer.disconnect();
}).observe(document, { childList: true, subtree: true });
"""


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    chromium = os.environ.get("WASMLIT_CHROMIUM", DEBIAN_CHROMIUM)
    return {**browser_type_launch_args, "executable_path": chromium, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="function")
def assert_snapshot():
    def compare(*_args, **_kwargs) -> None:
        return None

    yield compare
