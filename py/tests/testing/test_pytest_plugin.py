"""The pytest plugin (wasmlit.pytest_plugin), in separate pytest runs: inert
unless its fixtures are used, and clear about what is missing when they are.
The browser side (serving and booting an app) is tested by the sample project,
examples/testing-project, which scripts/test-all.sh runs."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PY = Path(__file__).resolve().parents[2]


def run_pytest(folder: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(PY), os.environ.get("PYTHONPATH", "")])}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "wasmlit.pytest_plugin", "-p", "no:cacheprovider", *args],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "app.py").write_text("import streamlit as st\nst.write('hi')\n")
    return tmp_path


def test_inert_without_its_fixtures(project):
    (project / "test_plain.py").write_text(
        textwrap.dedent(
            """
            import sys

            def test_nothing_loaded():
                assert "wasmlit.pytest_plugin" in sys.modules
                assert not any(name.startswith("playwright") for name in sys.modules)
                assert "wasmlit.testing.browser" not in sys.modules
            """
        )
    )
    result = run_pytest(project, "-p", "no:playwright")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_marker_and_options_are_registered(project):
    result = run_pytest(project, "--markers")
    assert "@pytest.mark.wasmlit_app(path, *serve_args)" in result.stdout
    result = run_pytest(project, "--help")
    assert "--wasmlit-app=PATH" in result.stdout and "--wasmlit-cli=PATH" in result.stdout


def test_the_fixture_asks_which_app(project):
    (project / "test_app.py").write_text("def test_it(wasmlit_app):\n    pass\n")
    result = run_pytest(project, "-p", "no:playwright")
    assert result.returncode == 1
    assert "wasmlit_app: which app? Mark the test with @pytest.mark.wasmlit_app" in result.stdout


def test_the_fixture_needs_pytest_playwright(project):
    (project / "test_app.py").write_text(
        "import pytest\n\n@pytest.mark.wasmlit_app('app.py')\ndef test_it(wasmlit_app):\n    pass\n"
    )
    result = run_pytest(project, "-p", "no:playwright")
    assert result.returncode == 1
    assert "uses pytest-playwright's `browser_type` fixture: install pytest-playwright" in result.stdout


def test_a_missing_app_is_reported(project):
    (project / "test_app.py").write_text(
        "import pytest\n\n@pytest.mark.wasmlit_app('nope/app.py')\ndef test_it(wasmlit_app):\n    pass\n"
    )
    result = run_pytest(project, "-p", "no:playwright")
    assert result.returncode == 1
    assert f"wasmlit_app: the app {project / 'nope' / 'app.py'} does not exist" in result.stdout


def test_the_app_from_the_ini_file_and_a_missing_cli(project):
    (project / "pytest.ini").write_text("[pytest]\nwasmlit_app = app.py\n")
    (project / "test_app.py").write_text(
        textwrap.dedent(
            """
            from wasmlit.pytest_plugin import _requested_app, _cli

            def test_it(request, wasmlit_server):
                assert _requested_app(request) == (request.config.rootpath / "app.py", ())
                wasmlit_server(request.config.rootpath / "app.py")
            """
        )
    )
    result = run_pytest(project, "-p", "no:playwright", env={"WASMLIT_CLI": str(project / "no-cli.js")})
    assert result.returncode == 1
    assert f"wasmlit_app: the wasmlit CLI {project / 'no-cli.js'} does not exist" in result.stdout


def test_the_checkouts_cli_is_the_default():
    from wasmlit.testing.browser import find_cli

    assert find_cli() == PY.parent / "cli" / "wasmlit.js"


def test_chromium_launch_args():
    from wasmlit.testing.browser import CHROMIUM_ARGS, chromium_launch_args

    class BrowserType:
        name = "chromium"
        executable_path = "/nonexistent/playwright/chromium"

    args = chromium_launch_args(BrowserType(), {"headless": True, "args": ["--x"]}, "/usr/bin/my-chromium")
    assert args == {"headless": True, "executable_path": "/usr/bin/my-chromium", "args": ["--x", *CHROMIUM_ARGS]}
    # A configured executable, or another browser: left alone.
    assert chromium_launch_args(BrowserType(), {"executable_path": "/x"}, "/y") == {"executable_path": "/x"}
    BrowserType.name = "firefox"
    assert chromium_launch_args(BrowserType(), {}, "/y") == {}
