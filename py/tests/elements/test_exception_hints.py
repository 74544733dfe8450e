"""What-to-do lines under uncaught exceptions caused by the browser (missing
packages, files outside the app's folder), and the author's paths in
tracebacks, for an app running with an environment as the worker gives it."""

import os

import pytest

from wasmlit.elements.exception import exception_props
from wasmlit.elements.exception_hints import exception_hints
from wasmlit.runtime.app_environment import AppEnvironment, PyodideDistribution, set_app_environment

LOCK = {
    "pandas": {
        "name": "pandas",
        "file_name": "pandas-3.0.2-cp314-cp314-pyemscripten_2026_0_wasm32.whl",
        "imports": ["pandas"],
        "package_type": "package",
    },
    "scikit-learn": {
        "name": "scikit-learn",
        "file_name": "scikit_learn-1.7-cp314-cp314-pyemscripten_2026_0_wasm32.whl",
        "imports": ["sklearn"],
        "package_type": "package",
    },
    "beautifulsoup4": {
        "name": "beautifulsoup4",
        "file_name": "beautifulsoup4-4.13-py3-none-any.whl",
        "imports": ["bs4"],
        "package_type": "package",
    },
    "libgeos": {"name": "libgeos", "file_name": "libgeos-3.12.1.zip", "imports": [], "package_type": "shared_library"},
}
DIST = PyodideDistribution(
    version="314.0.7",
    archive_url="https://github.com/pyodide/pyodide/releases/download/314.0.7/pyodide-314.0.7.tar.bz2",
    archive_size="337 MB",
    cdn_url="https://cdn.jsdelivr.net/pyodide/v314.0.7/full/",
)


def make_env(app_dir, source_dir=None, requirements=(), pyodide_packages=None):
    return AppEnvironment(
        app_dir=str(app_dir),
        source_dir=source_dir,
        requirements=list(requirements),
        pyodide_packages=pyodide_packages,
        distribution=DIST,
        lock_packages=lambda: LOCK,
    )


def missing(module):
    return ModuleNotFoundError(f"No module named '{module}'", name=module)


def test_a_compiled_pyodide_package_names_the_requirement_and_the_distribution(tmp_path):
    (hint,) = exception_hints(missing("pandas"), make_env(tmp_path))
    assert "add the line `pandas` to `requirements.txt` next to `app.py`" in hint
    assert "Pyodide 314.0.7 distribution" in hint
    assert "https://github.com/pyodide/pyodide/releases/download/314.0.7/pyodide-314.0.7.tar.bz2" in hint
    assert "(337 MB)" in hint
    assert "`--pyodide-packages path/to/pyodide`" in hint
    assert "`--pyodide-packages-url https://cdn.jsdelivr.net/pyodide/v314.0.7/full/`" in hint


def test_the_import_name_maps_to_the_package_and_a_configured_site_needs_only_the_line(tmp_path):
    (hint,) = exception_hints(missing("sklearn"), make_env(tmp_path, pyodide_packages="url"))
    assert "add the line `scikit-learn`" in hint
    assert "distribution" not in hint
    assert "reload the page" in hint


def test_a_pure_package_names_requirements_txt(tmp_path):
    (hint,) = exception_hints(missing("bs4"), make_env(tmp_path))
    assert "add the line `beautifulsoup4` to `requirements.txt`" in hint
    assert "pure-Python wheel" in hint
    assert "--pyodide-packages" not in hint


def test_an_unknown_module_may_be_from_pypi_or_the_authors_own(tmp_path):
    (hint,) = exception_hints(missing("humanize"), make_env(tmp_path))
    assert "If `humanize` is a package from PyPI, add it to `requirements.txt`" in hint
    assert "put `humanize.py` into the app's folder" in hint


def test_a_standard_module_pyodide_lacks(tmp_path):
    (hint,) = exception_hints(missing("tkinter"), make_env(tmp_path))
    assert "standard library" in hint


def test_no_hint_when_listed_importable_or_outside_the_browser(tmp_path):
    assert exception_hints(missing("pandas"), make_env(tmp_path, requirements=["pandas==3.0.2"])) == []
    assert exception_hints(missing("os.nothing"), make_env(tmp_path)) == []
    assert exception_hints(missing("pandas"), None) == []
    assert exception_hints(ValueError("x"), make_env(tmp_path)) == []


def test_a_module_error_inside_another_exception_still_gets_its_hint(tmp_path):
    try:
        try:
            raise missing("pandas")
        except ImportError as exc:
            raise RuntimeError("could not load the data") from exc
    except RuntimeError as outer:
        (hint,) = exception_hints(outer, make_env(tmp_path))
    assert "`pandas`" in hint


@pytest.fixture
def in_app_dir(tmp_path, monkeypatch):
    app_dir = tmp_path / "app"
    app_dir.mkdir()
    monkeypatch.chdir(app_dir)
    return app_dir


def not_found(path):
    return FileNotFoundError(2, "No such file or directory", path)


def test_a_file_outside_the_app_folder_says_only_the_folder_is_shipped(in_app_dir):
    (hint,) = exception_hints(not_found("../data.csv"), make_env(in_app_dir, "/home/me/my-app"))
    assert hint.startswith(
        "Only the app's folder (`/home/me/my-app`) is shipped with the app, and `../data.csv` is outside it."
    )
    assert "`data.csv`" in hint
    (built,) = exception_hints(not_found("/etc/data.csv"), make_env(in_app_dir))
    assert built.startswith("Only the app's folder is shipped with the app")


def test_an_absolute_path_of_the_authors_machine(in_app_dir):
    (hint,) = exception_hints(not_found("/home/me/my-app/data/x.csv"), make_env(in_app_dir, "/home/me/my-app"))
    assert f"is `{in_app_dir}`" in hint
    assert "(`data/x.csv`)" in hint


def test_a_file_in_a_left_out_folder_and_a_plain_missing_file(in_app_dir):
    (hint,) = exception_hints(not_found(".data/x.csv"), make_env(in_app_dir))
    assert hint.startswith("`.data/` is left out of the app")
    assert exception_hints(not_found("data.csv"), make_env(in_app_dir)) == []


def test_exception_props_carry_hints_and_the_authors_paths(in_app_dir):
    script = in_app_dir / "app.py"
    source = "import os\nopen('../secret.csv')\n"
    script.write_text(source)
    set_app_environment(make_env(in_app_dir, "/home/me/my-app"))
    try:
        try:
            exec(compile(source, str(script), "exec"), {})
        except FileNotFoundError as exc:
            props = exception_props(exc, uncaught=True)
            shown_by_st_exception = exception_props(exc)
        try:
            compile("x = (\n", str(script), "exec")
        except SyntaxError as exc:
            syntax = exception_props(exc, uncaught=True)
    finally:
        set_app_environment(None)
    assert props["stackTrace"][-1].startswith('File "/home/me/my-app/app.py", line 2, in <module>')
    assert props["message"] == "[Errno 2] No such file or directory: '../secret.csv'"
    assert props["hints"][0].startswith("Only the app's folder (`/home/me/my-app`)")
    assert "hints" not in shown_by_st_exception  # st.exception(e) shows the exception as it is
    assert syntax["message"].startswith('File "/home/me/my-app/app.py", line 1')


def test_without_an_environment_nothing_changes(tmp_path):
    try:
        open(os.path.join(tmp_path, "..", "nothing-here.csv"))
    except FileNotFoundError as exc:
        props = exception_props(exc, uncaught=True)
    assert "hints" not in props
    assert props["stackTrace"][0].startswith(f'File "{__file__}"')  # real paths, as Python shows them
