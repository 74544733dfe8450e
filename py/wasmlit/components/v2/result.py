"""What a v2 component's mount call returns, and the dict with attribute access."""

from __future__ import annotations

from typing import Any


class AttributeDictionary(dict[str, Any]):  # Streamlit's class is a dict subclass
    """A dict whose items are also attributes (nested dicts too)."""

    def __getattr__(self, key: str) -> Any:
        try:
            item = self.__getitem__(key)
        except KeyError as err:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{key}'") from err
        return AttributeDictionary(item) if isinstance(item, dict) else item

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


class ComponentResult(AttributeDictionary):
    """A component's state values (kept across reruns) and trigger values
    (None again after the run they fired in), by name."""

    def __init__(self, state_vals: dict[str, Any] | None = None, trigger_vals: dict[str, Any] | None = None) -> None:
        super().__init__({**(trigger_vals or {}), **(state_vals or {})})


BidiComponentResult = ComponentResult
