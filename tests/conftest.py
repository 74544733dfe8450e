"""Browser test infrastructure: build the site once, serve example apps with the
wasmlit CLI, run Debian's Chromium, and block (and record) every request that
leaves the machine.

Environment:
  WASMLIT_SITE_BUILT=1   skip `npm run build` (dist/ is already current)
  WASMLIT_CHROMIUM=PATH  browser binary (default /usr/lib/chromium/chromium)
"""

import contextlib
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

ROOT = Path(__file__).resolve().parent.parent
# The helpers wasmlit ships for users' browser tests (wasmlit.testing.browser)
# serve the project's own tests too.
sys.path.insert(0, str(ROOT / "py"))
from wasmlit.testing.browser import (  # noqa: E402
    APP_READY,
    BOOT_TIMEOUT_MS,
    CHROMIUM_ARGS,
    DEBIAN_CHROMIUM,
    AppServer,
    wait_for_app,
    wait_for_rerun,
)

CHROMIUM = os.environ.get("WASMLIT_CHROMIUM", DEBIAN_CHROMIUM)
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


# --------------------------------------------------------------------------- site


@pytest.fixture(scope="session")
def built_site() -> Path:
    """dist/, built once per session with `npm run build`."""
    if os.environ.get("WASMLIT_SITE_BUILT") != "1":
        subprocess.run(["npm", "run", "build"], cwd=ROOT, check=True)
    dist = ROOT / "dist"
    assert (dist / "index.html").is_file(), f"{dist} is not built"
    return dist


@pytest.fixture(scope="session")
def serve_app(built_site):
    """Factory: serve_app("examples/counter/app.py", *cli_args) -> base URL
    (no trailing slash). One server per (app, args) for the whole session."""
    servers: dict[tuple[str, tuple[str, ...]], AppServer] = {}

    def serve(app_path, *args: str) -> str:
        path = Path(app_path)
        if not path.is_absolute():
            path = ROOT / path
        key = (str(path.resolve()), tuple(args))
        if key not in servers:
            servers[key] = AppServer(path, tuple(args), cli=ROOT / "cli" / "wasmlit.js")
        return servers[key].base_url

    yield serve
    for server in servers.values():
        server.close()


# --------------------------------------------------------------------------- browser


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture
def offsite_requests() -> list[str]:
    """URLs of requests that tried to leave 127.0.0.1/localhost (they were aborted)."""
    return []


@pytest.fixture
def seen_requests() -> list[str]:
    """URLs of every request the page and its workers made, in order."""
    return []


@pytest.fixture
def context(context, offsite_requests, seen_requests):
    """pytest-playwright's context, with every off-machine request aborted and recorded.
    Routes added with page.route() take precedence over this one."""

    def guard(route):
        url = route.request.url
        seen_requests.append(url)
        if urlparse(url).hostname in LOCAL_HOSTS:
            route.fallback()
        else:
            offsite_requests.append(url)
            route.abort("blockedbyclient")

    context.route("**/*", guard)
    yield context


# --------------------------------------------------------------------------- one page per app


APPS = ROOT / "tests" / "apps"


def wait_idle(page: Page, timeout: float = 30_000) -> None:
    """Waits until the script is not running (after an interaction that may rerun it).

    The page sets data-test-script-state="running" synchronously when it sends a
    rerun, so right after the interaction returns this only passes once that run
    has finished and the DOM shows it."""
    wait_for_rerun(page, timeout)


def click_and_wait(page: Page, locator, **click_args) -> None:
    """Clicks `locator`, then waits for the rerun it triggers to finish."""
    locator.click(**click_args)
    wait_idle(page)


def press_and_wait(page: Page, locator, key: str) -> None:
    """Presses `key` in `locator`, then waits for any rerun to finish."""
    locator.press(key)
    wait_idle(page)


# Records every value stApp's data-test-script-state takes from now on (in window.__scriptStates).
RECORD_SCRIPT_STATES = """() => {
  const app = document.querySelector('[data-testid=stApp]');
  window.__scriptStates = [];
  new MutationObserver(() => window.__scriptStates.push(app.getAttribute('data-test-script-state')))
    .observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
}"""


def record_script_states(page: Page) -> None:
    """Starts recording the script states (read them with runs_recorded)."""
    page.evaluate(RECORD_SCRIPT_STATES)


def runs_recorded(page: Page) -> int:
    """Runs started since record_script_states: each sets "running" (the page may
    set it again during the run: repeats are one run), then "notRunning"."""
    states = page.evaluate("window.__scriptStates.slice()")
    return sum(1 for i, state in enumerate(states) if state == "running" and (i == 0 or states[i - 1] != "running"))


def rerun_as_marker(page: Page) -> None:
    """Reruns the app with the "r" shortcut and waits until that run is on the page.

    An event to wait for before a negative check ("that click did not rerun",
    "the form still holds its value"): the page handles its events in order, so
    whatever an earlier interaction sent reached the worker before this rerun,
    and its effect, if any, shows once this run is on the page. Focus must be
    in the main document, outside a text field (as for Streamlit's shortcut).
    Pending form values are kept, as in Streamlit."""
    record_script_states(page)
    page.keyboard.press("r")
    wait_idle(page)
    assert runs_recorded(page) == 1, "the r shortcut did not rerun the app"


class PageErrors(list):
    """Uncaught exceptions and console errors of one page (as strings)."""


@pytest.fixture(scope="module")
def open_app(browser, browser_context_args, serve_app):
    """Factory (module scope): open_app(app_dir_or_path, *cli_args) -> a Page showing the
    booted app. One browser context and page per (app, args) per test module, so the
    tests of a module share it in file order (and its session state). Requests that
    leave the machine are aborted, and collected in `page.offsite_requests`; page
    errors go to `page.errors`."""
    opened: dict[tuple[str, tuple[str, ...]], Page] = {}
    contexts = []

    def open_(app, *args: str, path: str = "/", boot_timeout: float = BOOT_TIMEOUT_MS) -> Page:
        app_path = Path(app)
        if not app_path.is_absolute():
            app_path = APPS / app_path if (APPS / app_path).exists() else ROOT / app_path
        key = (str(app_path.resolve()), tuple(args))
        if key not in opened:
            ctx = browser.new_context(**browser_context_args)
            contexts.append(ctx)
            offsite: list[str] = []

            def guard(route):
                url = route.request.url
                if urlparse(url).hostname in LOCAL_HOSTS:
                    route.fallback()
                else:
                    offsite.append(url)
                    route.abort("blockedbyclient")

            ctx.route("**/*", guard)
            page = ctx.new_page()
            page.errors = PageErrors()
            page.offsite_requests = offsite
            page.on("pageerror", lambda error: page.errors.append(f"pageerror: {error}"))
            page.on(
                "console",
                lambda message: page.errors.append(f"console.{message.type}: {message.text}")
                if message.type == "error"
                else None,
            )
            page.goto(serve_app(app_path, *args) + path)
            wait_for_app(page, timeout=boot_timeout)
            opened[key] = page
        return opened[key]

    yield open_
    for ctx in contexts:
        ctx.close()


def markdown(page_or_locator, text: str):
    """The stMarkdown element(s) whose whole visible text is `text` (whitespace-normalized)."""
    page = getattr(page_or_locator, "page", page_or_locator)
    return page_or_locator.get_by_test_id("stMarkdown").filter(has=page.get_by_text(text, exact=True))


# --------------------------------------------------------------------------- static hosts


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def static_server(root, port: int | None = None):
    """Serves the folder `root` with `python -m http.server` on 127.0.0.1 (a static
    host that sends no special headers); yields its base URL (trailing slash) once
    it accepts connections, and stops it afterwards. `port`: when a build needs the
    URL before the server starts (free_port())."""
    import socket
    import time

    port = port or free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(root)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the static server for {root} did not start") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)


# --------------------------------------------------------------------------- embedded apps

EMBED_PAGES = ROOT / "tests" / "embed"


@pytest.fixture(scope="session")
def embed_site(built_site, tmp_path_factory):
    """Base URL (trailing slash) of a host site served by `python -m http.server` (no
    special headers): the built site at the sub-path wasmlit/, the test pages of
    tests/embed/ and examples/docs-page/index.html (as docs-page.html) beside it."""
    import shutil

    root = tmp_path_factory.mktemp("embed-host")
    (root / "wasmlit").symlink_to(built_site, target_is_directory=True)
    for page in [*EMBED_PAGES.glob("*.html"), *EMBED_PAGES.glob("*.txt")]:
        shutil.copy(page, root / page.name)
    shutil.copy(ROOT / "examples" / "docs-page" / "index.html", root / "docs-page.html")
    with static_server(root) as base:
        yield base


def new_guarded_page(browser, browser_context_args) -> Page:
    """A page in a fresh context: off-machine requests aborted (page.offsite_requests),
    page errors collected (page.errors), every request URL in page.requests."""
    ctx = browser.new_context(**browser_context_args)
    page = ctx.new_page()
    page.offsite_requests = []
    page.requests = []
    page.errors = PageErrors()

    def guard(route):
        url = route.request.url
        page.requests.append(url)
        if urlparse(url).hostname in LOCAL_HOSTS:
            route.fallback()
        else:
            page.offsite_requests.append(url)
            route.abort("blockedbyclient")

    ctx.route("**/*", guard)
    page.on("pageerror", lambda error: page.errors.append(f"pageerror: {error}"))
    page.on("console", lambda m: page.errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
    return page


def app_ready(host_locator):
    """The ready stApp inside an embedded app's host element (Playwright pierces open shadow roots)."""
    return host_locator.locator(APP_READY)


def wait_app_in(host_locator, timeout: float = BOOT_TIMEOUT_MS) -> None:
    """Waits until the embedded app in `host_locator` is connected and not running."""
    try:
        app_ready(host_locator).wait_for(timeout=timeout)
    except PlaywrightTimeoutError:
        shown = host_locator.inner_text(timeout=1000) if host_locator.count() else "(no such element)"
        raise AssertionError(f"the embedded app did not become ready within {timeout} ms; it shows:\n{shown}") from None
