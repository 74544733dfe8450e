"""The st.data_editor editing state: what the page sends and how it applies.

The wire value is Streamlit's JSON text ``{"edited_rows": {"<row>": {col: value}},
"added_rows": [{col: value}], "deleted_rows": [row]}``; row numbers are
positions in the original data. Edits are applied to a :class:`Frame` (plain
Python data) or to a pandas DataFrame copy, in Streamlit's order: cell edits,
then deletions, then additions.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

from wasmlit.elements import frame as frames
from wasmlit.errors import StreamlitDataframeConversionError

INDEX_IDENTIFIER = "_index"

_READ_ONLY_ERROR_MSG = (
    "Widget state is read-only because modifying nested values has no effect "
    "on the app. For widget states that support programmatic updates "
    "(e.g. st.dataframe selections), assign a new dictionary to the Session "
    "State key instead, for example:\n"
    "    st.session_state['my_key'] = {'selection': {'rows': [0]}}"
)


class DataEditorState(dict[str, Any]):
    """A read-only dict with attribute access (Streamlit's DataEditorState)."""

    def __getitem__(self, key: Any) -> Any:
        item = super().__getitem__(key)
        return DataEditorState(item) if isinstance(item, dict) else item

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError as err:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{key}'") from err

    def _read_only(self, *_args: Any, **_kwargs: Any) -> Any:
        raise TypeError(_READ_ONLY_ERROR_MSG)

    __setattr__ = _read_only
    __setitem__ = _read_only
    __delitem__ = _read_only
    __ior__ = _read_only
    clear = _read_only
    pop = _read_only
    popitem = _read_only
    setdefault = _read_only
    update = _read_only

    def __copy__(self) -> "DataEditorState":
        return type(self)(dict.copy(self))

    def __deepcopy__(self, memo: dict[int, Any]) -> "DataEditorState":
        import copy

        return type(self)(copy.deepcopy(dict(self), memo))


def deserialize(ui_value: str | None) -> DataEditorState:
    state: dict[str, Any] = {} if ui_value is None else json.loads(ui_value)
    state.setdefault("edited_rows", {})
    state.setdefault("added_rows", [])
    state.setdefault("deleted_rows", [])
    state["edited_rows"] = {int(k): v for k, v in state["edited_rows"].items()}
    return DataEditorState(state)


def serialize(state: Any) -> str:
    return json.dumps(dict(state), default=str)


# --------------------------------------------------------------------------- values


def parse_value(value: Any, kind: str) -> Any:
    """An edited cell's JSON value as the column's Python type (None if unparsable)."""
    if value is None:
        return None
    try:
        if kind == "empty":
            return list(value) if isinstance(value, (list, tuple)) else value
        if kind == "string":
            return str(value)
        if isinstance(value, list):
            return None
        if kind == "integer":
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "bool":
            return bool(value)
        if kind == "datetime":
            return _dt.datetime.fromisoformat(str(value))
        if kind == "date":
            return (
                _dt.datetime.fromisoformat(str(value)).date()
                if "T" in str(value)
                else _dt.date.fromisoformat(str(value))
            )
        if kind == "time":
            return _dt.time.fromisoformat(str(value))
    except (TypeError, ValueError, OverflowError):
        return None
    return value


EDITABLE_KINDS = frozenset({"integer", "float", "bool", "string", "empty"})


# --------------------------------------------------------------------------- plain Python data


def apply_to_frame(frame: frames.Frame, state: DataEditorState, kinds: dict[str, str]) -> frames.Frame:
    """A new Frame with the edits applied (the input Frame is left as it was)."""
    names = [str(c.name) for c in frame.columns]
    columns = [list(c.values) for c in frame.columns]
    index = frame.index_values()
    n = frame.num_rows
    for row, changes in state["edited_rows"].items():
        row = int(row)
        if not 0 <= row < n:
            continue
        for name, value in changes.items():
            if name == INDEX_IDENTIFIER:
                index[row] = parse_value(value, kinds.get(INDEX_IDENTIFIER, "object"))
            elif name in names:
                columns[names.index(name)][row] = parse_value(value, kinds.get(name, "object"))
    deleted = {int(r) for r in state["deleted_rows"]}
    keep = [r for r in range(n) if r not in deleted]
    columns = [[values[r] for r in keep] for values in columns]
    index = [index[r] for r in keep]
    range_index = frame.range_index
    next_label = None
    if range_index is not None:
        start, step = range_index
        next_label = start + n * step
    elif all(isinstance(v, int) and not isinstance(v, bool) for v in index):
        next_label = max(index, default=-1) + 1
    for added in state["added_rows"]:
        row_values: list[Any] = [None] * len(names)
        label = None
        for name, value in added.items():
            if name == INDEX_IDENTIFIER:
                label = parse_value(value, kinds.get(INDEX_IDENTIFIER, "object"))
            elif name in names:
                row_values[names.index(name)] = parse_value(value, kinds.get(name, "object"))
        if label is not None and range_index is None:
            if label in index:
                continue
        elif next_label is not None:
            label = next_label
            next_label += 1 if range_index is None else range_index[1]
        else:
            continue
        index.append(label)
        for values, value in zip(columns, row_values):
            values.append(value)
    columns = [_pandas_like_column(values, kinds.get(name)) for name, values in zip(names, columns)]
    new = frames.Frame(
        [frames.Column(name, values) for name, values in zip(names, columns)],
        num_rows=len(index),
        data_format=frame.data_format,
    )
    if range_index is None or deleted:
        new.range_index = None
        new.index = [frames.Column(frame.index[0].name if frame.index else None, index)]
    return new


def _pandas_like_column(values: list[Any], kind: str | None) -> list[Any]:
    """pandas turns an integer column holding a missing value into floats."""
    if kind == "integer" and any(v is None for v in values):
        return [float(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in values]
    return values


def frame_to_format(frame: frames.Frame, data_format: str) -> Any:
    """The edited data in the shape it came in (Streamlit's convert_pandas_df_to_data_format)."""
    names = [str(c.name) for c in frame.columns]
    rows = [[c.values[r] for c in frame.columns] for r in range(frame.num_rows)]
    labels = frame.index_values()
    if data_format == frames.LIST_OF_RECORDS:
        return [dict(zip(names, row)) for row in rows]
    if data_format == frames.LIST_OF_ROWS:
        return [list(row) for row in rows]
    if data_format == frames.COLUMN_VALUE_MAPPING:
        return {name: list(c.values) for name, c in zip(names, frame.columns)}
    if data_format == frames.COLUMN_INDEX_MAPPING:
        return {name: dict(zip(labels, c.values)) for name, c in zip(names, frame.columns)}
    if data_format in (frames.LIST_OF_VALUES, frames.TUPLE_OF_VALUES, frames.SET_OF_VALUES):
        if len(frame.columns) > 1:
            raise StreamlitDataframeConversionError(
                f"DataFrame is expected to have a single column but has {len(frame.columns)}."
            )
        values = list(frame.columns[0].values) if frame.columns else []
        if data_format == frames.TUPLE_OF_VALUES:
            return tuple(values)
        if data_format == frames.SET_OF_VALUES:
            return set(values)
        return values
    if data_format == frames.KEY_VALUE_DICT:
        return dict(zip(labels, frame.columns[0].values)) if frame.columns and frame.num_rows else {}
    raise StreamlitDataframeConversionError(f"Unsupported input data format: {data_format}")


# --------------------------------------------------------------------------- pandas


def apply_to_pandas(df: Any, state: DataEditorState, kinds: dict[str, str]) -> Any:
    """Streamlit's _apply_dataframe_edits on a copy of ``df``."""
    import pandas as pd

    df = df.copy()
    for row, changes in state["edited_rows"].items():
        for name, value in changes.items():
            try:
                if name == INDEX_IDENTIFIER:
                    new_label = parse_value(value, kinds.get(INDEX_IDENTIFIER, "object"))
                    df.index = df.index.delete(int(row)).insert(int(row), new_label)
                else:
                    df.iat[int(row), df.columns.get_loc(name)] = parse_value(value, kinds.get(name, "object"))
            except (TypeError, ValueError, OverflowError, KeyError, IndexError):
                continue
    if state["deleted_rows"]:
        df = df.drop(df.index[[int(r) for r in state["deleted_rows"]]])
    if not state["added_rows"]:
        return df
    stop = step = None
    is_range = isinstance(df.index, pd.RangeIndex)
    if is_range:
        stop, step = df.index.stop, df.index.step
    elif pd.api.types.is_integer_dtype(df.index.dtype):
        stop, step = (0 if df.index.empty else int(df.index.max()) + 1), 1
    for added in state["added_rows"]:
        label = None
        row_values: list[Any] = [None] * df.shape[1]
        for name, value in added.items():
            if name == INDEX_IDENTIFIER:
                label = parse_value(value, kinds.get(INDEX_IDENTIFIER, "object"))
            elif name in df.columns:
                row_values[df.columns.get_loc(name)] = parse_value(value, kinds.get(name, "object"))
        try:
            if label is not None and not is_range:
                if label in df.index:
                    continue
                df.loc[label] = dict(zip(df.columns, row_values))
            elif stop is not None:
                df.loc[stop] = dict(zip(df.columns, row_values))
                stop += step
        except (TypeError, ValueError, OverflowError):
            continue
    return df
