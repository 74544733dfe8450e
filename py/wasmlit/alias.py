"""Makes ``import streamlit`` (and ``streamlit.errors``) resolve to wasmlit."""

from __future__ import annotations

import sys


def install_streamlit_alias() -> None:
    from wasmlit import api, errors

    if sys.modules.get("streamlit") is not api:
        sys.modules["streamlit"] = api
        sys.modules["streamlit.errors"] = errors
