"""Makes ``import streamlit`` (and the submodules scripts import from it)
resolve to wasmlit."""

from __future__ import annotations

import importlib
import sys

# Streamlit module name -> the wasmlit module that stands in for it.
ALIASES = {
    "streamlit": "wasmlit.api",
    "streamlit.errors": "wasmlit.errors",
    "streamlit.components": "wasmlit.components",
    "streamlit.components.v1": "wasmlit.components.v1",
    "streamlit.components.v1.components": "wasmlit.components.v1.components",
    "streamlit.components.v1.custom_component": "wasmlit.components.v1.custom_component",
    "streamlit.components.v1.component_registry": "wasmlit.components.v1.component_registry",
    "streamlit.components.v2": "wasmlit.components.v2",
    "streamlit.column_config": "wasmlit.elements.column_config",
    "streamlit.delta_generator": "wasmlit.delta_generator",
    "streamlit.navigation": "wasmlit.navigation",
    "streamlit.navigation.page": "wasmlit.navigation.page",
    "streamlit.runtime": "wasmlit.runtime.public",
    "streamlit.runtime.scriptrunner": "wasmlit.runtime.public",
    "streamlit.runtime.scriptrunner.script_run_context": "wasmlit.runtime.public",
    "streamlit.runtime.scriptrunner_utils": "wasmlit.runtime.public",
    "streamlit.runtime.scriptrunner_utils.script_run_context": "wasmlit.runtime.public",
    "streamlit.runtime.state": "wasmlit.runtime.public",
}


def install_streamlit_alias() -> None:
    from wasmlit import api

    if sys.modules.get("streamlit") is api:
        return
    for name, target in ALIASES.items():
        sys.modules[name] = importlib.import_module(target)
    # `import streamlit.components.v1 as components` reads attributes down the
    # chain: give each parent the child (unless the name is also an API
    # function, like st.navigation).
    for name in ALIASES:
        parent, _, child = name.rpartition(".")
        if parent and not hasattr(sys.modules[parent], child):
            setattr(sys.modules[parent], child, sys.modules[name])
