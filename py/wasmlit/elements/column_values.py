"""Cell values of st.column_config-typed columns in the form the page draws them.

The plain Frame wire form sends any non-scalar cell as its Python text
(``"[1, 2]"``). List, multiselect and chart columns need the items themselves,
and JSON columns JSON text, so those columns' values are re-sent that way.
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

from wasmlit.lazy_import import lazy_module

frames = lazy_module("wasmlit.elements.frame")

if TYPE_CHECKING:
    from wasmlit.elements import frame as _frame_types

_LIST_TYPES = frozenset({"list", "multiselect", "line_chart", "bar_chart", "area_chart"})


_AS_IS = object()


def _unwrapped(value: Any) -> Any:
    """None/NaN -> None, strings as they are (_AS_IS), numpy values -> Python ones."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str):
        return _AS_IS
    if hasattr(value, "tolist") and not isinstance(value, (int, float)):
        return value.tolist()
    return value


def _items(value: Any) -> Any:
    """A list cell as a JSON list (strings, e.g. JSON text, go as they are)."""
    plain = _unwrapped(value)
    if plain is _AS_IS or plain is None:
        return value if plain is _AS_IS else None
    value = plain
    if isinstance(value, (list, tuple, set, frozenset)):
        return [frames.wire_value(item) for item in value]
    return frames.wire_value(value)


def _json_text(value: Any) -> Any:
    plain = _unwrapped(value)
    if plain is _AS_IS or plain is None:
        return value if plain is _AS_IS else None
    value = plain
    try:
        return json.dumps(value, default=str)
    except (TypeError, ValueError):
        return str(value)


def typed_wire(frame: _frame_types.Frame, column_config: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """frames.to_wire(frame), with the values of list-like and JSON columns re-sent."""
    wire = frames.to_wire(frame)
    for sent, column in zip(wire["columns"], frame.columns):
        kind = ((column_config.get(sent["name"]) or {}).get("typeConfig") or {}).get("type")
        if kind in _LIST_TYPES:
            sent["values"] = [_items(value) for value in column.values]
        elif kind == "json":
            sent["values"] = [_json_text(value) for value in column.values]
    return wire
