"""The DeltaGenerator class and its three roots (main, sidebar, bottom), for
the modules delta_generator.py is built from (elements, widgets, layouts,
caching) and the runtime modules that put elements on the page.

delta_generator.py imports those modules to build its class, so they cannot
import it back; they look the class and the roots up here, at call time.
delta_generator.py installs them when it is imported. This module imports
nothing of wasmlit at load time: any module may import it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


class _Singletons:
    dg_class: "type[DeltaGenerator] | None" = None
    main: "DeltaGenerator | None" = None
    sidebar: "DeltaGenerator | None" = None
    bottom: "DeltaGenerator | None" = None


_installed = _Singletons()


def install(
    dg_class: "type[DeltaGenerator]", main: "DeltaGenerator", sidebar: "DeltaGenerator", bottom: "DeltaGenerator"
) -> None:
    """Called once by delta_generator.py when it is imported."""
    _installed.dg_class = dg_class
    _installed.main = main
    _installed.sidebar = sidebar
    _installed.bottom = bottom


def _ensure_installed() -> _Singletons:
    if _installed.dg_class is None:
        # Nothing has imported the API yet (a CPython test that drives one
        # module directly): importing delta_generator installs the roots.
        # The one deferred import of delta_generator in the package.
        import wasmlit.delta_generator  # noqa: F401
    return _installed


def dg_class() -> "type[DeltaGenerator]":
    cls = _ensure_installed().dg_class
    assert cls is not None
    return cls


def main_dg() -> "DeltaGenerator":
    """The main area's root: ``st.foo`` calls go here (and on to the
    innermost container entered with ``with``)."""
    dg = _ensure_installed().main
    assert dg is not None
    return dg


def sidebar_dg() -> "DeltaGenerator":
    dg = _ensure_installed().sidebar
    assert dg is not None
    return dg


def bottom_dg() -> "DeltaGenerator":
    """The root pinned to the bottom of the page (st.chat_input at the top level)."""
    dg = _ensure_installed().bottom
    assert dg is not None
    return dg
