"""st.secrets: secrets.toml in the app's folder, nested tables, Streamlit's errors."""

import os

import pytest

from wasmlit.testing import AppTest

SCRIPT = """
import os
import streamlit as st
st.write(st.secrets["API_KEY"], st.secrets.db.user, st.secrets["db"]["port"])
st.write(os.environ.get("API_KEY"))
try:
    st.secrets.nope
except AttributeError as e:
    st.write(str(e))
try:
    st.secrets["x"] = 1
except TypeError as e:
    st.write(str(e))
st.write(st.secrets.to_dict())
"""


@pytest.fixture
def in_app_folder(app_file, monkeypatch):
    def make(files):
        script = app_file(SCRIPT, files)
        monkeypatch.chdir(script.parent)  # the worker runs apps in their folder
        monkeypatch.setenv("HOME", str(script.parent / "home"))
        return script

    return make


def test_secrets_from_the_app_folder(in_app_folder):
    at = AppTest.from_file(
        in_app_folder({".streamlit/secrets.toml": 'API_KEY = "abc"\n[db]\nuser = "ann"\nport = 5432\n'})
    ).run()
    assert at.markdown.values == [
        "abc ann `5432`",
        "abc",
        'st.secrets has no attribute "nope". Did you forget to add it to secrets.toml, mount it to secret directory, '
        "or the app settings on Streamlit Cloud? More info: "
        "https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management",
        "Secrets does not support item assignment.",
    ]
    assert at.json[0].value == '{"API_KEY": "abc", "db": {"user": "ann", "port": 5432}}'
    os.environ.pop("API_KEY", None)


def test_no_secrets_file_is_streamlit_s_error(in_app_folder):
    script = in_app_folder({})
    at = AppTest.from_file(script).run()
    (exc,) = at.exception
    assert exc.message == (
        "No secrets found. Valid paths for a secrets.toml file or secret directories are: "
        f"{script.parent / 'home' / '.streamlit' / 'secrets.toml'}, {script.parent / '.streamlit' / 'secrets.toml'}"
    )


def test_app_test_secrets_replace_the_files(in_app_folder):
    at = AppTest.from_file(in_app_folder({}))
    at.secrets = {"API_KEY": "given", "db": {"user": "bo", "port": 1}}
    at.run()
    assert at.markdown.values[0] == "given bo `1`"
    os.environ.pop("API_KEY", None)
