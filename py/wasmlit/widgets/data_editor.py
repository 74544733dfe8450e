"""st.data_editor: the dataframe grid as a widget whose value is the edited data.

Plain Python data (lists of records / rows / values, dicts of lists / dicts,
key-value dicts) is edited without pandas; pandas DataFrames, Series and numpy
arrays are edited with pandas, as Streamlit does. The widget's wire value and
``st.session_state[key]`` are Streamlit's editing state (see data_editor_state).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from wasmlit.lazy_import import lazy_module
from wasmlit.elements.column_values import typed_wire
from wasmlit.elements.dataframe import _width_prop, column_config_props
from wasmlit.elements.layout_checks import validate_height, validate_width
from wasmlit.errors import StreamlitAPIException, StreamlitDataframeConversionError
from wasmlit.widgets.callback_mode import validate_callback_mode
from wasmlit.widgets.common import check_widget_policies, compute_widget_id, to_key
from wasmlit.widgets.enqueue import WidgetCall, register_and_enqueue
from wasmlit.type_aliases import OnChange, WidgetArgs, WidgetKwargs
from wasmlit.dg_mixin import as_dg

frames = lazy_module("wasmlit.elements.frame")
editing = lazy_module("wasmlit.widgets.data_editor_state")

if TYPE_CHECKING:
    from wasmlit.elements.frame import Frame

INDEX_IDENTIFIER = editing.INDEX_IDENTIFIER
_PLAIN_FORMATS = frozenset(
    {
        frames.LIST_OF_RECORDS,
        frames.LIST_OF_ROWS,
        frames.LIST_OF_VALUES,
        frames.TUPLE_OF_VALUES,
        frames.SET_OF_VALUES,
        frames.KEY_VALUE_DICT,
        frames.COLUMN_VALUE_MAPPING,
        frames.COLUMN_INDEX_MAPPING,
    }
)
_PANDAS_FORMATS = frozenset(
    {
        frames.EMPTY,
        frames.PANDAS_DATAFRAME,
        frames.PANDAS_SERIES,
        frames.PANDAS_INDEX,
        frames.PANDAS_ARRAY,
        frames.NUMPY_LIST,
        frames.NUMPY_MATRIX,
    }
)
_EDIT_SETTINGS = ("disabled", "required", "default")
_NUMBER_SETTINGS = {"min_value": "min", "max_value": "max", "step": "step"}
# Column types whose cells Streamlit shows but never edits.
_READ_ONLY_TYPES = frozenset({"progress", "line_chart", "bar_chart", "area_chart", "image", "audio", "video", "json"})


def _unsupported(data: Any) -> StreamlitDataframeConversionError:
    return StreamlitDataframeConversionError(
        f"The data type ({type(data).__name__}) or format is not supported by "
        "the data editor. Please convert your data into a Pandas Dataframe or "
        "another supported data format."
    )


def _to_pandas(data: Any, data_format: str, frame: Frame) -> Any:
    import pandas as pd

    if data_format == frames.EMPTY and frames._pandas() is None:
        return None  # no pandas loaded: None in, None out (Streamlit: an empty DataFrame)
    if data_format == frames.PANDAS_DATAFRAME:
        df = data.copy()
    elif data_format == frames.EMPTY:
        df = pd.DataFrame()
    else:
        df = pd.DataFrame(data)
    supported = (pd.RangeIndex, pd.Index, pd.DatetimeIndex, pd.CategoricalIndex)
    if type(df.index) not in supported:
        raise StreamlitAPIException(
            f"The type of the dataframe index - {type(df.index).__name__} - is not yet supported by the data editor."
        )
    df.columns = pd.Index([str(c.name) for c in frame.columns], name=df.columns.name)
    return df


def _from_pandas(df: Any, data_format: str) -> Any:
    if data_format == frames.PANDAS_SERIES:
        return df.iloc[:, 0]
    if data_format == frames.NUMPY_LIST:
        import numpy as np

        return np.ndarray(0) if df.empty else df.iloc[:, 0].to_numpy()
    if data_format == frames.NUMPY_MATRIX:
        import numpy as np

        return np.ndarray(0) if df.empty else df.to_numpy()
    return df


def _check_column_names(names: list[str]) -> None:
    seen: set[str] = set()
    duplicated = []
    for name in names:
        if name in seen and name not in duplicated:
            duplicated.append(name)
        seen.add(name)
    if duplicated:
        raise StreamlitAPIException(
            "All column names are required to be unique for usage with data editor. "
            f"The following column names are duplicated: {duplicated}. "
            "Please rename the duplicated columns in the provided data."
        )
    if INDEX_IDENTIFIER in names:
        raise StreamlitAPIException(
            f"The column name '{INDEX_IDENTIFIER}' is reserved for the index column "
            "and can't be used for data columns. Please rename the column in the "
            "provided data."
        )


def _column_name(column: Any, names: list[str]) -> str | None:
    if isinstance(column, int) and not isinstance(column, bool):
        return names[column] if 0 <= column < len(names) else None
    return str(column)


def _edit_settings(
    column_config: Mapping[Any, Any] | None, disabled: Any, names: list[str], kinds: dict[str, str], range_index: bool
) -> dict[str, dict[str, Any]]:
    """{column or "_index": {disabled, required, default, min, max, step, kind}} for the page."""
    settings: dict[str, dict[str, Any]] = {name: {"kind": kinds[name]} for name in names}
    settings[INDEX_IDENTIFIER] = {"kind": kinds[INDEX_IDENTIFIER]}
    if range_index:
        settings[INDEX_IDENTIFIER]["disabled"] = True
    else:
        settings[INDEX_IDENTIFIER]["required"] = True
    for column, config in (column_config or {}).items():
        name = _column_name(column, names)
        if name not in settings or not isinstance(config, dict):
            continue
        for setting in _EDIT_SETTINGS:
            if config.get(setting) is not None:
                settings[name][setting] = config[setting]
        type_config = config.get("type_config") or {}
        if type_config.get("type") in _READ_ONLY_TYPES:
            settings[name]["disabled"] = True
            continue
        for setting, wire in _NUMBER_SETTINGS.items():
            value = type_config.get(setting)
            if value is not None:
                settings[name][wire] = value
    if not isinstance(disabled, bool):
        for column in disabled:
            name = _column_name(column, names)
            if name in settings:
                settings[name]["disabled"] = True
    for name, kind in kinds.items():
        if kind not in editing.EDITABLE_KINDS:
            settings[name]["disabled"] = True
    return settings


def _signature(frame: Frame, data_format: str, kinds: dict[str, str], disabled: Any, settings: dict[str, Any]) -> str:
    h = hashlib.md5(usedforsecurity=False)
    parts = [
        data_format,
        [str(c.name) for c in frame.columns],
        sorted(kinds.items()),
        frame.range_index is not None,
        None if frame.range_index is not None else [frames.wire_value(v) for v in frame.index_values()],
        frame.num_rows,
        "all" if disabled is True else sorted(name for name, s in settings.items() if s.get("disabled")),
    ]
    h.update(json.dumps(parts, default=str).encode())
    return h.hexdigest()


class DataEditorMixin:
    def data_editor(
        self,
        data: Any,
        *,
        width: int | Literal["stretch", "content"] = "stretch",
        height: int | Literal["auto", "content", "stretch"] = "auto",
        use_container_width: bool | None = None,
        hide_index: bool | None = None,
        column_order: Iterable[str] | None = None,
        column_config: Mapping[Any, Any] | None = None,
        num_rows: Literal["fixed", "dynamic", "add", "delete"] = "fixed",
        disabled: bool | Iterable[str | int] = False,
        key: str | int | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        row_height: int | None = None,
        placeholder: str | None = None,
        alt: str | None = None,
    ) -> Any:
        """An editable table; returns the data with the user's edits, in the type it was given.

        Args:
            data: The data to edit: a DataFrame, Series, NumPy array, dict, list, ...
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            height: The height in pixels, or a keyword the command allows (None: its default).
            use_container_width: Deprecated: use ``width`` (True means "stretch").
            hide_index: Whether the index column is hidden (None: hidden for data without a
                meaningful index).
            column_order: The columns to show, in order (None: all).
            column_config: Per-column settings (``st.column_config``), by column name.
            num_rows: "fixed", "dynamic", "add" or "delete": whether rows may be added/removed.
            disabled: Shown greyed out and not usable.
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            on_change: A callback run when the value changes, before the rerun; "rerun" (the
                default): just rerun; "ignore": the page keeps the new value without a rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            row_height: The height of a row in pixels (None: the default).
            placeholder: The text shown in empty cells.
            alt: A description of it for screen readers.
        """
        dg = as_dg(self)
        key = to_key(key)
        callback = validate_callback_mode(on_change, supported_modes=("rerun", "ignore"))
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True, additional_allowed=["auto"])
        check_widget_policies(dg, key, callback, default_value=None, writes_allowed=False)
        width = _width_prop(width, use_container_width)
        if column_order is not None:
            column_order = [str(c) for c in column_order]

        data_format = frames.data_format(data)
        if data_format not in _PLAIN_FORMATS and data_format not in _PANDAS_FORMATS:
            raise _unsupported(data)
        frame = frames.to_frame(data)
        names = [str(c.name) for c in frame.columns]
        df = _to_pandas(data, data_format, frame) if data_format in _PANDAS_FORMATS else None
        _check_column_names(names)
        kinds = {name: frames.infer_type(c.values) for name, c in zip(names, frame.columns)}
        kinds[INDEX_IDENTIFIER] = "integer" if frame.has_range_index else frames.infer_type(frame.index_values())

        has_range_index = frame.has_range_index
        if hide_index is None and has_range_index and num_rows in ("dynamic", "add"):
            hide_index = True
        if hide_index is None and data_format in frames.INDEXLESS_FORMATS:
            hide_index = True
        if not has_range_index and num_rows in ("dynamic", "add"):
            hide_index = False  # new rows need an index value typed in
        disabled_all = disabled is True
        if not isinstance(disabled, bool):
            disabled = list(disabled)
        settings = _edit_settings(column_config, disabled, names, kinds, has_range_index)
        display_config = column_config_props(column_config, frame)

        wire = typed_wire(frame, display_config)
        identity: dict[str, Any] = {}
        key_as_main_identity: bool | set[str] = False
        if key is not None and num_rows == "fixed":
            key_as_main_identity = {"data_signature", "num_rows"}
            identity["data_signature"] = _signature(frame, data_format, kinds, disabled, settings)
        widget_id = compute_widget_id(
            "data_editor",
            dg,
            user_key=key,
            key_as_main_identity=key_as_main_identity,
            data=json.dumps(wire, sort_keys=True, default=str),
            width=width,
            height=height,
            use_container_width=use_container_width,
            column_order=column_order,
            column_config_mapping=str(settings) + str(display_config) + str(hide_index),
            num_rows=num_rows,
            row_height=row_height,
            placeholder=placeholder,
            alt=alt,
            **identity,
        )
        mode = num_rows if num_rows in ("dynamic", "add", "delete") else "fixed"
        call = WidgetCall(
            dg=dg,
            widget_id=widget_id,
            key=key,
            callback=callback,
            args=args,
            kwargs=kwargs,
            label_visibility="collapsed",
            disabled=disabled_all,
        )
        # The data_editor_state module is the serde: the edits as JSON text.
        editing_state = register_and_enqueue(
            call,
            "dataEditor",
            editing,
            value_type="string_value",
            default_wire=None,
            props=dict(
                data=wire,
                width=width,
                height=height,
                hideIndex=bool(hide_index),
                columnOrder=column_order or None,
                columnConfig=display_config,
                editing=settings,
                editingMode=mode,
                rowHeight=row_height or None,
                placeholder=placeholder,
                alt=alt,
                ignoreRerun=on_change == "ignore",
            ),
        )
        if data_format == frames.EMPTY and df is None:
            return None
        if df is not None:
            return _from_pandas(editing.apply_to_pandas(df, editing_state, kinds), data_format)
        return editing.frame_to_format(editing.apply_to_frame(frame, editing_state, kinds), data_format)
