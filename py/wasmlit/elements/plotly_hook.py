"""Sets up Streamlit's Plotly template as soon as the app loads Plotly's
figure classes.

Streamlit registers its "streamlit" template (and makes it Plotly's default)
when ``streamlit`` is imported, so every figure an app builds carries it. In
the browser ``plotly`` is installed after wasmlit starts, and importing it at
boot would slow every app down; instead an import hook runs the set-up right
after ``plotly.graph_objs`` (which every figure class comes from) is loaded,
before the app can build a figure.
"""

from __future__ import annotations

import sys
from importlib.abc import MetaPathFinder
from typing import Any

WATCHED_MODULE = "plotly.graph_objs"


def _configure() -> None:
    try:
        from wasmlit.elements import plotly_theme

        plotly_theme.ensure_configured()
    except Exception as error:  # noqa: BLE001 - never break the app's own import
        print(f"wasmlit: could not set up Streamlit's Plotly theme: {error!r}", file=sys.stderr)


class PlotlyImportWatcher(MetaPathFinder):
    """Finds nothing itself: wraps the loader of WATCHED_MODULE so that
    loading it ends with the template set-up."""

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != WATCHED_MODULE:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                break
        else:
            return None
        loader = spec.loader
        if loader is None or not hasattr(loader, "exec_module"):
            return spec
        run_module = loader.exec_module

        def exec_module(module: Any) -> None:
            run_module(module)
            _configure()

        loader.exec_module = exec_module  # type: ignore[method-assign]  # wraps this one loader's method
        return spec


def install() -> None:
    """Sets the template up now if Plotly is loaded, else when it is."""
    if WATCHED_MODULE in sys.modules:
        _configure()
        return
    if not any(isinstance(finder, PlotlyImportWatcher) for finder in sys.meta_path):
        sys.meta_path.insert(0, PlotlyImportWatcher())
