"""``declare_component`` and the registry of declared v1 components.

As in Streamlit, the component's name is ``<calling module>.<name>`` (the
script's file name for the main script), a ``path`` must be an existing
folder, and a component is registered only while a script runs.
"""

from __future__ import annotations

import inspect
import os
from pathlib import Path
from types import FrameType
from typing import Any

from wasmlit.components.v1.custom_component import CustomComponent
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime.context import get_script_run_ctx as _get_script_run_ctx


class LocalComponentRegistry:
    """The components declared in this session, by name."""

    def __init__(self) -> None:
        self._components: dict[str, CustomComponent] = {}

    def register_component(self, component: CustomComponent) -> None:
        abspath = component.abspath
        if abspath is not None and not os.path.isdir(abspath):
            raise StreamlitAPIException(
                f"No such component directory: '{abspath}'", error_id="custom-component-directory-not-found"
            )
        self._components[component.name] = component

    def get_component_path(self, name: str) -> str | None:
        component = self._components.get(name)
        return component.abspath if component is not None else None

    def get_module_name(self, name: str) -> str | None:
        component = self._components.get(name)
        return component.module_name if component is not None else None

    def get_component(self, name: str) -> CustomComponent | None:
        return self._components.get(name)

    def get_components(self) -> list[CustomComponent]:
        return list(self._components.values())


_registry = LocalComponentRegistry()


def _module_name(caller_frame: FrameType) -> str:
    module = inspect.getmodule(caller_frame)
    name = module.__name__ if module is not None else caller_frame.f_globals.get("__name__", "__main__")
    if name == "__main__":
        name, _ = os.path.splitext(os.path.basename(inspect.getfile(caller_frame)))
    return name


def declare_component(name: str, path: str | Path | None = None, url: str | None = None) -> CustomComponent:
    """Create a custom component and register it if a script is running."""
    if path is not None and isinstance(path, Path):
        path = str(path)
    frame = inspect.currentframe()
    caller = frame.f_back if frame is not None else None
    module_name = _module_name(caller) if caller is not None else "__main__"
    component = CustomComponent(name=f"{module_name}.{name}", path=path, url=url, module_name=module_name)
    if _get_script_run_ctx() is not None:
        _registry.register_component(component)
    return component


class ComponentRegistry:
    """Kept for components that reach for Streamlit's old registry class."""

    @classmethod
    def instance(cls) -> Any:
        return _registry
