"""The wasmlit CLI without a browser: what `serve` answers and what `build` writes."""

import json
import re
import socket
import subprocess
import urllib.error
import urllib.request

import pytest
from conftest import ROOT

CLI = ["node", str(ROOT / "cli" / "wasmlit.js")]
PYODIDE = json.loads((ROOT / "node_modules" / "pyodide" / "package.json").read_text())["version"]


@pytest.fixture(scope="module")
def app_dir(tmp_path_factory):
    app = tmp_path_factory.mktemp("cliapp")
    (app / "app.py").write_text("import streamlit as st\nst.title('hi')\n")
    (app / "helper.py").write_text("X = 1\n")
    (app / "pages").mkdir()
    (app / "pages" / "one.py").write_text("import streamlit as st\n")
    (app / ".streamlit").mkdir()
    (app / ".streamlit" / "config.toml").write_text("[runner]\nmagicEnabled = false\n")
    (app / "data.bin").write_bytes(bytes([0, 1, 2, 255]))
    # numpy is one of Pyodide's compiled packages: resolved without pip (no network).
    (app / "requirements.txt").write_text("streamlit>=1.30\n# comment\nnumpy>=1.20  # pinned\n")
    for skipped in ["__pycache__", ".git", "node_modules", ".venv", "venv", ".hidden"]:
        (app / skipped).mkdir()
        (app / skipped / "skipped.py").write_text("")
    return app


def get(url, method="GET"):
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_app_bundle_holds_the_app_folder(serve_app, app_dir):
    base = serve_app(app_dir / "app.py", "--config", "runner.enforceSerializableSessionState=true")
    status, headers, body = get(base + "/_wasmlit/app.json")
    assert status == 200
    bundle = json.loads(body)
    assert bundle["entrypoint"] == "app.py"
    assert sorted(bundle["files"]) == [
        ".streamlit/config.toml", "app.py", "data.bin", "helper.py", "pages/one.py", "requirements.txt",
    ]
    assert bundle["files"]["app.py"] == {"text": "import streamlit as st\nst.title('hi')\n"}
    assert bundle["files"]["data.bin"] == {"base64": "AAEC/w=="}
    assert bundle["config"] == {"runner.enforceSerializableSessionState": True}
    assert bundle["requirements"] == ["numpy>=1.20"]
    assert bundle["packages"]["wheels"] == []
    assert [(p["name"], p["shipped"]) for p in bundle["packages"]["pyodide"]] == [("numpy", False)]


def test_app_bundle_is_read_again_on_each_request(serve_app, app_dir):
    base = serve_app(app_dir / "app.py", "--config", "runner.enforceSerializableSessionState=true")
    (app_dir / "helper.py").write_text("X = 2\n")
    bundle = json.loads(get(base + "/_wasmlit/app.json")[2])
    assert bundle["files"]["helper.py"] == {"text": "X = 2\n"}


def test_serve_headers_types_and_fallback(serve_app, app_dir):
    base = serve_app(app_dir / "app.py")
    status, headers, body = get(base + "/some/page?x=1")
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["Cross-Origin-Embedder-Policy"] == "require-corp"
    assert b'<base href="/" />' in body

    status, headers, _ = get(base + f"/pyodide/{PYODIDE}/pyodide.asm.wasm", method="HEAD")
    assert (status, headers["Content-Type"]) == (200, "application/wasm")
    # Pyodide's files sit under a versioned path: cached for good, never revalidated.
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
    status, headers, _ = get(base + f"/pyodide/{PYODIDE}/pyodide.asm.mjs", method="HEAD")
    assert (status, headers["Content-Type"].split(";")[0]) == (200, "text/javascript")
    assert get(base + "/pyodide/missing.js")[0] == 404
    assert get(base + f"/pyodide/{PYODIDE}/missing.js")[0] == 404
    # The app and the page are revalidated on every load.
    assert get(base + "/_wasmlit/app.json", method="HEAD")[1]["Cache-Control"] == "no-store"
    assert get(base + "/", method="HEAD")[1]["Cache-Control"] == "no-cache"
    assert get(base + "/assets/missing.js")[0] == 404


def test_serve_answers_on_localhost_too(serve_app, app_dir):
    port = serve_app(app_dir / "app.py").rsplit(":", 1)[1]
    assert get(f"http://localhost:{port}/")[0] == 200


def test_build_writes_a_static_site(built_site, app_dir, tmp_path):
    site = tmp_path / "site"
    subprocess.run([*CLI, "build", str(app_dir), "--out", str(site), "--config", "a.b=3"], check=True, cwd=ROOT)
    assert "<base" not in (site / "index.html").read_text()
    for name in ["pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"]:
        assert (site / "pyodide" / PYODIDE / name).is_file()
    # wasmlit's runtime (always), with the bytecode and the snapshot the build made (content-hashed).
    assert len(list((site / "pyodide" / PYODIDE).glob("wasmlit-runtime-*.bin"))) == 1
    assert list((site / "pyodide").glob("micropip-*.whl"))
    bundle = json.loads((site / "_wasmlit" / "app.json").read_text())
    assert bundle["entrypoint"] == "app.py" and bundle["config"] == {"a.b": 3}

    # An earlier site is replaced; any other non-empty folder is left alone.
    subprocess.run([*CLI, "build", str(app_dir / "app.py"), "--out", str(site)], check=True, cwd=ROOT)
    other = tmp_path / "other"
    other.mkdir()
    (other / "keep.txt").write_text("mine")
    result = subprocess.run([*CLI, "build", str(app_dir), "--out", str(other)], cwd=ROOT, capture_output=True)
    assert result.returncode != 0 and (other / "keep.txt").read_text() == "mine"


def test_help_and_version():
    result = subprocess.run([*CLI, "--help"], capture_output=True, text=True, check=True)
    assert result.stdout.startswith("Usage:\n  wasmlit serve [PATH]") and result.stderr == ""
    result = subprocess.run([*CLI, "--version"], capture_output=True, text=True, check=True)
    assert re.fullmatch(r"wasmlit \d+\.\d+\.\d+ \(Pyodide \d+\.\d+\.\d+\)\n", result.stdout)
    result = subprocess.run([*CLI, "frob"], capture_output=True, text=True)
    assert result.returncode == 2
    assert "unknown command frob (the commands are serve and build)" in result.stderr
    assert "Run `wasmlit --help` for every option." in result.stderr


def test_an_app_folder_without_an_app_says_what_to_do(tmp_path):
    result = subprocess.run([*CLI, "build"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 1
    assert "this folder holds neither streamlit_app.py nor app.py: name the app's script" in result.stderr


def test_the_bundle_leaves_out_builds_environments_and_caches(built_site, tmp_path):
    app = tmp_path / "app"
    app.mkdir()
    (app / "app.py").write_text("import streamlit as st\n")
    (app / "data").mkdir()
    (app / "data" / "table.csv").write_text("a\n1\n")
    for folder, marker in [("myenv", "pyvenv.cfg"), ("conda", "conda-meta/history"), ("old-site", "_wasmlit/app.json"),
                           ("pkg.egg-info", "PKG-INFO"), ("__pycache__", "app.cpython-311.pyc"),
                           (".mypy_cache", "x.json"), ("node_modules", "x/index.js")]:
        (app / folder / marker).parent.mkdir(parents=True, exist_ok=True)
        (app / folder / marker).write_text("x")
        (app / folder / "module.py").write_text("")
    (app / ".DS_Store").write_bytes(b"\0")
    for _ in range(2):  # the default --out, inside the app folder, is left out of the next build
        subprocess.run([*CLI, "build"], cwd=app, check=True, capture_output=True)
        bundle = json.loads((app / "site" / "_wasmlit" / "app.json").read_text())
        assert sorted(bundle["files"]) == ["app.py", "data/table.csv"]
    # An --out folder inside the app is left out even before it is a site.
    out = app / "public"
    subprocess.run([*CLI, "build", str(app), "--out", str(out)], check=True, capture_output=True)
    assert sorted(json.loads((out / "_wasmlit" / "app.json").read_text())["files"]) == ["app.py", "data/table.csv"]
    result = subprocess.run([*CLI, "build", str(app), "--out", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 2 and "would replace the app's own folder" in result.stderr


def test_a_large_bundle_names_its_largest_files(built_site, tmp_path):
    (tmp_path / "app.py").write_text("import streamlit as st\n")
    (tmp_path / "big.parquet").write_bytes(bytes(6 * 1024 * 1024))
    (tmp_path / "small.csv").write_text("a\n" * 2000)
    result = subprocess.run([*CLI, "build", str(tmp_path), "--out", str(tmp_path / "out")],
                            capture_output=True, text=True, check=True)
    assert "warning: the app's files add up to 6.0 MB; every visit downloads all of them" in result.stdout
    assert re.search(r"6\.0 MB  big\.parquet\n +4 KB  small\.csv\n", result.stdout)
    assert "Move what the app does not read out of its folder" in result.stdout


def read_event(stream):
    """The data of the next Server-Sent Event on `stream` (a urllib response)."""
    data = []
    for raw in stream:
        line = raw.decode().rstrip("\n")
        if line.startswith("data: "):
            data.append(line[6:])
        elif line == "" and data:
            return json.loads("\n".join(data))
    raise AssertionError("the stream ended")


def test_serve_reads_the_folder_once_per_change_and_announces_it(serve_app, tmp_path_factory):
    app = tmp_path_factory.mktemp("announced")
    (app / "app.py").write_text("import streamlit as st\n")
    base = serve_app(app / "app.py")
    first = json.loads(get(base + "/_wasmlit/app.json")[2])
    assert first["dev"] == {"changes": "_wasmlit/changes", "revision": first["dev"]["revision"],
                            "sourceDir": str(app)}
    # Page loads without a change read nothing new.
    assert json.loads(get(base + "/_wasmlit/app.json")[2])["dev"] == first["dev"]

    with urllib.request.urlopen(base + "/_wasmlit/changes", timeout=30) as stream:
        assert stream.headers["Content-Type"] == "text/event-stream; charset=utf-8"
        assert stream.headers["Cross-Origin-Embedder-Policy"] == "require-corp"
        assert read_event(stream) == {"revision": first["dev"]["revision"]}
        (app / "helper.py").write_text("X = 1\n")
        assert read_event(stream) == {"revision": first["dev"]["revision"] + 1}
    bundle = json.loads(get(base + "/_wasmlit/app.json")[2])
    assert bundle["dev"]["revision"] == first["dev"]["revision"] + 1
    assert bundle["files"]["helper.py"] == {"text": "X = 1\n"}


def test_a_port_in_use_says_what_to_do(built_site, tmp_path):
    (tmp_path / "app.py").write_text("import streamlit as st\n")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([*CLI, "serve", str(tmp_path), "--port", str(port)],
                                capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert f"port {port} is in use (another wasmlit or streamlit?): pass another --port N, or --port 0" in result.stderr
