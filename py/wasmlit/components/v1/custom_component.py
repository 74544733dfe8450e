"""``CustomComponent``: what ``components.declare_component`` returns.

Calling it adds a ``componentInstance`` element (protocol/messages.js): the
page shows the component's frontend in an iframe and speaks Streamlit's
component protocol with it (web/app/elements/custom-component.js). The value
the frontend sends with ``setComponentValue`` is the widget's value: in
``st.session_state`` under the call's key, and the call's return value
(``default`` until the frontend sends one), as in Streamlit 1.67.
"""

from __future__ import annotations

import os
from typing import Any

from wasmlit.caching import replay as cache_replay
from wasmlit.components.frontend_urls import frontend_url
from wasmlit.components.v1.component_args import MarshallComponentException, marshall_args
from wasmlit.components.v1.component_value import from_wire, to_wire
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueError
from wasmlit import dg_singletons as _dg_singletons
from wasmlit.errors import CachedWidgetWarning as _CachedWidgetWarning
from wasmlit.runtime.context import current_or_bare_ctx as _current_or_bare_ctx
from wasmlit.widgets import common as _widgets

__all__ = ["CustomComponent", "MarshallComponentException"]

_ON_CHANGE_MODES = ("rerun", "ignore")


def _callback(on_change: Any) -> Any:
    """Streamlit's validate_on_change_mode for a widget without callback modes."""
    if on_change is None or callable(on_change):
        return on_change
    if isinstance(on_change, str) and on_change in _ON_CHANGE_MODES:
        raise StreamlitAPIException(
            f'`on_change="{on_change}"` is not supported on this widget. Pass a callback, or omit `on_change`.',
            error_id="unsupported-on-change-mode",
        )
    raise StreamlitValueError("on_change", ["a callback function"])


def _check_tab_index(tab_index: Any) -> None:
    if tab_index is None:
        return
    if isinstance(tab_index, bool) or not isinstance(tab_index, int):
        raise StreamlitInvalidParameterTypeError("tab_index", type(tab_index).__name__, ["int"])
    if tab_index < -1:
        raise StreamlitValueError("tab_index", ["None", "-1", "a non-negative integer"])


class CustomComponent:
    """A Custom Component declaration."""

    def __init__(
        self, name: str, path: str | None = None, url: str | None = None, module_name: str | None = None
    ) -> None:
        if path is None and url is None:
            raise StreamlitAPIException(
                "Either 'path' or 'url' must be set.", error_id="custom-component-path-or-url-required"
            )
        self._name = name
        self._path = path
        self._url = url
        self._module_name = module_name

    # -- Streamlit's public attributes -------------------------------------

    @property
    def name(self) -> str:
        return self._name

    @property
    def path(self) -> str | None:
        return self._path

    @property
    def url(self) -> str | None:
        return self._url

    @property
    def module_name(self) -> str | None:
        return self._module_name

    @property
    def abspath(self) -> str | None:
        return None if self._path is None else os.path.abspath(self._path)

    def __call__(
        self,
        *args: Any,
        default: Any = None,
        key: str | None = None,
        on_change: Any = None,
        tab_index: int | None = None,
        **kwargs: Any,
    ) -> Any:
        """An alias for create_instance."""
        return self.create_instance(*args, default=default, key=key, on_change=on_change, tab_index=tab_index, **kwargs)

    def create_instance(
        self,
        *args: Any,
        default: Any = None,
        key: str | None = None,
        on_change: Any = None,
        tab_index: int | None = None,
        **kwargs: Any,
    ) -> Any:
        """Create a new instance of the component; returns its value."""
        if len(args) > 0:
            raise MarshallComponentException(f"Argument '{args[0]}' needs a label")
        on_change = _callback(on_change)
        _check_tab_index(tab_index)
        if cache_replay.in_cached_function():
            _dg_singletons.main_dg().exception(_CachedWidgetWarning())
        json_args, special_args = marshall_args(dict(kwargs, default=default, key=key))
        return _mount(self, json_args, special_args, default, key, on_change, tab_index)

    # -- comparisons and text, as Streamlit's ------------------------------

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, CustomComponent)
            and self.name == other.name
            and self.path == other.path
            and self.url == other.url
            and self.module_name == other.module_name
        )

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash((self.name, self.path, self.url, self.module_name))

    def __str__(self) -> str:
        return f"'{self.name}': {self.path if self.path is not None else self.url}"

    def __repr__(self) -> str:
        return f"CustomComponent(name={self.name!r}, path={self.path!r}, url={self.url!r})"


def _app_dir() -> str | None:
    script = _current_or_bare_ctx().main_script_path
    return os.path.dirname(os.path.abspath(script)) if script else None


def _mount(
    component: CustomComponent,
    json_args: str,
    special_args: list[dict[str, Any]],
    default: Any,
    key: Any,
    on_change: Any,
    tab_index: int | None,
) -> Any:
    dg = _dg_singletons.main_dg()._active_dg
    user_key = _widgets.to_key(key)
    widget_id = _widgets.compute_widget_id(
        "component_instance",
        dg,
        user_key=user_key,
        # With a key, only the name and url give the component a new identity.
        key_as_main_identity={"name", "url"},
        name=component.name,
        url=component.url,
        json_args=json_args,
        special_args=special_args,
    )
    state = _widgets.register_widget(
        widget_id,
        user_key=user_key,
        deserializer=from_wire,
        serializer=to_wire,
        value_type="json_value",
        on_change=on_change,
        args=None,
        kwargs=None,
        disabled=False,
    )
    value = state.value
    path_url = None
    if component.url is None and component.path is not None:
        path_url = frontend_url(component.abspath or component.path, _app_dir())
    dg._enqueue(
        "componentInstance",
        {
            "id": widget_id,
            "key": user_key,
            "formId": dg._form,
            "componentName": component.name,
            "url": component.url,
            "frontendUrl": path_url,
            "path": component.abspath,
            "jsonArgs": json_args,
            "specialArgs": special_args,
            "tabIndex": tab_index,
            "value": to_wire(value),
            "default": None,
            "setValue": state.value_changed,
        },
    )
    return default if value is None else value
