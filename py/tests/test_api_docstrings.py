"""Every public command has a docstring that says what it does and names
each of its parameters (``st.help(st.slider)`` and editors show it)."""

from __future__ import annotations

import inspect
import re

import pytest

from wasmlit import api as st
from wasmlit.alias import install_streamlit_alias


def _public_commands() -> list[tuple[str, object]]:
    commands = []
    for name in sorted(dir(st)):
        obj = getattr(st, name)
        if name.startswith("_") or inspect.ismodule(obj) or not callable(obj):
            continue
        commands.append((name, obj))
    return commands


COMMANDS = _public_commands()


def test_the_walk_finds_the_commands():
    names = {name for name, _ in COMMANDS}
    assert {"slider", "button", "write", "cache_data", "fragment", "Page", "navigation"} <= names
    assert len(COMMANDS) > 100


def test_streamlit_alias_is_the_same_api():
    install_streamlit_alias()
    import streamlit

    assert streamlit is st


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_command_has_a_docstring_naming_its_parameters(name, command):
    doc = inspect.getdoc(command)
    assert doc and doc.splitlines()[0].strip(), f"st.{name} has no docstring"
    parameters = [
        p.name
        for p in inspect.signature(command).parameters.values()
        if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    ]
    undocumented = [p for p in parameters if not re.search(rf"\b{re.escape(p)}\b", doc)]
    assert not undocumented, f"st.{name}'s docstring does not describe {undocumented}"


def test_no_public_name_streamlit_lacks():
    # Imports the API module needs stay private (``_Any``), as in Streamlit.
    for name in ("Any", "NoReturn", "sys", "DEFAULTS", "validate_material_icon"):
        assert not hasattr(st, name)
