"""Every command wasmlit has takes exactly Streamlit 1.67's parameters: same
names, order, kinds and defaults (docs/compat/streamlit-1.67-signatures.txt,
written from Streamlit itself by scripts/streamlit_api_names.py). A script
written for Streamlit must never meet a TypeError (or a silently accepted
typo) that Streamlit would not raise."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SIGNATURES = ROOT / "docs" / "compat" / "streamlit-1.67-signatures.txt"

# Commands of 1.67 that wasmlit does not have yet (other parts of the
# project add them); each one that appears must then match too.
NOT_YET = {
    "App",
    "audio_input",
    "camera_input",
    "datetime_input",
    "graphviz_chart",
    "logo",
    "map",
    "menu_button",
    "mermaid_chart",
    "pdf",
    "plotly_chart",
    "pydeck_chart",
    "skeleton",
    "ButtonColumn",
}


def _signature_text():
    spec = importlib.util.spec_from_file_location("signature_text", ROOT / "scripts" / "signature_text.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.signature_text


def _reference() -> list[tuple[str, str]]:
    rows = []
    for line in SIGNATURES.read_text().splitlines():
        if line.startswith("#") or not line:
            continue
        match = re.match(r"([\w.]+)(\(.*\))$", line)
        rows.append((match.group(1), match.group(2)))
    return rows


def _lookup(st, dotted: str):
    value = st
    for part in dotted.split("."):
        value = getattr(value, part, None)
        if value is None:
            return None
    return value


def _is_unsupported_stub(name: str) -> bool:
    from wasmlit import api

    return name.split(".")[-1] in api._UNSUPPORTED and name.split(".")[-1] in NOT_YET


ROWS = _reference()


def test_the_reference_list_is_complete():
    names = {name for name, _ in ROWS}
    assert len(ROWS) > 200
    assert {"button", "sidebar.button", "column_config.NumberColumn", "components.v1.html"} <= names


@pytest.mark.parametrize("name, expected", ROWS, ids=[name for name, _ in ROWS])
def test_signature_matches_streamlit(st, name, expected):
    short = name.removeprefix("sidebar.").removeprefix("column_config.")
    value = _lookup(st, name)
    if short in NOT_YET and (value is None or _is_unsupported_stub(name)):
        pytest.skip(f"st.{short} is not in wasmlit yet")
    assert value is not None, f"st.{name} is missing"
    assert _signature_text()(value) == expected


@pytest.fixture(scope="module")
def st():
    from wasmlit.alias import install_streamlit_alias

    install_streamlit_alias()
    import streamlit

    return streamlit
