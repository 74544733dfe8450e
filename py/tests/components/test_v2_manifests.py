"""Package-based st.components.v2 components (wasmlit/components/v2/manifests.py):
an installed package's pyproject.toml declares the component's asset_dir; a
`js`/`css` path or glob names one file of it, which the page loads from the
site (the element's jsUrl/cssUrl), with Streamlit 1.67's errors otherwise."""

import sys

import pytest

from wasmlit.components import frontend_urls
from wasmlit.testing import AppTest

PYPROJECT = """\
[project]
name = "my-widgets"
version = "1.0"

[[tool.streamlit.component.components]]
name = "counter"
asset_dir = "frontend/build"
"""


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """A distribution `my-widgets` installed in a site-packages folder on sys.path."""
    site = tmp_path / "site-packages"
    files = {
        "my_widgets/__init__.py": "",
        "my_widgets/pyproject.toml": PYPROJECT,
        "my_widgets/frontend/build/index-a1b2c3.js": "export default function () {}",
        "my_widgets/frontend/build/chunk-1.js": "export const x = 1;",
        "my_widgets/frontend/build/styles-9f8e.css": "p { color: red; }",
        "my_widgets/frontend/build/extra-1.js": "",
        "my_widgets/frontend/build/extra-2.js": "",
    }
    info = site / "my_widgets-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: my-widgets\nVersion: 1.0\nRequires-Dist: streamlit>=1.51\n"
    )
    (info / "RECORD").write_text("".join(f"{name},,\n" for name in [*files, "my_widgets-1.0.dist-info/METADATA"]))
    for name, text in files.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setattr(frontend_urls, "site_packages_dirs", lambda: [str(site.resolve())])
    yield site
    sys.modules.pop("my_widgets", None)


def _element(at):
    (element,) = at.get("bidi_component")
    return element


def test_a_glob_names_a_file_of_the_asset_dir_which_the_page_loads_from_the_site(installed, app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        c = st.components.v2.component("my-widgets.counter", html="<p>hi</p>", js="index-*.js", css="styles-*.css")
        c(key="k")
    """)
    ).run(timeout=30)
    assert not at.exception
    element = _element(at)
    assert element.js_url == "_wasmlit/components/site-packages/my_widgets/frontend/build/index-a1b2c3.js"
    assert element.css_url == "_wasmlit/components/site-packages/my_widgets/frontend/build/styles-9f8e.css"
    assert element.js_content == "" and element.css_content == ""
    assert element.html_content == "<p>hi</p>"


def test_a_plain_path_and_a_normalised_project_name_work_too(installed, app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        st.components.v2.component("my_widgets.counter", js="chunk-1.js")()
    """)
    ).run(timeout=30)
    assert not at.exception
    assert _element(at).js_url.endswith("/my_widgets/frontend/build/chunk-1.js")


@pytest.mark.parametrize(
    "js, message",
    [
        ("nothing-*.js", "No files found matching pattern 'nothing-*.js' in package root "),
        ("extra-*.js", "Multiple files found matching pattern 'extra-*.js': "),
        ("../*.py", "Path traversal attempts are not allowed in glob patterns: ../*.py"),
    ],
)
def test_a_glob_must_name_exactly_one_file_inside_the_asset_dir(installed, app_file, js, message):
    at = AppTest.from_file(
        app_file(f"""
        import streamlit as st
        st.components.v2.component("my-widgets.counter", js={js!r})()
    """)
    ).run(timeout=30)
    assert message in at.exception[0].message


def test_a_path_for_a_component_no_package_declares_is_streamlits_error(installed, app_file):
    at = AppTest.from_file(
        app_file("""
        import streamlit as st
        st.components.v2.component("my-widgets.other", js="index-*.js")
    """)
    ).run(timeout=30)
    assert at.exception[0].message == (
        "Component 'my-widgets.other' must be declared in pyproject.toml with asset_dir to use file-backed js."
    )
