"""A v1 custom component's value between the page and Python.

The component sends ``Streamlit.setComponentValue(value)`` with a data type:
"json" (any JSON value), "bytes" (a typed array or ArrayBuffer) or
"dataframe" (an ArrowTable). The page reports it as the widget's wire value:

    null                    no value yet (Python returns the call's `default`)
    {"json": value}
    {"bytes": base64 text}  -> bytes
    {"dataframe": Frame}    -> a pandas DataFrame (the page decoded the Arrow
                               tables into wasmlit's columnar Frame)
"""

from __future__ import annotations

import base64
import datetime as _dt
import json
from typing import Any

from wasmlit.components.v1.component_args import dataframe_wire, is_bytes_like, is_dataframe_like
from wasmlit.errors import StreamlitAPIException


def from_wire(wire: Any) -> Any:
    """The Python value of a wire value."""
    if not isinstance(wire, dict):
        return None
    if "json" in wire:
        return wire["json"]
    if "bytes" in wire:
        return base64.b64decode(wire["bytes"] or "")
    if "dataframe" in wire:
        return frame_to_dataframe(wire["dataframe"])
    return None


def to_wire(value: Any) -> Any:
    """The wire value for a value Python holds (e.g. set through st.session_state)."""
    if value is None:
        return None
    if is_bytes_like(value):
        return {"bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if is_dataframe_like(value):
        return {"dataframe": dataframe_wire(value)}
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return None  # the page cannot hold it; Python keeps it for this run
    return {"json": value}


def _column_values(column: dict[str, Any]) -> list[Any]:
    kind = column.get("type")
    values = list(column.get("values") or [])
    if kind == "datetime":
        return [None if v is None else _dt.datetime.fromisoformat(v) for v in values]
    if kind == "date":
        return [None if v is None else _dt.date.fromisoformat(v) for v in values]
    return values


def frame_to_dataframe(frame: dict[str, Any]) -> Any:
    """A pandas DataFrame from a wire Frame, with its index and column labels."""
    try:
        import pandas as pd
    except ImportError:
        raise StreamlitAPIException(
            "The component sent a dataframe, which needs pandas: add `pandas` to the app's requirements.txt."
        ) from None
    num_rows = int(frame.get("numRows") or 0)
    columns = frame.get("columns") or []
    data = {i: _column_values(column) for i, column in enumerate(columns)}
    index_levels = frame.get("index") or []
    if not index_levels or index_levels[0].get("type") == "range":
        level = index_levels[0] if index_levels else {"start": 0, "step": 1}
        start, step = int(level.get("start", 0)), int(level.get("step", 1))
        index: Any = pd.RangeIndex(start, start + step * num_rows, step) if step else None
    elif len(index_levels) == 1:
        index = pd.Index(_column_values(index_levels[0]))
    else:
        index = pd.MultiIndex.from_arrays([_column_values(level) for level in index_levels])
    df = pd.DataFrame(data, index=index)
    df.columns = [column.get("name", "") for column in columns]
    return df
