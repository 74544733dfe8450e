"""``st.components.v2``: components from inline HTML, CSS and JavaScript,
rendered in the app's page (no iframe), with state and trigger values.

    my_component = st.components.v2.component("name", html=..., css=..., js=...)
    result = my_component(key=..., data=..., default={...}, on_<name>_change=callback)

The page mounts the HTML and CSS (in a shadow root unless
``isolate_styles=False``) and calls the JavaScript module's default export
with ``{name, key, data, parentElement, setStateValue, setTriggerValue}``
(web/app/elements/bidi-component.js).
"""

from __future__ import annotations

import sys
from typing import Any, Callable

from wasmlit.components.v2 import definitions
from wasmlit.components.v2.result import BidiComponentResult as BidiComponentResult  # re-exported, as in Streamlit
from wasmlit.components.v2.result import ComponentResult
from wasmlit.errors import StreamlitInvalidParameterTypeError

ComponentRenderer = Callable[..., ComponentResult]


def _register_component(name: str, html: str | None = None, css: str | None = None, js: str | None = None) -> str:
    for param, value in (("css", css), ("js", js)):
        if value is not None and not isinstance(value, str):
            raise StreamlitInvalidParameterTypeError(
                param, type(value).__name__, ["str", "None"], detail="Pass a string path or glob."
            )
    definitions.register(name, html, css, js)
    return name


def component(
    name: str, *, html: str | None = None, css: str | None = None, js: str | None = None, isolate_styles: bool = True
) -> ComponentRenderer:
    """Register a component and return the callable that mounts it."""
    component_key = _register_component(name, html=html, css=css, js=js)

    def _mount_component(
        *,
        key: Any = None,
        data: Any = None,
        default: dict[str, Any] | None = None,
        width: Any = "stretch",
        height: Any = "content",
        **on_callbacks: Any,
    ) -> ComponentResult:
        from wasmlit.components.v2.mount import bidi_component

        if "isolate_styles" in on_callbacks:
            on_callbacks.pop("isolate_styles", None)
            print(
                "Passing `isolate_styles` when mounting a component created via "
                "`st.components.v2.component` is deprecated and will be ignored. "
                "Set `isolate_styles` when creating the component instead "
                "(`st.components.v2.component(..., isolate_styles=...)`).",
                file=sys.stderr,
            )
        definitions.ensure(component_key, html, css, js)
        return bidi_component(
            component_key,
            key=key,
            isolate_styles=isolate_styles,
            data=data,
            default=default,
            width=width,
            height=height,
            **on_callbacks,
        )

    return _mount_component


__all__ = ["component"]
