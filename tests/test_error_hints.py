"""Errors that say what to do (issue 13): under Streamlit's own exception
element (its message text unchanged), a line says how to fix what the browser
caused; tracebacks show the app folder's real path under `wasmlit serve` and
paths relative to it in a built site; a boot that needs Pyodide's packages the
site lacks names the distribution to get."""

import json
import re
import subprocess

from conftest import ROOT, APPS, click_and_wait
from playwright.sync_api import expect

ARCHIVE = "https://github.com/pyodide/pyodide/releases/download/314.0.7/pyodide-314.0.7.tar.bz2"
CDN = "https://cdn.jsdelivr.net/pyodide/v314.0.7/full/"
APP_DIR = (APPS / "error_hints").resolve()


def shown_error(page, button):
    click_and_wait(page, page.get_by_role("button", name=button, exact=True))
    error = page.get_by_test_id("stException")
    expect(error).to_have_count(1)
    return error


def test_a_missing_pyodide_package_names_the_requirement_and_the_distribution(open_app):
    page = open_app("error_hints")
    error = shown_error(page, "pandas")
    # Streamlit's own texts first, unchanged.
    expect(error.get_by_test_id("stExceptionMessage")).to_have_text("ModuleNotFoundError: No module named 'pandas'")
    # The author's own path, as `streamlit run` shows it.
    expect(error.get_by_test_id("stExceptionTraceRow").last).to_contain_text(
        f'File "{APP_DIR}/app.py", line 6, in <module>')
    hint = error.get_by_test_id("wasmlitExceptionHint")
    expect(hint).to_have_count(1)
    expect(hint).to_contain_text("pandas is one of Pyodide's compiled packages: add the line pandas to "
                                 "requirements.txt next to app.py.")
    expect(hint).to_contain_text("Pyodide 314.0.7 distribution")
    expect(hint).to_contain_text("pyodide-314.0.7.tar.bz2 (337 MB)")
    expect(hint.get_by_role("link", name="pyodide-314.0.7.tar.bz2")).to_have_attribute("href", ARCHIVE)
    expect(hint).to_contain_text("--pyodide-packages path/to/pyodide")
    expect(hint).to_contain_text(f"--pyodide-packages-url {CDN}")
    assert page.errors == []


def test_a_missing_pure_package_names_requirements_txt(open_app):
    page = open_app("error_hints")
    error = shown_error(page, "requests")
    expect(error.get_by_test_id("stExceptionMessage")).to_have_text("ModuleNotFoundError: No module named 'requests'")
    hint = error.get_by_test_id("wasmlitExceptionHint")
    expect(hint).to_contain_text("add the line requests to requirements.txt next to app.py")
    expect(hint).not_to_contain_text("--pyodide-packages")


def test_an_unknown_module_may_be_a_pypi_package_or_the_authors_own(open_app):
    page = open_app("error_hints")
    hint = shown_error(page, "humanize").get_by_test_id("wasmlitExceptionHint")
    expect(hint).to_contain_text("If humanize is a package from PyPI, add it to requirements.txt")
    expect(hint).to_contain_text("put humanize.py into the app's folder")


def test_a_file_outside_the_app_folder_says_only_the_folder_is_shipped(open_app):
    page = open_app("error_hints")
    error = shown_error(page, "outside file")
    expect(error.get_by_test_id("stExceptionMessage")).to_have_text(
        "FileNotFoundError: [Errno 44] No such file or directory: '../data.csv'")
    expect(error.get_by_test_id("wasmlitExceptionHint")).to_have_text(
        f"Only the app's folder ({APP_DIR}) is shipped with the app, and ../data.csv is outside it. Move the "
        "file into the app's folder (or a subfolder) and open it by a relative path such as data.csv.")


def test_a_built_site_shows_paths_relative_to_the_app_folder_and_holds_no_build_path(built_site, tmp_path, page):
    site = tmp_path / "site"
    result = subprocess.run(["node", str(ROOT / "cli" / "wasmlit.js"), "build", str(APP_DIR), "--out", str(site)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    bundle = json.loads((site / "_wasmlit" / "app.json").read_text())
    assert "dev" not in bundle
    for file in site.rglob("*"):
        if file.is_file() and file.suffix in {".json", ".html", ".js"}:
            assert str(APP_DIR) not in file.read_text(errors="replace"), file
    server = subprocess.Popen(["python3", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", str(site)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        port = re.search(r"port (\d+)", server.stdout.readline()).group(1)
        page.goto(f"http://127.0.0.1:{port}/")
        expect(page.get_by_role("button", name="outside file")).to_be_visible(timeout=180_000)
        error = shown_error(page, "outside file")
        expect(error.get_by_test_id("stExceptionTraceRow").last).to_contain_text(
            'File "app.py", line 10, in <module>')
        expect(error.get_by_test_id("wasmlitExceptionHint")).to_contain_text(
            "Only the app's folder is shipped with the app, and ../data.csv is outside it.")
    finally:
        server.terminate()
        server.wait()


def test_pandas_in_requirements_without_a_distribution_says_where_to_get_one(page, serve_app):
    page.goto(serve_app("tests/apps/pandas_required/app.py"))
    failure = page.get_by_test_id("stBootError")
    expect(failure).to_contain_text("This app could not start", timeout=240_000)
    expect(failure).to_contain_text("Pyodide's package(s) ")
    expect(failure).to_contain_text("this site does not hold them")
    expect(failure).to_contain_text(f"Download the Pyodide 314.0.7 distribution, {ARCHIVE} (337 MB)")
    expect(failure).to_contain_text(f"--pyodide-packages-url {CDN}")
    expect(failure).to_contain_text("What to do: Give wasmlit a Pyodide distribution as the message says")
    expect(failure).not_to_contain_text("assets/")
