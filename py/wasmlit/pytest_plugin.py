"""pytest plugin: browser tests of wasmlit apps.

Registered as a ``pytest11`` entry point, so pytest loads it in every run of
an environment where wasmlit is installed. It does nothing until a test asks
for one of its fixtures: importing it imports neither Playwright nor a
browser, and it collects nothing.

    import pytest
    from playwright.sync_api import expect
    from wasmlit.testing.browser import click_and_wait

    @pytest.mark.wasmlit_app("../app.py")      # relative to this test file
    def test_counter(wasmlit_app):             # a Playwright Page, app booted
        click_and_wait(wasmlit_app.get_by_role("button", name="Increment"))
        expect(wasmlit_app.get_by_test_id("stMarkdown")).to_have_text("Count = 1")

Fixtures:

``wasmlit_app``
    A Playwright ``Page`` (new browser context per test, so a new session)
    showing the app, after its first run finished. The app is the test's
    ``@pytest.mark.wasmlit_app(path, *serve_args)`` (path relative to the test
    file), else ``--wasmlit-app PATH`` or the ``wasmlit_app`` ini option
    (relative to the ini file). ``page.wasmlit_errors`` collects uncaught page
    errors and console errors.
``wasmlit_server``
    (session) ``serve(app_path, *serve_args) -> base URL``: one
    ``wasmlit serve`` process per app and arguments for the whole session.
``wasmlit_browser``
    (session) the browser the pages open in: pytest-playwright's ``browser``,
    except when Playwright's own Chromium is not installed and no executable
    is configured: then Debian's ``/usr/lib/chromium/chromium`` (or
    ``--wasmlit-chromium``/``$WASMLIT_CHROMIUM``) with the flags it needs.

The CLI: ``--wasmlit-cli``, ``$WASMLIT_CLI``, the ``wasmlit_cli`` ini option,
else the checkout's ``cli/wasmlit.js`` when wasmlit is imported from a
checkout, else one found from the rootdir upwards (``cli/wasmlit.js`` or
``node_modules/wasmlit/cli/wasmlit.js``). Node.js comes from ``$WASMLIT_NODE``
or the PATH.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

_OWN_BROWSER = pytest.StashKey[bool]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("wasmlit", "wasmlit browser tests (the wasmlit_app fixture)")
    group.addoption(
        "--wasmlit-app",
        default=None,
        metavar="PATH",
        help="the app the wasmlit_app fixture serves when a test has no wasmlit_app marker",
    )
    group.addoption(
        "--wasmlit-cli",
        default=None,
        metavar="PATH",
        help="the wasmlit CLI (cli/wasmlit.js); default $WASMLIT_CLI or the checkout's",
    )
    group.addoption(
        "--wasmlit-chromium",
        default=None,
        metavar="PATH",
        help="Chromium binary when Playwright's own is not installed "
        "(default $WASMLIT_CHROMIUM or /usr/lib/chromium/chromium)",
    )
    parser.addini("wasmlit_app", "the app the wasmlit_app fixture serves (relative to the ini file)", default=None)
    parser.addini("wasmlit_serve_args", "extra arguments of `wasmlit serve` for that app", type="args", default=[])
    parser.addini("wasmlit_cli", "the wasmlit CLI, cli/wasmlit.js (relative to the ini file)", default=None)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "wasmlit_app(path, *serve_args): the app the wasmlit_app fixture serves "
        "(path relative to the test file; serve_args e.g. '--config', 'runner.magicEnabled=false')",
    )


# --------------------------------------------------------------------------- helpers


def _ini_dir(config: pytest.Config) -> Path:
    return Path(config.inipath).parent if config.inipath else Path(config.rootpath)


def _option(config: pytest.Config, name: str) -> Any:
    try:
        return config.getoption(name)
    except ValueError:  # the plugin was registered after the options were parsed
        return None


def _ini(config: pytest.Config, name: str) -> Any:
    try:
        return config.getini(name)
    except ValueError:
        return None


def _playwright_fixture(request: pytest.FixtureRequest, name: str) -> Any:
    try:
        return request.getfixturevalue(name)
    except pytest.FixtureLookupError:
        pytest.fail(
            f"the wasmlit_app fixture uses pytest-playwright's `{name}` fixture: install "
            "pytest-playwright (pip install 'wasmlit[browser]') and do not disable it (-p no:playwright)",
            pytrace=False,
        )


def _cli(config: pytest.Config) -> Path:
    from wasmlit.testing.browser import find_cli

    configured = _option(config, "wasmlit_cli") or os.environ.get("WASMLIT_CLI")
    if configured:
        path = Path(configured).expanduser()
    elif _ini(config, "wasmlit_cli"):
        path = _ini_dir(config) / str(_ini(config, "wasmlit_cli"))
    else:
        found = find_cli(config.rootpath)
        if found is None:
            pytest.fail(
                "wasmlit_app: cannot find the wasmlit CLI (cli/wasmlit.js). Point --wasmlit-cli, "
                "$WASMLIT_CLI or the wasmlit_cli ini option at it (a wasmlit checkout, or "
                "node_modules/wasmlit/cli/wasmlit.js after `npm install wasmlit`).",
                pytrace=False,
            )
        path = found
    if not path.is_file():
        pytest.fail(f"wasmlit_app: the wasmlit CLI {path} does not exist", pytrace=False)
    return path.resolve()


def _requested_app(request: pytest.FixtureRequest) -> tuple[Path, tuple[str, ...]]:
    marker = request.node.get_closest_marker("wasmlit_app")
    config = request.config
    if marker is not None and marker.args:
        path = Path(str(marker.args[0]))
        if not path.is_absolute():
            path = Path(request.node.path).parent / path
        return path.resolve(), tuple(str(a) for a in marker.args[1:])
    configured = _option(config, "wasmlit_app")
    if configured:
        return Path(configured).resolve(), tuple(_ini(config, "wasmlit_serve_args") or ())
    configured = _ini(config, "wasmlit_app")
    if configured:
        return (_ini_dir(config) / str(configured)).resolve(), tuple(_ini(config, "wasmlit_serve_args") or ())
    pytest.fail(
        "wasmlit_app: which app? Mark the test with @pytest.mark.wasmlit_app('path/to/app.py'), "
        "or set `wasmlit_app = path/to/app.py` in the pytest configuration, or pass --wasmlit-app.",
        pytrace=False,
    )


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def wasmlit_server(pytestconfig: pytest.Config) -> Iterator[Callable[..., str]]:
    """``serve(app_path, *serve_args) -> base URL`` (no trailing slash); one
    ``wasmlit serve`` process per app and arguments, for the whole session."""
    from wasmlit.testing.browser import AppServer

    servers: dict[tuple[str, tuple[str, ...]], AppServer] = {}
    cli: list[Path] = []

    def serve(app_path: str | os.PathLike[str], *serve_args: str) -> str:
        if not cli:
            cli.append(_cli(pytestconfig))
        path = Path(app_path).resolve()
        if not path.exists():
            pytest.fail(f"wasmlit_app: the app {path} does not exist", pytrace=False)
        key = (str(path), tuple(serve_args))
        if key not in servers:
            try:
                servers[key] = AppServer(path, tuple(serve_args), cli=cli[0])
            except (OSError, RuntimeError) as error:
                pytest.fail(f"wasmlit_app: could not serve {path}: {error}", pytrace=False)
        base_url = servers[key].base_url
        assert base_url is not None  # AppServer() returns once its server is listening
        return base_url

    yield serve
    for server in servers.values():
        server.close()


@pytest.fixture(scope="session")
def wasmlit_browser(request: pytest.FixtureRequest) -> Iterator[Any]:
    """The Playwright Browser wasmlit_app pages open in."""
    from wasmlit.testing.browser import chromium_launch_args

    browser_type = _playwright_fixture(request, "browser_type")
    launch_args = _playwright_fixture(request, "browser_type_launch_args")
    chromium = _option(request.config, "wasmlit_chromium") or os.environ.get("WASMLIT_CHROMIUM")
    args = chromium_launch_args(browser_type, launch_args, chromium)
    if args == dict(launch_args):
        request.config.stash[_OWN_BROWSER] = False
        yield _playwright_fixture(request, "browser")
        return
    request.config.stash[_OWN_BROWSER] = True
    browser = browser_type.launch(**args)
    try:
        yield browser
    finally:
        browser.close()


@pytest.fixture
def wasmlit_app(request: pytest.FixtureRequest, wasmlit_server: Callable[..., str]) -> Iterator[Any]:
    """A Playwright Page showing the app (see the module docstring), in a new
    browser context: every test starts a new session."""
    from wasmlit.testing.browser import wait_for_app

    app, serve_args = _requested_app(request)
    if not app.exists():
        pytest.fail(f"wasmlit_app: the app {app} does not exist", pytrace=False)
    wasmlit_browser = request.getfixturevalue("wasmlit_browser")
    base_url = wasmlit_server(app, *serve_args)
    own_context = request.config.stash.get(_OWN_BROWSER, True)
    if own_context:
        context_args = dict(_playwright_fixture(request, "browser_context_args"))
        context = wasmlit_browser.new_context(**context_args)
    else:
        # pytest-playwright's own context: its tracing/screenshot/video options apply.
        context = _playwright_fixture(request, "new_context")()
    page = context.new_page()
    errors: list[str] = []
    page.wasmlit_errors = errors
    page.on("pageerror", lambda error: errors.append(f"pageerror: {error}"))
    page.on(
        "console",
        lambda message: errors.append(f"console.{message.type}: {message.text}") if message.type == "error" else None,
    )
    page.goto(base_url + "/")
    wait_for_app(page)
    try:
        yield page
    finally:
        if own_context:
            context.close()
