"""``streamlit.components.v1``: html() and iframe() render into a sandboxed
iframe, as in Streamlit; ``declare_component`` gives a custom component whose
frontend folder the site carries (``wasmlit build`` / ``serve`` copy it in:
see docs/components.md) or whose ``url`` the page loads."""

from __future__ import annotations

from typing import Any

from wasmlit.components.v1.component_registry import declare_component
from wasmlit import dg_singletons as _dg_singletons


def html(
    html: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> Any:
    return _dg_singletons.main_dg()._active_dg._html(html, width, height, scrolling, tab_index=tab_index)


def iframe(
    src: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> Any:
    return _dg_singletons.main_dg()._active_dg._iframe(src, width, height, scrolling, tab_index=tab_index)


__all__ = ["declare_component", "html", "iframe"]
