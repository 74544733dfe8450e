"""The npm package as a user gets it: `npm pack` holds the built page (with the
Pyodide files it serves), the CLI and the Python package, and nothing else;
installed into an empty project from the tarball alone (npm --offline: the
package has no dependencies to download), `npx wasmlit serve app.py` and
`npx wasmlit build` run an app of the project's own."""

import json
import os
import queue
import re
import signal
import subprocess
import threading
import time

import pytest
from conftest import ROOT, static_server, wait_for_app
from playwright.sync_api import expect

APP = """\
import streamlit as st

st.title("My own app")
if st.button("Increment"):
    st.session_state.n = st.session_state.get("n", 0) + 1
st.write(f"Count: {st.session_state.get('n', 0)}")
"""


@pytest.fixture(scope="module")
def tarball(built_site, tmp_path_factory):
    """(path of the .tgz, the paths it holds). dist/ is current (built_site): the
    prepack script, which builds it for a real `npm pack`, is skipped."""
    out = tmp_path_factory.mktemp("pack")
    result = subprocess.run(
        ["npm", "pack", "--ignore-scripts", "--json", "--pack-destination", str(out)],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=300,
    )
    info = json.loads(result.stdout)[0]
    return out / info["filename"], [entry["path"] for entry in info["files"]]


def test_the_package_holds_the_page_the_cli_and_the_python_package(tarball):
    _, files = tarball
    assert {path.split("/")[0] for path in files} == {
        "dist", "cli", "py", "docs", "README.md", "LICENSE", "CHANGELOG.md", "package.json",
    }
    version = json.loads((ROOT / "node_modules/pyodide/package.json").read_text())["version"]
    pyodide = f"dist/pyodide/{version}"  # Pyodide's files under a versioned path (served immutable)
    for needed in [
        "dist/index.html", "dist/wasmlit.js", f"{pyodide}/pyodide.asm.wasm", f"{pyodide}/pyodide.asm.mjs",
        f"{pyodide}/python_stdlib.zip", f"{pyodide}/pyodide-lock.json",
        "cli/wasmlit.js", "cli/resolve_wheels.py", "py/pyproject.toml", "py/wasmlit/__init__.py",
    ]:
        assert needed in files
    assert any(re.fullmatch(r"dist/pyodide/micropip-.*\.whl", path) for path in files)
    # The boot files the build made: bytecode of the stdlib and the runtime, and the snapshot.
    for made in ("wasmlit-stdlib-", "wasmlit-runtime-", "wasmlit-snapshot-"):
        assert any(path.startswith(f"{pyodide}/{made}") for path in files), made
    assert not [path for path in files if path.startswith("py/tests/") or "__pycache__" in path or path.endswith(".pyc")]
    package = json.loads((ROOT / "package.json").read_text())
    assert "dependencies" not in package  # everything the page uses is bundled into dist/
    assert package["scripts"]["prepack"] and package["engines"]["node"] == ">=20"


@pytest.fixture(scope="module")
def project(tarball, tmp_path_factory):
    """An empty project with the tarball installed (offline) and an app.py of its own."""
    folder = tmp_path_factory.mktemp("my-project")
    (folder / "package.json").write_text('{"name": "my-project", "private": true}\n')
    result = subprocess.run(
        ["npm", "install", "--offline", "--no-audit", "--no-fund", str(tarball[0])],
        cwd=folder, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "EBADENGINE" not in result.stderr
    assert sorted(p.name for p in (folder / "node_modules").iterdir() if not p.name.startswith(".")) == ["wasmlit"]
    (folder / "app.py").write_text(APP)
    return folder


class NpxServe:
    """`npx wasmlit serve app.py --port 0` in the project; `base_url` from its output."""

    def __init__(self, folder, *args):
        self.proc = subprocess.Popen(
            ["npx", "wasmlit", "serve", "app.py", "--port", "0", *args], cwd=folder,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True,
            start_new_session=True,  # npx runs the CLI in a child process: stop the whole group
        )
        self.output = []
        lines = queue.Queue()
        threading.Thread(target=self._drain, args=(lines,), daemon=True).start()
        self.base_url = None
        deadline = time.monotonic() + 120
        while self.base_url is None:
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            assert line is not None, "".join(self.output)
            match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if match:
                self.base_url = f"http://127.0.0.1:{match.group(1)}"

    def _drain(self, lines):
        for line in self.proc.stdout:
            self.output.append(line)
            lines.put(line)
        lines.put(None)

    def close(self):
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        self.proc.wait(timeout=20)


def test_npx_wasmlit_serve_runs_the_projects_app(project, page, offsite_requests):
    server = NpxServe(project)
    try:
        page.goto(server.base_url + "/")
        wait_for_app(page)
        expect(page.get_by_test_id("stHeading")).to_have_text("My own app")
        page.get_by_role("button", name="Increment").click()
        expect(page.get_by_text("Count: 1", exact=True)).to_be_visible()
        assert offsite_requests == []
    finally:
        server.close()
    assert "Local URL: http://localhost:" in "".join(server.output)


def test_npx_wasmlit_build_writes_a_site_that_does_not_grow(project, page, offsite_requests):
    sizes = []
    for _ in range(3):
        result = subprocess.run(["npx", "wasmlit", "build"], cwd=project, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        assert f"wrote {project / 'site'}" in result.stdout
        bundle = json.loads((project / "site" / "_wasmlit" / "app.json").read_text())
        # The site (inside the app's folder) and node_modules are never part of the app.
        assert sorted(bundle["files"]) == ["app.py", "package-lock.json", "package.json"]
        sizes.append(sum(f.stat().st_size for f in (project / "site").rglob("*") if f.is_file()))
    assert sizes[0] == sizes[1] == sizes[2]

    with static_server(project / "site") as base:
        page.goto(base)
        wait_for_app(page)
        expect(page.get_by_test_id("stHeading")).to_have_text("My own app")
        assert offsite_requests == []


def test_the_installed_cli_says_what_it_cannot_do(project):
    result = subprocess.run(["npx", "wasmlit", "build", "--rebuild"], cwd=project, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "--rebuild works in a wasmlit checkout only" in result.stderr
    result = subprocess.run(["npx", "wasmlit", "--version"], cwd=project, capture_output=True, text=True, timeout=120)
    pyodide = json.loads((ROOT / "package.json").read_text())["devDependencies"]["pyodide"]
    assert re.fullmatch(rf"wasmlit \d+\.\d+\.\d+ \(Pyodide {re.escape(pyodide)}\)\n", result.stdout)


def satisfies(version, spec):
    """Does `version` (a tuple) satisfy an npm engines range of the forms the lock
    file uses ("*", ">=X.Y", "^X.Y.Z", "X.*", joined with "||")?"""

    def parse(text):
        parts = [int(p) for p in text.replace("*", "0").split(".") if p != ""]
        return tuple(parts + [0] * (3 - len(parts)))

    for alternative in spec.split("||"):
        alternative = alternative.strip().replace(">= ", ">=")
        if alternative == "*":
            return True
        if alternative.startswith(">="):
            if version >= parse(alternative[2:]):
                return True
        elif alternative.startswith("^"):
            low = parse(alternative[1:])
            if low <= version and version[0] == low[0]:
                return True
        elif alternative.endswith(".*"):
            if version[0] == parse(alternative)[0]:
                return True
        else:
            raise AssertionError(f"unexpected engines range {spec!r}")
    return False


def test_every_locked_package_runs_on_node_20():
    # `npm ci` on Node 20 must not warn EBADENGINE (katex's commander is pinned for that).
    lock = json.loads((ROOT / "package-lock.json").read_text())
    node_20 = (20, 19, 0)
    too_new = {
        path: entry["engines"]["node"]
        for path, entry in lock["packages"].items()
        if path and isinstance(entry.get("engines"), dict) and "node" in entry["engines"]
        and not satisfies(node_20, entry["engines"]["node"])
    }
    assert too_new == {}
