"""The container st.grid returns: elements written into it are its cells;
``cell()`` opens a cell that may span several columns or rows."""

from __future__ import annotations

from typing import Any

from wasmlit.delta_generator import DeltaGenerator
from wasmlit.elements.layout_checks import is_int, validate_uint32_max
from wasmlit.errors import StreamlitInvalidParameterTypeError, StreamlitValueError, StreamlitValueOutOfRangeError


class GridContainer(DeltaGenerator):
    _declared_columns: Any = "auto"

    def __enter__(self) -> "GridContainer":
        super().__enter__()
        return self

    def cell(self, *, column_span: Any = 1, row_span: Any = 1) -> DeltaGenerator:
        """A cell of the grid holding what is written into it; ``column_span``
        (a number, or "all" for a whole row) and ``row_span`` widen it."""
        if isinstance(column_span, str) and column_span == "all":
            span: Any = "all"
        elif isinstance(column_span, str):
            raise StreamlitValueError("column_span", ['"all"', "a positive integer"], detail=f"Got {column_span!r}.")
        elif not is_int(column_span):
            raise StreamlitInvalidParameterTypeError("column_span", type(column_span).__name__, ["int", '"all"'])
        elif column_span < 1:
            raise StreamlitValueError("column_span", ['"all"', "a positive integer"], detail=f"Got {column_span!r}.")
        else:
            validate_uint32_max("column_span", column_span)
            if self._declared_columns != "auto" and column_span > self._declared_columns:
                raise StreamlitValueOutOfRangeError("column_span", column_span, 1, self._declared_columns)
            span = column_span
        if not is_int(row_span):
            raise StreamlitInvalidParameterTypeError("row_span", type(row_span).__name__, ["int"])
        if row_span < 1:
            raise StreamlitValueError("row_span", ["a positive integer"], detail=f"Got {row_span!r}.")
        validate_uint32_max("row_span", row_span)
        return self._block("gridCell", {"columnSpan": span, "rowSpan": row_span})
