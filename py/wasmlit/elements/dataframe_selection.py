"""st.dataframe(on_select=...): selection modes, the selection state a run
returns (a read-only dict with attribute access, like Streamlit's
DataframeState), and its wire form (a JSON string, the widget's value)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from wasmlit.elements.widget_state_dict import ReadOnlyAttributeDictionary, SelectionEventState
from wasmlit.errors import StreamlitAPIException, StreamlitIncompatibleParametersError, StreamlitValueError

SELECTION_MODES = {
    "single-row",
    "single-row-required",
    "multi-row",
    "single-column",
    "multi-column",
    "single-cell",
    "multi-cell",
}
ROW_MODES = {"single-row", "single-row-required", "multi-row"}


class DataframeSelectionState(ReadOnlyAttributeDictionary):
    """``rows`` (positions in the original data), ``columns`` (names), ``cells`` ((row, column) pairs)."""


class DataframeState(SelectionEventState):
    """What st.dataframe returns with on_select: ``{"selection": {...}}``."""

    SELECTION_TYPE = DataframeSelectionState


def parse_selection_mode(selection_mode: Any) -> set[str]:
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= SELECTION_MODES:
        raise StreamlitValueError("selection_mode", [f"'{mode}'" for mode in sorted(SELECTION_MODES)])
    row_modes = modes & ROW_MODES
    if len(row_modes) > 1:
        raise StreamlitIncompatibleParametersError(
            *[f"selection_mode='{mode}'" for mode in sorted(row_modes)],
            explanation="Only one row selection mode can be specified.",
        )
    if {"single-column", "multi-column"} <= modes:
        raise StreamlitIncompatibleParametersError("selection_mode='single-column'", "selection_mode='multi-column'")
    if {"single-cell", "multi-cell"} <= modes:
        raise StreamlitIncompatibleParametersError("selection_mode='single-cell'", "selection_mode='multi-cell'")
    return modes


def _unique(values: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(values))


def validated_selection(value: Any, num_rows: int, column_names: list[str], modes: set[str]) -> dict[str, Any]:
    """A selection set by the script (or the page), with what does not fit removed."""
    if not isinstance(value, dict) or not isinstance(value.get("selection"), dict):
        raise StreamlitAPIException(
            "Selection state must be a dictionary with a 'selection' key "
            "containing 'rows', 'columns', and 'cells' arrays."
        )
    selection = value["selection"]
    rows: list[int] = []
    columns: list[str] = []
    cells: list[tuple[int, str]] = []
    raw_rows = selection.get("rows")
    if isinstance(raw_rows, list) and modes & ROW_MODES:
        rows = _unique(r for r in raw_rows if isinstance(r, int) and not isinstance(r, bool) and 0 <= r < num_rows)
        if "multi-row" not in modes:
            rows = rows[:1]
    if "single-row-required" in modes and num_rows > 0 and not rows:
        rows = [0]
    raw_columns = selection.get("columns")
    if isinstance(raw_columns, list) and modes & {"single-column", "multi-column"}:
        names = set(column_names)
        columns = _unique(c for c in raw_columns if isinstance(c, str) and c in names)
        if "multi-column" not in modes:
            columns = columns[:1]
    raw_cells = selection.get("cells")
    if isinstance(raw_cells, list) and modes & {"single-cell", "multi-cell"}:
        names = set(column_names)
        cells = _unique(
            (cell[0], cell[1])
            for cell in raw_cells
            if isinstance(cell, (list, tuple))
            and len(cell) == 2
            and isinstance(cell[0], int)
            and 0 <= cell[0] < num_rows
            and cell[1] in names
        )
        if "multi-cell" not in modes:
            cells = cells[:1]
    return {"selection": {"rows": rows, "columns": columns, "cells": cells}}


def as_state(value: dict[str, Any]) -> DataframeState:
    selection = dict(value["selection"])
    selection["cells"] = [tuple(cell) for cell in selection.get("cells", [])]
    return DataframeState({"selection": DataframeSelectionState(selection)})


class SelectionSerde:
    def __init__(self, default: dict[str, Any] | None, num_rows: int, column_names: list[str], modes: set[str]) -> None:
        self.default = default
        self.num_rows = num_rows
        self.column_names = column_names
        self.modes = modes

    def deserialize(self, wire: Any) -> DataframeState:
        if isinstance(wire, str) and wire:
            value = json.loads(wire)
        elif self.default is not None:
            value = self.default
        else:
            value = {"selection": {"rows": [], "columns": [], "cells": []}}
        return as_state(validated_selection(value, self.num_rows, self.column_names, self.modes))

    def serialize(self, state: Any) -> str:
        return json.dumps(
            {
                "selection": {
                    "rows": list(state["selection"].get("rows", [])),
                    "columns": list(state["selection"].get("columns", [])),
                    "cells": [list(cell) for cell in state["selection"].get("cells", [])],
                }
            }
        )
