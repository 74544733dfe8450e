"""Tabular data -> one columnar, JSON-safe wire form (protocol/messages.js: Frame).

Works without pandas for the plain Python shapes Streamlit accepts (lists of
dicts, dicts of lists, lists of rows, dicts of scalars, lists of values) and,
when pandas / numpy are importable, for their DataFrame, Series, Index and
arrays, and for objects with ``to_pandas()``. The shapes follow Streamlit's
``convert_anything_to_pandas_df``: the same column names, index and
``data format`` (which decides whether the index / header are hidden).
"""

from __future__ import annotations

import datetime as _dt
import math
import sys
from collections import ChainMap, UserDict, UserList, deque
from collections.abc import ItemsView, Iterable, Mapping
from dataclasses import asdict, dataclass, field, is_dataclass
from types import MappingProxyType, ModuleType
from typing import Any

from wasmlit.errors import StreamlitDataframeConversionError


# Data formats (Streamlit's DataFormat names) that matter for defaults.
EMPTY = "EMPTY"
PANDAS_DATAFRAME = "PANDAS_DATAFRAME"
PANDAS_SERIES = "PANDAS_SERIES"
PANDAS_INDEX = "PANDAS_INDEX"
PANDAS_ARRAY = "PANDAS_ARRAY"
NUMPY_LIST = "NUMPY_LIST"
NUMPY_MATRIX = "NUMPY_MATRIX"
LIST_OF_RECORDS = "LIST_OF_RECORDS"
LIST_OF_ROWS = "LIST_OF_ROWS"
LIST_OF_VALUES = "LIST_OF_VALUES"
TUPLE_OF_VALUES = "TUPLE_OF_VALUES"
SET_OF_VALUES = "SET_OF_VALUES"
KEY_VALUE_DICT = "KEY_VALUE_DICT"
COLUMN_VALUE_MAPPING = "COLUMN_VALUE_MAPPING"
COLUMN_INDEX_MAPPING = "COLUMN_INDEX_MAPPING"
OTHER = "OTHER"

# Formats whose (range) index Streamlit hides in st.dataframe by default.
INDEXLESS_FORMATS = frozenset(
    {
        SET_OF_VALUES,
        TUPLE_OF_VALUES,
        LIST_OF_VALUES,
        NUMPY_LIST,
        NUMPY_MATRIX,
        LIST_OF_RECORDS,
        LIST_OF_ROWS,
        COLUMN_VALUE_MAPPING,
        PANDAS_ARRAY,
        PANDAS_INDEX,
    }
)
# Formats without user-given column names: st.table hides their header.
HEADERLESS_FORMATS = frozenset(
    {
        KEY_VALUE_DICT,
        LIST_OF_ROWS,
        LIST_OF_VALUES,
        NUMPY_LIST,
        NUMPY_MATRIX,
        SET_OF_VALUES,
        TUPLE_OF_VALUES,
        PANDAS_ARRAY,
    }
)


@dataclass
class Column:
    """One column: its label (any hashable, as given) and its Python values."""

    name: Any
    values: list[Any]


@dataclass
class Frame:
    """Columns of equal length plus an index (levels of labels, or a range)."""

    columns: list[Column]
    index: list[Column] = field(default_factory=list)
    num_rows: int = 0
    range_index: tuple[int, int] | None = (0, 1)  # (start, step) when the index is a range
    data_format: str = OTHER

    @property
    def has_range_index(self) -> bool:
        return self.range_index is not None

    def column_names(self) -> list[str]:
        return [str(c.name) for c in self.columns]

    def index_values(self) -> list[Any]:
        """The index labels of each row (tuples for several levels)."""
        if self.range_index is not None:
            start, step = self.range_index
            return [start + i * step for i in range(self.num_rows)]
        if len(self.index) == 1:
            return list(self.index[0].values)
        return list(zip(*(level.values for level in self.index)))


# --------------------------------------------------------------------------- detection


def _module(obj: Any) -> str:
    return type(obj).__module__ or ""


def _pandas() -> ModuleType | None:
    return sys.modules.get("pandas")


def _loaded_pandas() -> ModuleType:
    """pandas, where a pandas object is at hand (so it is imported)."""
    pd = _pandas()
    assert pd is not None
    return pd


def _numpy() -> ModuleType | None:
    return sys.modules.get("numpy")


def is_scalar(value: Any) -> bool:
    if value is None or isinstance(value, (str, bytes, bool, int, float, complex, _dt.date, _dt.time, _dt.timedelta)):
        return True
    np = _numpy()
    return bool(np is not None and isinstance(value, np.generic))


def _is_namedtuple(obj: Any) -> bool:
    return isinstance(obj, tuple) and hasattr(obj, "_asdict") and hasattr(obj, "_fields")


def data_format(data: Any) -> str:
    """Streamlit's determine_data_format, for the shapes supported here."""
    if data is None:
        return EMPTY
    pd, np = _pandas(), _numpy()
    if pd is not None:
        if isinstance(data, pd.DataFrame):
            return PANDAS_DATAFRAME
        if isinstance(data, pd.Series):
            return PANDAS_SERIES
        if isinstance(data, pd.Index):
            return PANDAS_INDEX
        if isinstance(data, pd.api.extensions.ExtensionArray):
            return PANDAS_ARRAY
    if np is not None and isinstance(data, np.ndarray):
        return NUMPY_LIST if data.ndim == 1 else NUMPY_MATRIX
    if (
        isinstance(data, (ChainMap, UserDict, MappingProxyType))
        or (is_dataclass(data) and not isinstance(data, type))
        or _is_namedtuple(data)
        or _is_custom_dict(data)
    ):
        return KEY_VALUE_DICT
    if isinstance(data, (ItemsView, enumerate)):
        return LIST_OF_ROWS
    if isinstance(data, (list, tuple, set, frozenset)):
        if all(is_scalar(v) for v in data):
            if isinstance(data, tuple):
                return TUPLE_OF_VALUES
            if isinstance(data, (set, frozenset)):
                return SET_OF_VALUES
            return LIST_OF_VALUES
        first = next(iter(data))
        if isinstance(first, dict):
            return LIST_OF_RECORDS
        if isinstance(first, (list, tuple, set, frozenset)):
            return LIST_OF_ROWS
        return OTHER
    if isinstance(data, Mapping):
        if not data:
            return KEY_VALUE_DICT
        first = next(iter(data.values()))
        if isinstance(first, dict):
            return COLUMN_INDEX_MAPPING
        if isinstance(first, (list, tuple)):
            return COLUMN_VALUE_MAPPING
        if pd is not None and isinstance(first, pd.Series):
            return "COLUMN_SERIES_MAPPING"
        return KEY_VALUE_DICT
    if isinstance(data, (deque, map, UserList, range)):
        return LIST_OF_VALUES
    return OTHER


def _is_custom_dict(obj: Any) -> bool:
    return isinstance(obj, Mapping) and _module(obj).startswith("wasmlit.") and callable(getattr(obj, "to_dict", None))


# --------------------------------------------------------------------------- conversion


def to_frame(data: Any) -> Frame:
    """Converts anything Streamlit can show as a dataframe into a Frame."""
    fmt = data_format(data)
    frame = _convert(data)
    frame.data_format = fmt
    return frame


def _fix_naming(frame: Frame) -> Frame:
    """Streamlit names a single unnamed (0) column "value"."""
    if len(frame.columns) == 1 and frame.columns[0].name == 0 and not isinstance(frame.columns[0].name, bool):
        frame.columns[0].name = "value"
    return frame


def _convert(data: Any) -> Frame:
    if data is None:
        return Frame([])
    pd, np = _pandas(), _numpy()
    if pd is not None:
        if isinstance(data, pd.DataFrame):
            return _from_pandas(data)
        if isinstance(data, (pd.Series, pd.Index, pd.api.extensions.ExtensionArray)):
            return _from_pandas(pd.DataFrame(data))
        if hasattr(data, "data") and type(data).__name__ == "Styler":
            return _from_pandas(data.data)
    if np is not None and isinstance(data, np.ndarray):
        if data.ndim == 0:
            return Frame([])
        if data.ndim == 1:
            return _fix_naming(_from_rows_or_values(data.tolist()))
        if data.ndim == 2:
            return _fix_naming(_from_rows([list(row) for row in data.tolist()]))
        raise StreamlitDataframeConversionError(_conversion_message(data))
    if callable(getattr(data, "to_pandas", None)):
        import pandas  # the object needs it anyway

        converted = data.to_pandas()
        return _from_pandas(converted if isinstance(converted, pandas.DataFrame) else pandas.DataFrame(converted))
    if isinstance(data, (deque, map, UserList, range)) or (
        isinstance(data, Iterable) and type(data).__name__ == "generator"
    ):
        return _fix_naming(_from_rows_or_values(list(data)))
    if _is_custom_dict(data):
        return _from_key_values(data.to_dict())
    if _is_namedtuple(data):
        return _from_key_values(data._asdict())
    if is_dataclass(data) and not isinstance(data, type):
        return _from_key_values(asdict(data))
    if isinstance(data, (ChainMap, MappingProxyType, UserDict)):
        return _from_key_values(dict(data))
    if isinstance(data, Mapping):
        return _from_mapping(data)
    if isinstance(data, (ItemsView, enumerate)):
        return _fix_naming(_from_rows([list(row) for row in data]))
    if isinstance(data, (list, tuple, set, frozenset)):
        return _fix_naming(_from_rows_or_values(list(data)))
    if isinstance(data, Iterable) and not isinstance(data, (str, bytes)):
        return _fix_naming(_from_rows_or_values(list(data)))
    raise StreamlitDataframeConversionError(_conversion_message(data))


def _conversion_message(data: Any) -> str:
    return (
        f"\nUnable to convert object of type `{type(data)}` to `pandas.DataFrame`.\n"
        f"Offending object:\n```py\n{data}\n```"
    )


def _from_rows_or_values(items: list[Any]) -> Frame:
    if items and isinstance(items[0], Mapping):
        return _from_records(items)
    if items and isinstance(items[0], (list, tuple, set, frozenset)) and not _is_namedtuple(items[0]):
        return _from_rows([list(row) for row in items])
    if items and _is_namedtuple(items[0]):
        return _from_records([row._asdict() for row in items])
    return Frame([Column(0, list(items))], num_rows=len(items))


def _from_records(records: list[Mapping[str, Any]]) -> Frame:
    names: dict[Any, None] = {}
    for record in records:
        for name in record:
            names.setdefault(name, None)
    columns = [Column(name, [record.get(name) for record in records]) for name in names]
    return Frame(columns, num_rows=len(records))


def _from_rows(rows: list[list[Any]]) -> Frame:
    width = max((len(row) for row in rows), default=0)
    columns = [Column(i, [row[i] if i < len(row) else None for row in rows]) for i in range(width)]
    return Frame(columns, num_rows=len(rows))


def _from_key_values(mapping: Mapping[Any, Any]) -> Frame:
    keys = list(mapping)
    values = [mapping[k] for k in keys]
    if values and all(isinstance(v, (list, tuple)) for v in values):
        width = max(len(v) for v in values)
        columns = [Column(i, [v[i] if i < len(v) else None for v in values]) for i in range(width)]
    else:
        columns = [Column(0, values)]
    frame = Frame(columns, index=[Column(None, keys)], num_rows=len(keys), range_index=None)
    return _fix_naming(frame)


def _from_mapping(mapping: Mapping[Any, Any]) -> Frame:
    if not mapping:
        return Frame([])
    values = list(mapping.values())
    if all(isinstance(v, Mapping) for v in values):
        labels: dict[Any, None] = {}
        for inner in values:
            for label in inner:
                labels.setdefault(label, None)
        columns = [Column(name, [inner.get(label) for label in labels]) for name, inner in mapping.items()]
        return Frame(columns, index=[Column(None, list(labels))], num_rows=len(labels), range_index=None)
    lengths: set[int | None] = set()
    for value in values:
        if is_scalar(value):
            lengths.add(None)
        else:
            try:
                lengths.add(len(value))
            except TypeError:
                lengths.add(None)
    if lengths == {None}:
        return _from_key_values(mapping)
    if None not in lengths and len(lengths) == 1:
        length = lengths.pop()
        assert length is not None  # None is not in lengths
        columns = [Column(name, list(value)) for name, value in mapping.items()]
        return Frame(columns, num_rows=length)
    if None in lengths and len(lengths) == 2:
        # pandas broadcasts scalars next to equal-length lists.
        length = next(n for n in lengths if n is not None)
        columns = [
            Column(name, [value] * length if is_scalar(value) else list(value)) for name, value in mapping.items()
        ]
        return Frame(columns, num_rows=length)
    # pandas refuses uneven lists; Streamlit then shows one row per key.
    return _from_key_values(mapping)


def _from_pandas(df: Any) -> Frame:
    pd = _loaded_pandas()
    columns = []
    for position in range(df.shape[1]):
        name = df.columns[position]
        if isinstance(name, tuple):
            name = " / ".join(str(part) for part in name)
        columns.append(Column(name, _series_values(df.iloc[:, position])))
    index = df.index
    if isinstance(index, pd.RangeIndex):
        return Frame(columns, num_rows=len(df), range_index=(int(index.start), int(index.step)))
    if isinstance(index, pd.MultiIndex):
        levels = [
            Column(index.names[i], _series_values(index.get_level_values(i).to_series())) for i in range(index.nlevels)
        ]
    else:
        levels = [Column(index.name, _series_values(index.to_series()))]
    return Frame(columns, index=levels, num_rows=len(df), range_index=None)


def _series_values(series: Any) -> list[Any]:
    pd = _loaded_pandas()
    values = series.tolist()
    if series.dtype.kind in "fiub":
        return values
    return [
        None if (v is None or v is pd.NaT or (not isinstance(v, (list, tuple, dict, set)) and _isna(v))) else v
        for v in values
    ]


def _isna(value: Any) -> bool:
    pd = _loaded_pandas()
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


# --------------------------------------------------------------------------- wire form


def infer_type(values: list[Any]) -> str:
    """The wire column type (see protocol/messages.js, FrameColumn.type)."""
    np = _numpy()
    kinds = set()
    for value in values:
        if value is None:
            continue
        if isinstance(value, float) and math.isnan(value):
            continue
        if np is not None and isinstance(value, np.generic):
            value = value.item()
        if isinstance(value, bool):
            kinds.add("bool")
        elif isinstance(value, int):
            kinds.add("integer")
        elif isinstance(value, float):
            kinds.add("float")
        elif isinstance(value, str):
            kinds.add("string")
        elif isinstance(value, _dt.datetime):
            kinds.add("datetime")
        elif isinstance(value, _dt.date):
            kinds.add("date")
        elif isinstance(value, _dt.time):
            kinds.add("time")
        elif isinstance(value, _dt.timedelta):
            kinds.add("timedelta")
        else:
            kinds.add("object")
        if len(kinds) > 2:
            return "object"
    if not kinds:
        return "empty"
    if kinds == {"integer", "float"}:
        return "float"
    if len(kinds) == 1:
        return kinds.pop()
    return "object"


def wire_value(value: Any) -> Any:
    """One cell as JSON: NaN/inf -> null, dates -> ISO text, others -> text."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    np = _numpy()
    if np is not None and isinstance(value, np.generic):
        return wire_value(value.item())
    if isinstance(value, _dt.datetime):
        if getattr(value, "nanosecond", 0):
            return value.isoformat()
        return value.isoformat()
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, _dt.timedelta):
        return str(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def wire_column(column: Column) -> dict[str, Any]:
    kind = infer_type(column.values)
    values: list[Any]
    if kind == "integer":
        values = [v if v is None else int(v) for v in column.values]
    elif kind == "float":
        values = [
            None if v is None or not math.isfinite(v) else (float(v) if not isinstance(v, int) else v)
            for v in column.values
        ]
    else:
        values = [wire_value(v) for v in column.values]
    return {"name": "" if column.name is None else str(column.name), "type": kind, "values": values}


def to_wire(frame: Frame) -> dict[str, Any]:
    """The Frame as sent in element props."""
    if frame.range_index is not None:
        start, step = frame.range_index
        index = [{"name": "", "type": "range", "start": start, "step": step}]
    else:
        index = [wire_column(level) for level in frame.index]
    return {
        "numRows": frame.num_rows,
        "index": index,
        "columns": [wire_column(c) for c in frame.columns],
    }
