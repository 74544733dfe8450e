import json

from wasmlit.runtime.app_environment import AppEnvironment


def env(source_dir=None):
    return AppEnvironment(app_dir="/home/pyodide/app", source_dir=source_dir)


def test_paths_in_the_app_folder_are_shown_as_the_author_knows_them():
    served = env("/home/me/my-app")
    assert served.shown_path("/home/pyodide/app/app.py") == "/home/me/my-app/app.py"
    assert served.shown_path("/home/pyodide/app/pages/1_a.py") == "/home/me/my-app/pages/1_a.py"
    assert served.shown_path("/lib/python3.14/site-packages/x.py") == "/lib/python3.14/site-packages/x.py"
    assert served.shown_path("/home/pyodide/application.py") == "/home/pyodide/application.py"


def test_a_built_site_shows_paths_relative_to_the_app_folder():
    built = env(None)
    assert built.shown_path("/home/pyodide/app/app.py") == "app.py"
    assert built.shown_path("/home/pyodide/app/pages/x.py") == "pages/x.py"


def test_a_folder_served_from_windows_keeps_its_separators():
    windows = env("C:\\Users\\me\\app")
    assert windows.shown_path("/home/pyodide/app/pages/x.py") == "C:\\Users\\me\\app\\pages\\x.py"


def test_from_json_and_requirement_names():
    text = json.dumps(
        {
            "sourceDir": "/srv/app",
            "requirements": ["Scikit_Learn>=1", "requests[socks]; python_version>'3'", "# x"],
            "pyodidePackages": "url",
            "distribution": {
                "version": "314.0.7",
                "archiveURL": "https://x/p.tar.bz2",
                "archiveSize": "337 MB",
                "cdnURL": "https://cdn/full/",
            },
        }
    )
    parsed = AppEnvironment.from_json(text, "/home/pyodide/app", "streamlit_app.py")
    assert parsed.source_dir == "/srv/app"
    assert parsed.entrypoint == "streamlit_app.py"
    assert parsed.required_names() == {"scikit-learn", "requests"}
    assert parsed.pyodide_packages == "url"
    assert parsed.distribution.archive_size == "337 MB"
    assert AppEnvironment.from_json("{}", "/a", "app.py").source_dir is None
