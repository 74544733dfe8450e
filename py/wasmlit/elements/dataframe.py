"""st.dataframe (interactive grid) and st.table (static table)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from wasmlit.lazy_import import lazy_module

from wasmlit.elements.column_values import typed_wire
from wasmlit.elements.layout_checks import validate_height, validate_width
from wasmlit.errors import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from wasmlit.widgets.common import compute_widget_id, register_selection, to_key
from wasmlit.dg_mixin import as_dg

frames = lazy_module("wasmlit.elements.frame")

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator
    from wasmlit.elements.frame import Frame

INDEX_IDENTIFIER = "_index"
_NAMED_WIDTHS = {"small": 75, "medium": 200, "large": 400}


def _column_width(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, str) and value in _NAMED_WIDTHS:
        return _NAMED_WIDTHS[value]
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    raise StreamlitValueError(
        "width", ["'small'", "'medium'", "'large'", "a positive integer"], detail=f"Got {value!r}."
    )


def _type_config_prop(type_config: Any) -> dict[str, Any] | None:
    """The column type and its options (st.column_config.*Column's type_config), JSON-ready."""
    if not isinstance(type_config, dict) or not isinstance(type_config.get("type"), str):
        return None
    return {name: value for name, value in type_config.items() if value is not None}


def column_config_props(column_config: Mapping[Any, Any] | None, frame: Frame) -> dict[str, dict[str, Any]]:
    """The user's column_config as {column name or "_index": settings} for the page."""
    if column_config is None:
        return {}
    result: dict[str, dict[str, Any]] = {}
    for column, config in column_config.items():
        if config is None:
            settings: dict[str, Any] = {"hidden": True}
        elif isinstance(config, str):
            settings = {"label": config}
        elif isinstance(config, dict):
            settings = dict(config)
        else:
            raise StreamlitInvalidParameterTypeError(
                "column_config",
                type(config).__name__,
                ["None", "str", "dict"],
                detail=f"Invalid configuration for column `{column}`.",
            )
        if isinstance(column, int) and not isinstance(column, bool):
            if not 0 <= column < len(frame.columns):
                continue
            name = str(frame.columns[column].name)
        else:
            name = str(column)
        type_config = settings.get("type_config") or {}
        wire = {
            "label": settings.get("label"),
            "width": _column_width(settings.get("width")),
            "help": settings.get("help"),
            "hidden": bool(settings.get("hidden", False)),
            "alignment": settings.get("alignment"),
            "format": type_config.get("format"),
            "pinned": settings.get("pinned"),
            "typeConfig": _type_config_prop(type_config),
        }
        result[name] = {key: value for key, value in wire.items() if value is not None}
    return result


def _width_prop(width: Any, use_container_width: bool | None) -> Any:
    if use_container_width is not None:
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int):
            width = "content"
    return width


class DataframeMixin:
    def dataframe(
        self,
        data: Any = None,
        width: int | Literal["stretch", "content"] = "stretch",
        height: int | Literal["auto", "content", "stretch"] = "auto",
        *,
        use_container_width: bool | None = None,
        hide_index: bool | None = None,
        column_order: Iterable[str] | None = None,
        column_config: Mapping[Any, Any] | None = None,
        key: str | int | None = None,
        on_select: Any = "ignore",
        selection_mode: Any = "multi-row",
        selection_default: Any = None,
        row_height: int | None = None,
        placeholder: str | None = None,
        lazy: bool | None = None,
        alt: str | None = None,
    ) -> "DeltaGenerator":
        """An interactive table; returns its selection with ``on_select``.

        Args:
            data: The data: a pandas/Polars DataFrame or Series, a NumPy array, a dict or list
                of records, ...
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            height: The height in pixels, or a keyword the command allows (None: its default).
            use_container_width: Deprecated: use ``width`` (True means "stretch").
            hide_index: Whether the index column is hidden (None: hidden for data without a
                meaningful index).
            column_order: The columns to show, in order (None: all).
            column_config: Per-column settings (``st.column_config``), by column name.
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            on_select: "ignore", "rerun" or a callback: what a selection in the chart does.
            selection_mode: What may be selected: "single-row", "multi-row", "single-column",
                "multi-column", "single-cell", "multi-cell" (or a list of them).
            selection_default: The selection shown at first.
            row_height: The height of a row in pixels (None: the default).
            placeholder: The text shown in empty cells.
            lazy: Whether the data is sent to the page in pages as it scrolls.
            alt: A description of it for screen readers.
        """
        selecting = on_select != "ignore"
        if selecting and on_select != "rerun" and not callable(on_select):
            raise StreamlitValueError("on_select", ["'ignore'", "'rerun'", "a callable"])
        if selection_default is not None and not selecting:
            raise StreamlitIncompatibleParametersError(
                "selection_default",
                "on_select='ignore'",
                explanation="Set `on_select` to `'rerun'` or a callback to use `selection_default`.",
            )
        width = _width_prop(width, use_container_width)
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True, additional_allowed=["auto"])
        frame = frames.to_frame(data)
        if hide_index is None and frame.data_format in frames.INDEXLESS_FORMATS:
            hide_index = True
        config_props = column_config_props(column_config, frame)
        props = {
            "data": typed_wire(frame, config_props),
            "width": width,
            "height": height,
            "hideIndex": bool(hide_index),
            "columnOrder": [str(c) for c in column_order] if column_order else None,
            "columnConfig": config_props,
            "rowHeight": row_height or None,
            "placeholder": placeholder,
            "alt": alt,
            "key": None if key is None else str(key),
        }
        if not selecting:
            return as_dg(self)._enqueue("dataframe", props)
        return _selectable_dataframe(
            self,
            props,
            frame,
            key=key,
            on_select=on_select,
            selection_mode=selection_mode,
            selection_default=selection_default,
        )

    def table(
        self,
        data: Any = None,
        *,
        border: bool | Literal["horizontal"] = True,
        width: int | Literal["stretch", "content"] = "stretch",
        height: int | Literal["stretch", "content"] = "content",
        hide_index: bool | None = None,
        hide_header: bool | None = None,
        alt: str | None = None,
    ) -> "DeltaGenerator":
        """A static table.

        Args:
            data: The data: a pandas/Polars DataFrame or Series, a NumPy array, a dict or list
                of records, ...
            border: Whether it has a border.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            height: The height in pixels, or a keyword the command allows (None: its default).
            hide_index: Whether the index column is hidden (None: hidden for data without a
                meaningful index).
            hide_header: Whether the header row is hidden.
            alt: A description of it for screen readers.
        """
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        if isinstance(border, bool):
            border_mode = "all" if border else "none"
        elif border == "horizontal":
            border_mode = "horizontal"
        else:
            raise StreamlitValueError("border", ["True", "False", "'horizontal'"])
        frame = frames.to_frame(data)
        if hide_index is None:
            hide_index = frame.has_range_index
        if hide_header is None:
            hide_header = frame.data_format in frames.HEADERLESS_FORMATS
        props = {
            "data": frames.to_wire(frame),
            "border": border_mode,
            "hideIndex": bool(hide_index),
            "hideHeader": bool(hide_header),
            "width": width,
            "height": height,
            "alt": alt,
        }
        return as_dg(self)._enqueue("table", props)


def _selectable_dataframe(
    dg: Any,
    props: dict[str, Any],
    frame: Any,
    *,
    key: Any,
    on_select: Any,
    selection_mode: Any,
    selection_default: Any,
) -> Any:
    """st.dataframe with on_select: a widget whose value is the selection."""
    import json

    from wasmlit.elements import dataframe_selection as selection

    modes = selection.parse_selection_mode(selection_mode)
    column_names = frame.column_names()
    num_rows = frame.num_rows
    default = None
    if selection_default is not None:
        default = selection.validated_selection(selection_default, num_rows, column_names, modes)
    key = to_key(key)
    widget_id = compute_widget_id(
        "dataframe",
        dg,
        user_key=key,
        key_as_main_identity={"selection_mode", "is_selection_activated"},
        data=json.dumps(props["data"], sort_keys=True, default=str),
        width=props["width"],
        height=props["height"],
        column_order=props["columnOrder"],
        column_config=str(props["columnConfig"]),
        selection_mode=tuple(sorted(modes)),
        is_selection_activated=True,
        selection_default=json.dumps(default, default=list) if default else None,
        row_height=props["rowHeight"],
        placeholder=props["placeholder"],
        alt=props["alt"],
    )
    serde = selection.SelectionSerde(default, num_rows, column_names, modes)
    state = register_selection(
        widget_id,
        user_key=key,
        deserializer=serde.deserialize,
        serializer=serde.serialize,
        on_change=on_select if callable(on_select) else None,
    )
    value = selection.as_state(selection.validated_selection(state.value, num_rows, column_names, modes))
    dg._enqueue(
        "dataframe",
        {
            **props,
            "id": widget_id,
            "key": key,
            "formId": "",
            "selectionMode": sorted(modes),
            "value": serde.serialize(value),
            "default": None,
            "setValue": state.value_changed,
        },
    )
    return value
