"""`wasmlit build` / `serve` and requirements, without a browser: what goes into
the wheelhouse, and the build failing (non-zero, a clear message, the output
folder untouched) when a requirement has no pure-Python wheel. Wheels are made
at test time and found with --no-index --find-links: no network."""

import hashlib
import json
import subprocess
import urllib.error
import urllib.request

import pytest
from conftest import ROOT
from wheel_fixture import make_wheel

CLI = ["node", str(ROOT / "cli" / "wasmlit.js")]


@pytest.fixture(scope="module")
def links(tmp_path_factory):
    folder = tmp_path_factory.mktemp("links")
    make_wheel(folder, "tinydep", "2.0")
    make_wheel(folder, "tinydep", "1.0")
    make_wheel(folder, "tinyextra", "1.0")
    make_wheel(folder, "tinypkg", "1.0", requires=(
        "tinydep>=2",
        "numpy; sys_platform == 'emscripten'",  # Pyodide's: loaded from its base URL
        "linuxonly; sys_platform == 'linux'",  # not for Pyodide: skipped
        "tinyextra; extra == 'more'",
    ))
    make_wheel(folder, "nativepkg", "1.0", tag="cp314-cp314-manylinux_2_17_x86_64")
    make_wheel(folder, "needsnative", "1.0", requires=("nativepkg",))
    return folder


def make_app(tmp_path, requirements):
    app = tmp_path / "app"
    app.mkdir(exist_ok=True)
    (app / "app.py").write_text("import streamlit as st\n")
    (app / "requirements.txt").write_text("".join(f"{line}\n" for line in requirements))
    return app


def build(app, out, links, *extra):
    return subprocess.run([*CLI, "build", str(app), "--out", str(out), "--no-index", "--find-links", str(links),
                           *extra], cwd=ROOT, capture_output=True, text=True)


def test_build_vendors_the_wheels_and_lists_the_packages(built_site, tmp_path, links):
    app = make_app(tmp_path, ["tinypkg[more]"])
    site = tmp_path / "site"
    result = build(app, site, links)
    assert result.returncode == 0, result.stderr
    wheels = sorted(p.name for p in (site / "_wasmlit" / "wheels").iterdir())
    assert wheels == ["tinydep-2.0-py3-none-any.whl", "tinyextra-1.0-py3-none-any.whl", "tinypkg-1.0-py3-none-any.whl"]
    packages = json.loads((site / "_wasmlit" / "packages.json").read_text())
    assert json.loads((site / "_wasmlit" / "app.json").read_text())["packages"] == packages
    assert [(w["name"], w["version"]) for w in packages["wheels"]] == [
        ("tinydep", "2.0"), ("tinyextra", "1.0"), ("tinypkg", "1.0")]
    assert all(len(w["sha256"]) == 64 for w in packages["wheels"])
    assert [(p["name"], p["shipped"]) for p in packages["pyodide"]] == [("numpy", False)]
    assert packages["python"].startswith("3.") and packages["indexURLs"] is None
    # The build says what the site holds, and what it does not.
    assert "wheelhouse (_wasmlit/wheels/): tinydep 2.0, tinyextra 1.0, tinypkg 1.0" in result.stdout
    assert "numpy" in result.stdout and "does NOT hold them" in result.stdout


def test_a_platform_only_wheel_fails_the_build(built_site, tmp_path, links):
    site = tmp_path / "site"
    site.mkdir()
    (site / "keep.txt").write_text("mine")
    app = make_app(tmp_path, ["needsnative"])
    result = build(app, site, links)
    assert result.returncode == 1
    assert "cannot be installed in the browser" in result.stderr
    assert "nativepkg: has only platform-specific wheels (e.g. cp314-cp314-manylinux_2_17_x86_64 for 1.0), " \
        "no pure-Python wheel: it contains compiled code, and Pyodide does not build it" in result.stderr
    assert "(needed by needsnative 1.0)" in result.stderr
    assert sorted(p.name for p in site.iterdir()) == ["keep.txt"]


def test_every_missing_wheel_is_reported(built_site, tmp_path, links):
    app = make_app(tmp_path, ["nosuchthing", "tinydep>=3", "numpy<1"])
    result = build(app, tmp_path / "site", links)
    assert result.returncode == 1, result.stdout
    # No such package, no such version, and the versions there are: three different messages.
    assert "nosuchthing: no package named 'nosuchthing' was found in the --find-links folders" in result.stderr
    assert "tinydep>=3: no such version with a pure-Python wheel. The versions wasmlit can install are 1.0, 2.0" \
        in result.stderr
    assert "numpy<1: Pyodide ships numpy" in result.stderr
    assert not (tmp_path / "site").exists()


def test_online_index_and_pyodide_base_url_are_written_not_vendored(built_site, tmp_path, links):
    app = make_app(tmp_path, ["tinypkg"])
    site = tmp_path / "site"
    result = build(app, site, links, "--package-index", "https://packages.example/simple",
                   "--pyodide-packages-url", "https://pyodide.example/full")
    assert result.returncode == 0, result.stderr
    packages = json.loads((site / "_wasmlit" / "app.json").read_text())["packages"]
    assert packages["indexURLs"] == ["https://packages.example/simple"]
    assert packages["pyodideBaseURL"] == "https://pyodide.example/full/"
    assert packages["wheels"] == [] and not (site / "_wasmlit" / "wheels").exists()


def test_chosen_pyodide_packages_are_copied_from_a_distribution(built_site, tmp_path, links):
    full = json.loads((ROOT / "node_modules" / "pyodide" / "pyodide-lock.json").read_text())
    lock = full["packages"]
    distribution = tmp_path / "pyodide-dist"
    distribution.mkdir()
    (distribution / lock["numpy"]["file_name"]).write_bytes(b"numpy's wheel")
    # The distribution's lock describes its own (here: fake) numpy file. More in test_pyodide_distribution.py.
    full["packages"]["numpy"] = dict(lock["numpy"], sha256=hashlib.sha256(b"numpy's wheel").hexdigest())
    (distribution / "pyodide-lock.json").write_text(json.dumps(full))
    app = make_app(tmp_path, ["numpy"])
    site = tmp_path / "site"
    result = build(app, site, links, "--pyodide-packages", str(distribution))
    assert result.returncode == 0, result.stderr
    assert (site / "pyodide" / lock["numpy"]["file_name"]).read_bytes() == b"numpy's wheel"
    packages = json.loads((site / "_wasmlit" / "packages.json").read_text())
    assert [(p["name"], p["shipped"]) for p in packages["pyodide"]] == [("numpy", True)]
    assert "Pyodide packages shipped in pyodide/: numpy" in result.stdout


def test_serve_vendors_like_build(serve_app, tmp_path_factory, links):
    app = make_app(tmp_path_factory.mktemp("served"), ["tinypkg"])
    base = serve_app(app / "app.py", "--no-index", "--find-links", str(links))
    with urllib.request.urlopen(base + "/_wasmlit/app.json", timeout=30) as response:
        packages = json.loads(response.read())["packages"]
    assert [w["file"] for w in packages["wheels"]] == ["tinydep-2.0-py3-none-any.whl", "tinypkg-1.0-py3-none-any.whl"]
    with urllib.request.urlopen(base + "/_wasmlit/wheels/tinypkg-1.0-py3-none-any.whl", timeout=30) as response:
        assert response.headers["Content-Type"] == "application/zip"
        assert response.read() == (links / "tinypkg-1.0-py3-none-any.whl").read_bytes()


def test_serve_refuses_to_start_without_a_wheel(built_site, tmp_path, links):
    app = make_app(tmp_path, ["nativepkg"])
    result = subprocess.run([*CLI, "serve", str(app), "--port", "0", "--no-index", "--find-links", str(links)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "nativepkg: has only platform-specific wheels" in result.stderr


def test_serve_reports_a_requirement_added_while_it_runs(serve_app, tmp_path_factory, links):
    app = make_app(tmp_path_factory.mktemp("edited"), ["tinydep"])
    base = serve_app(app / "app.py", "--no-index", "--find-links", str(links))
    (app / "requirements.txt").write_text("tinydep\nnativepkg\n")
    with urllib.request.urlopen(base + "/_wasmlit/app.json", timeout=60) as response:
        packages = json.loads(response.read())["packages"]
    # The page fails its boot with this text (worker/packages.js).
    assert "nativepkg: has only platform-specific wheels" in packages["error"]
    (app / "requirements.txt").write_text("tinydep\n")
    with urllib.request.urlopen(base + "/_wasmlit/app.json", timeout=60) as response:
        packages = json.loads(response.read())["packages"]
    assert "error" not in packages and [w["name"] for w in packages["wheels"]] == ["tinydep"]


COMPONENT_FILES = {
    "widgetpkg/frontend/build/index.html": "<p>component</p>",
    "widgetpkg/frontend/build/static/js/main.js": "console.log('main')",
    "widgetpkg/frontend/build/static/js/main.js.map": "{}",
    "widgetpkg/frontend/build/nested/index.html": "<p>inside the other one</p>",
    "widgetpkg/frontend/src/App.tsx": "source, not a frontend",
    "widgetpkg-1.0.data/purelib/otherwidget/index.html": "<p>other</p>",
}


def test_component_frontends_in_wheels_are_extracted_into_the_site(built_site, tmp_path, links):
    make_wheel(links, "widgetpkg", "1.0", extra_files=COMPONENT_FILES)
    app = make_app(tmp_path, ["widgetpkg"])
    site = tmp_path / "site"
    result = build(app, site, links)
    assert result.returncode == 0, result.stderr
    root = site / "_wasmlit" / "components" / "site-packages"
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()) == [
        "otherwidget/index.html",
        "widgetpkg/frontend/build/index.html",
        "widgetpkg/frontend/build/nested/index.html",
        "widgetpkg/frontend/build/static/js/main.js",
    ]
    packages = json.loads((site / "_wasmlit" / "packages.json").read_text())
    assert packages["components"] == [
        {"wheel": "widgetpkg-1.0-py3-none-any.whl", "folder": "otherwidget"},
        {"wheel": "widgetpkg-1.0-py3-none-any.whl", "folder": "widgetpkg/frontend/build"},
    ]
    assert "custom component frontends (_wasmlit/components/site-packages/): otherwidget, widgetpkg/frontend/build" \
        in result.stdout


def test_serve_hands_out_the_wheels_component_frontends(serve_app, tmp_path_factory, links):
    make_wheel(links, "widgetpkg", "1.0", extra_files=COMPONENT_FILES)
    app = make_app(tmp_path_factory.mktemp("served-components"), ["widgetpkg"])
    base = serve_app(app / "app.py", "--no-index", "--find-links", str(links))
    prefix = f"{base}/_wasmlit/components/site-packages"
    with urllib.request.urlopen(f"{prefix}/widgetpkg/frontend/build/static/js/main.js", timeout=60) as response:
        assert response.read() == b"console.log('main')"
    for path in ("widgetpkg/frontend/src/App.tsx", "widgetpkg/__init__.py", "../wheels/widgetpkg-1.0-py3-none-any.whl"):
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(f"{prefix}/{path}", timeout=30)
        assert error.value.code == 404, path


def test_serve_answers_pyodide_packages_from_a_distribution_folder(serve_app, tmp_path_factory, links):
    lock = json.loads((ROOT / "node_modules" / "pyodide" / "pyodide-lock.json").read_text())["packages"]
    distribution = tmp_path_factory.mktemp("pyodide")
    (distribution / lock["numpy"]["file_name"]).write_bytes(b"numpy's wheel")
    app = make_app(tmp_path_factory.mktemp("numpy-app"), ["numpy"])
    base = serve_app(app / "app.py", "--no-index", "--find-links", str(links), "--pyodide-packages", str(distribution))
    with urllib.request.urlopen(base + "/_wasmlit/app.json", timeout=60) as response:
        packages = json.loads(response.read())["packages"]
    assert [(p["name"], p["shipped"]) for p in packages["pyodide"]] == [("numpy", True)]
    assert packages["pyodideSource"] == "folder"
    with urllib.request.urlopen(f"{base}/pyodide/{lock['numpy']['file_name']}", timeout=30) as response:
        assert response.read() == b"numpy's wheel"


def test_without_a_distribution_the_build_names_the_one_to_get(built_site, tmp_path, links):
    result = build(make_app(tmp_path, ["numpy"]), tmp_path / "site", links)
    assert result.returncode == 0, result.stderr
    assert "The app will not start like this." in result.stdout
    assert "https://github.com/pyodide/pyodide/releases/download/314.0.7/pyodide-314.0.7.tar.bz2 (337 MB)" \
        in result.stdout
    assert "--pyodide-packages-url https://cdn.jsdelivr.net/pyodide/v314.0.7/full/" in result.stdout


def test_serve_says_when_the_distribution_folder_lacks_a_package(built_site, tmp_path, links):
    app = make_app(tmp_path, ["numpy"])
    result = subprocess.run([*CLI, "serve", str(app), "--port", "0", "--no-index", "--find-links", str(links),
                             "--pyodide-packages", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "is missing: --pyodide-packages must be the folder of an extracted Pyodide 314.0.7 distribution" \
        in result.stderr
