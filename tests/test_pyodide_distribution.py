"""`wasmlit build --pyodide-packages DIR` with a local folder laid out like a
Pyodide distribution (pyodide-lock.json + package files), without network:
the packages the app needs are copied into the site and checked against the
lock's sha256, DIR's lock is merged into the site's (a package only DIR has
resolves as a Pyodide package and loads in the page), and a damaged file or a
distribution for another Python fails the build with a clear message."""

import hashlib
import json
import subprocess

import pytest
from conftest import ROOT, static_server, wait_for_app
from playwright.sync_api import expect
from wheel_fixture import make_wheel

CLI = ["node", str(ROOT / "cli" / "wasmlit.js")]
NPM_LOCK = ROOT / "node_modules" / "pyodide" / "pyodide-lock.json"
PYODIDE_VERSION = json.loads((ROOT / "node_modules" / "pyodide" / "package.json").read_text())["version"]


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_distribution(folder, info):
    """A distribution with two compiled-looking packages of its own: tinyext
    (depends on tinyextdep), which the npm package's lock does not list."""
    tag = f"cp{info['python'].split('.')[0]}{info['python'].split('.')[1]}-none-any"
    ext = make_wheel(folder, "tinyext", "1.0", tag=tag, module_source=(
        'VERSION = "1.0"\n'
        "def dep():\n"
        "    import tinyextdep\n"
        "    return tinyextdep.VERSION\n"
    ))
    dep = make_wheel(folder, "tinyextdep", "2.0", tag=tag)
    packages = {
        "tinyext": {"name": "tinyext", "version": "1.0", "file_name": ext.name, "install_dir": "site",
                    "sha256": sha256(ext), "package_type": "package", "imports": ["tinyext"],
                    "depends": ["tinyextdep"], "unvendored_tests": False},
        "tinyextdep": {"name": "tinyextdep", "version": "2.0", "file_name": dep.name, "install_dir": "site",
                       "sha256": sha256(dep), "package_type": "package", "imports": ["tinyextdep"],
                       "depends": [], "unvendored_tests": False},
    }
    (folder / "pyodide-lock.json").write_text(json.dumps({"info": info, "packages": packages}))
    return folder


@pytest.fixture(scope="module")
def distribution(tmp_path_factory):
    info = json.loads(NPM_LOCK.read_text())["info"]
    return make_distribution(tmp_path_factory.mktemp("pyodide-dist"), info)


def make_app(folder, source, requirements):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "app.py").write_text(source)
    (folder / "requirements.txt").write_text("".join(f"{r}\n" for r in requirements))
    return folder


def build(app, site, distribution, *extra):
    return subprocess.run([*CLI, "build", str(app), "--out", str(site), "--no-index",
                           "--find-links", str(app), "--pyodide-packages", str(distribution), *extra],
                          cwd=ROOT, capture_output=True, text=True)


APP = 'import streamlit as st\nimport tinyext\nst.write(f"tinyext {tinyext.VERSION} with tinyextdep {tinyext.dep()}")\n'


@pytest.fixture(scope="module")
def site(built_site, distribution, tmp_path_factory):
    base = tmp_path_factory.mktemp("dist-site")
    app = make_app(base / "app", APP, ["tinyext"])
    site = base / "site"
    result = build(app, site, distribution)
    assert result.returncode == 0, result.stderr
    return site, result


def test_the_packages_are_copied_and_listed(site, distribution):
    site, result = site
    for name in ("tinyext-1.0", "tinyextdep-2.0"):
        (wheel,) = distribution.glob(f"{name}-*.whl")
        assert (site / "pyodide" / wheel.name).read_bytes() == wheel.read_bytes()
    packages = json.loads((site / "_wasmlit" / "packages.json").read_text())
    assert [(p["name"], p["version"], p["shipped"]) for p in packages["pyodide"]] == [
        ("tinyext", "1.0", True), ("tinyextdep", "2.0", True)]
    assert packages["wheels"] == []
    assert "Pyodide packages shipped in pyodide/: tinyext 1.0, tinyextdep 2.0" in result.stdout


def test_the_distributions_lock_is_merged_into_a_lock_of_the_site(site):
    site, result = site
    packages = json.loads((site / "_wasmlit" / "packages.json").read_text())
    name = packages["pyodideLockFile"]
    assert name.startswith("pyodide-lock-") and name.endswith(".json")
    merged = json.loads((site / "pyodide" / name).read_text())
    npm = json.loads(NPM_LOCK.read_text())
    assert merged["info"] == npm["info"]
    assert set(merged["packages"]) == set(npm["packages"]) | {"tinyext", "tinyextdep"}
    assert merged["packages"]["numpy"] == npm["packages"]["numpy"]
    # the site's own pyodide-lock.json stays the npm package's (browsers may have it cached)
    assert json.loads((site / "pyodide" / PYODIDE_VERSION / "pyodide-lock.json").read_text()) == npm
    assert f"pyodide/{name}" in result.stdout


def test_a_file_that_does_not_match_the_lock_fails_the_build(built_site, distribution, tmp_path):
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    for path in distribution.iterdir():
        (damaged / path.name).write_bytes(path.read_bytes())
    (wheel,) = damaged.glob("tinyextdep-*.whl")
    wheel.write_bytes(wheel.read_bytes() + b"tampered")
    app = make_app(tmp_path / "app", APP, ["tinyext"])
    site = tmp_path / "site"
    result = build(app, site, damaged)
    assert result.returncode == 1
    assert f"{wheel} does not match pyodide-lock.json (sha256 {sha256(wheel)}, the lock says" in result.stderr
    assert "download the distribution again" in result.stderr
    assert not site.exists()


def test_a_distribution_for_another_python_fails_the_build(built_site, tmp_path):
    info = dict(json.loads(NPM_LOCK.read_text())["info"], python="3.9.0")
    other = make_distribution(tmp_path / "other", info)
    app = make_app(tmp_path / "app", APP, ["tinyext"])
    result = build(app, tmp_path / "site", other)
    assert result.returncode == 1
    want = json.loads(NPM_LOCK.read_text())["info"]["python"]
    assert 'pyodide-lock.json is for python "3.9.0", this site\'s Pyodide' in result.stderr
    assert f'needs "{want}": --pyodide-packages must be a Pyodide' in result.stderr


def test_a_folder_without_a_lock_is_not_a_distribution(built_site, tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    app = make_app(tmp_path / "app", APP, ["tinyext"])
    result = build(app, tmp_path / "site", folder)
    assert result.returncode == 1
    assert f"{folder} has no pyodide-lock.json: --pyodide-packages must be a Pyodide" in result.stderr


def test_the_site_loads_the_packages_from_its_own_folder(page, site, offsite_requests, seen_requests):
    site, _ = site
    with static_server(site) as url:
        page.goto(url)
        wait_for_app(page)
        expect(page.get_by_text("tinyext 1.0 with tinyextdep 2.0", exact=True)).to_be_visible()
        assert offsite_requests == []
        assert any("/pyodide/pyodide-lock-" in url for url in seen_requests), seen_requests
        assert any(url.endswith("/pyodide/" + next(site.glob("pyodide/tinyext-1.0-*.whl")).name) for url in seen_requests)
