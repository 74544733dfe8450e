"""Vega-Lite specs of the built-in charts (line, area, bar, scatter), without pandas.

Follows Streamlit 1.67's rules: the index becomes x when only y is given, wide
data (several y columns) is melted into long form with a generated colour
column, column names with Vega-Lite field syntax (. [ ] \\) get aliases, and
the encodings match what its Altair charts serialise to.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from typing import Any

from wasmlit.elements import frame as frames
from wasmlit.elements.chart_colors import (
    ColorError,
    is_builtin_color_name,
    is_color_like,
    is_color_tuple_like,
    is_hex_color_like,
    to_css_color,
)
from wasmlit.errors import (
    Error,
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)

AREA, BAR, HORIZONTAL_BAR, LINE, SCATTER = "area", "bar", "horizontal_bar", "line", "scatter"
MARKS = {AREA: "area", BAR: "bar", HORIZONTAL_BAR: "bar", LINE: "line", SCATTER: "circle"}

_COLOR_LEGEND = {"titlePadding": 5, "offset": 5, "orient": "bottom"}
_SIZE_LEGEND = {"titlePadding": 0.5, "offset": 5, "orient": "bottom"}
_SUFFIX = " -- streamlit-generated"
INDEX_TITLE, VALUE_TITLE, COLOR_TITLE = "index", "value", "color"
INDEX_NAME = INDEX_TITLE + _SUFFIX
MELTED_Y = VALUE_TITLE + _SUFFIX
MELTED_COLOR = COLOR_TITLE + _SUFFIX
NON_EXISTENT = "DOES_NOT_EXIST" + _SUFFIX
_ALIAS_PREFIX = "col" + _SUFFIX + "-"
_FIELD_SPECIAL = (".", "[", "]", "\\")
_LARGE_DATASET = 1000


def maybe_raise_stack_warning(stack: Any) -> None:
    if stack not in (None, True, False, "normalize", "center", "layered"):
        raise StreamlitValueError("stack", ["True", "False", "'normalize'", "'center'", "'layered'", "None"])


class _Table:
    """Ordered columns (label -> values) of equal length."""

    def __init__(self, columns: dict[Any, list[Any]], num_rows: int) -> None:
        self.columns = columns
        self.num_rows = num_rows

    def __contains__(self, name: Any) -> bool:
        return name in self.columns


def vegalite_type(values: list[Any]) -> str:
    kind = frames.infer_type(values)
    if kind in ("integer", "float"):
        return "quantitative"
    if kind in ("datetime", "date", "time", "timedelta"):
        return "temporal"
    if kind == "object":
        non_null = {type(v) for v in values if v is not None}
        if non_null and all(issubclass(t, (int, float)) and not issubclass(t, bool) for t in non_null):
            return "quantitative"
        if any(issubclass(t, (int, float)) and not issubclass(t, bool) for t in non_null) and any(
            issubclass(t, str) for t in non_null
        ):
            return "quantitative"  # pandas calls this "mixed-integer"
    return "nominal"


def _is_integer_column(values: list[Any]) -> bool:
    return bool(values) and frames.infer_type(values) == "integer" and all(v is not None for v in values)


def _is_date_column(table: _Table, name: str | None) -> bool:
    if name is None or table.num_rows == 0:
        return False
    return isinstance(table.columns[name][0], _dt.date)


def _column_not_found(table: _Table, name: str) -> StreamlitAPIException:
    available = ", ".join(str(c) for c in table.columns)
    return StreamlitAPIException(
        f'Data does not have a column named `"{name}"`. Available columns are `{available}`',
        error_id="chart-column-not-found",
    )


def _color_length_mismatch(colors: Any, y_columns: list[str]) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"The list of colors `{colors}` must have the same length as the list of columns to be colored `{y_columns}`.",
        error_id="chart-color-length-mismatch",
    )


def _to_table(data: Any) -> tuple[_Table, frames.Frame]:
    frame = frames.to_frame(data)
    columns: dict[Any, list[Any]] = {}
    for column in frame.columns:
        columns.setdefault(column.name, column.values)
    return _Table(columns, frame.num_rows), frame


# --------------------------------------------------------------------------- parsing


def _parse_x(table: _Table, x: Any) -> Any:
    if x is None:
        return None
    if isinstance(x, str):
        if x not in table:
            raise _column_not_found(table, x)
        return x
    raise StreamlitInvalidParameterTypeError(
        "x", type(x).__name__, ["str", "None"], detail="Pass a column name or None to use the dataframe's index."
    )


def _parse_y(table: _Table, y: Any, x_column: Any) -> list[Any]:
    if y is None:
        y_columns = list(table.columns)
    elif isinstance(y, str):
        y_columns = [y]
    else:
        y_columns = [str(c) for c in (list(y) if isinstance(y, Iterable) else [y])]
    for column in y_columns:
        if column not in table:
            raise _column_not_found(table, column)
    if x_column in y_columns and (not y or x_column not in y):
        y_columns.remove(x_column)
    return y_columns


def _parse_generic(table: _Table, value: Any) -> tuple[Any, Any]:
    if isinstance(value, str) and value in table:
        return value, None
    return None, value


def _parse_sort(table: _Table, sort: Any) -> Any:
    if sort is True or sort is False:
        return None
    column = sort.removeprefix("-")
    if column not in table:
        raise _column_not_found(table, column)
    return column


# --------------------------------------------------------------------------- data prep


def _aliases(names: list[str]) -> tuple[list[str], dict[str, str], dict[str, str], dict[str, list[str]]]:
    reserved = {n for n in names if not any(ch in n for ch in _FIELD_SPECIAL)}
    final: list[str] = []
    alias_to_original: dict[str, str] = {}
    original_to_alias: dict[str, str] = {}
    per_name: dict[str, list[str]] = {}
    for idx, name in enumerate(names):
        if any(ch in name for ch in _FIELD_SPECIAL):
            alias = f"{_ALIAS_PREFIX}{idx}"
            counter = 0
            while alias in reserved or alias in alias_to_original:
                counter += 1
                alias = f"{_ALIAS_PREFIX}{idx}-{counter}"
            alias_to_original[alias] = name
            original_to_alias.setdefault(name, alias)
            per_name.setdefault(name, []).append(alias)
            final.append(alias)
        else:
            final.append(name)
    return final, alias_to_original, original_to_alias, per_name


class Prepared:
    def __init__(self) -> None:
        self.columns: dict[str, list[Any]] = {}
        self.num_rows = 0
        self.x: str | None = None
        self.y: str | None = None
        self.y_list: list[str] = []
        self.color: str | None = None
        self.size: str | None = None
        self.sort: str | None = None
        self.alias_to_original: dict[str, str] = {}


def _prep(table: _Table, frame: frames.Frame, x: Any, y_list: list[Any], color: Any, size: Any, sort: Any) -> Prepared:
    columns = dict(table.columns)
    if x is None and y_list:
        index_name = frame.index[0].name if (frame.index and len(frame.index) == 1) else None
        x = INDEX_NAME if index_name is None else str(index_name)
        columns = {x: frame.index_values(), **{k: v for k, v in columns.items() if k != x}}
    keep: list[Any] = []
    for name in (x, color, size, sort, *y_list):
        if name is not None and name not in keep:
            keep.append(name)
    selected = {name: list(columns[name]) for name in keep}

    if color is not None and table.num_rows:
        first = selected[color][0]
        if not is_hex_color_like(first) and is_color_tuple_like(first):
            selected[color] = [to_css_color(c) for c in selected[color]]

    labels = list(selected)
    str_names = [str(c) for c in labels]
    final, alias_to_original, original_to_alias, per_name = _aliases(str_names)
    renamed = {new: selected[old] for new, old in zip(final, labels)}

    def remap(name: Any) -> str | None:
        return None if name is None else original_to_alias.get(str(name), str(name))

    def remap_y(name: Any) -> str:
        name = str(name)
        aliases = per_name.get(name)
        if aliases:
            return aliases.pop(0)
        return original_to_alias.get(name, name)

    # Aliases are assigned per selected column; y entries may repeat a name.
    y_list = [remap_y(c) for c in y_list]
    x, color, size, sort = remap(x), remap(color), remap(size), remap(sort)

    prepared = Prepared()
    prepared.alias_to_original = alias_to_original
    prepared.x, prepared.size, prepared.sort = x, size, sort
    prepared.num_rows = table.num_rows
    y_column = None
    if len(y_list) == 1:
        y_column = y_list[0]
    elif len(y_list) > 1 and x is not None:
        y_column, color = MELTED_Y, MELTED_COLOR
        keep_alone = [x]
        for extra in (size, sort):
            if extra and extra not in keep_alone:
                keep_alone.append(extra)
        melted: dict[str, list[Any]] = {name: [] for name in keep_alone}
        melted[MELTED_COLOR] = []
        melted[MELTED_Y] = []
        for name in y_list:
            for name_alone in keep_alone:
                melted[name_alone].extend(renamed[name_alone])
            melted[MELTED_COLOR].extend([alias_to_original.get(name, name)] * table.num_rows)
            melted[MELTED_Y].extend(renamed[name])
        _check_mixed(melted[MELTED_Y])
        renamed = melted
        prepared.num_rows = table.num_rows * len(y_list)
        if alias_to_original:
            y_list = [alias_to_original.get(c, c) for c in y_list]
    prepared.columns = renamed
    prepared.y, prepared.y_list, prepared.color = y_column, y_list, color
    return prepared


def _check_mixed(values: list[Any]) -> None:
    kinds = {type(v) for v in values if v is not None}
    if len(kinds) > 1 and frames.infer_type(values) == "object":
        distinct = set()
        for v in values:
            try:
                distinct.add(v)
            except TypeError:
                distinct.add(repr(v))
        if len(distinct) > 100:
            raise StreamlitAPIException(
                "The columns used for rendering the chart contain too many values with "
                "mixed types. Please select the columns manually via the y parameter.",
                error_id="chart-mixed-type-columns",
            )


# --------------------------------------------------------------------------- encodings


def _axis(p: Prepared, column: str | None, grid: bool) -> dict[str, Any]:
    if column is not None and _is_integer_column(p.columns[column]):
        return {"grid": grid, "tickMinStep": 1}
    return {"grid": grid}


def _type_of(p: Prepared, column: str | None) -> str:
    return vegalite_type(p.columns[column]) if column is not None else "quantitative"


def _x_encoding(p: Prepared, chart: str, column: str | None, from_user: Any, label: str | None) -> dict[str, Any]:
    if column is None:
        field, title = NON_EXISTENT, ""
    elif column == INDEX_NAME:
        field, title = column, ""
    else:
        field = column
        title = "" if from_user is None else p.alias_to_original.get(column, column)
    if label is not None:
        title = label
    if column is None:
        kind = "quantitative"
    elif chart == BAR and not _is_date_column(_Table(p.columns, p.num_rows), column):
        kind = "ordinal"
    else:
        kind = _type_of(p, column)
    return {
        "axis": _axis(p, column, chart == HORIZONTAL_BAR),
        "field": field,
        "scale": {},
        "title": title,
        "type": kind,
    }


def _y_encoding(p: Prepared, chart: str, column: str | None, from_user: Any, label: str | None) -> dict[str, Any]:
    if column is None:
        field, title = NON_EXISTENT, ""
    elif column == MELTED_Y:
        field, title = column, ""
    else:
        field = column
        title = "" if from_user is None else p.alias_to_original.get(column, column)
    if label is not None:
        title = label
    if chart == HORIZONTAL_BAR and not _is_date_column(_Table(p.columns, p.num_rows), column):
        kind = "ordinal"
    else:
        kind = _type_of(p, column) if column else "quantitative"
    return {
        "axis": _axis(p, column, chart != HORIZONTAL_BAR),
        "field": field,
        "scale": {},
        "title": title,
        "type": kind,
    }


def _color_encoding(p: Prepared, color_value: Any, color_from_user: Any) -> dict[str, Any] | None:
    has_value = color_value not in (None, [], ())
    if has_value:
        if is_color_like(color_value):
            if len(p.y_list) != 1:
                raise _color_length_mismatch([color_value] if color_value else [], p.y_list)
            return {"value": to_css_color(color_value)}
        if isinstance(color_value, str) and is_builtin_color_name(color_value):
            if len(p.y_list) != 1:
                raise _color_length_mismatch([color_value] if color_value else [], p.y_list)
            return {"value": color_value}
        if isinstance(color_value, (list, tuple)):
            if len(color_value) != len(p.y_list):
                raise _color_length_mismatch(color_value, p.y_list)
            try:
                resolved = [
                    c if isinstance(c, str) and is_builtin_color_name(c) else to_css_color(c) for c in color_value
                ]
            except ColorError:
                resolved = None
            if resolved is not None:
                if len(resolved) == 1:
                    return {"value": resolved[0]}
                encoding: dict[str, Any] = {}
                if p.color is not None:
                    encoding["field"] = p.color
                encoding.update(
                    {
                        "legend": dict(_COLOR_LEGEND),
                        "scale": {"domain": p.y_list, "range": resolved},
                        "title": " ",
                        "type": "nominal",
                    }
                )
                return encoding
        raise StreamlitAPIException(
            f"""
This does not look like a valid color argument: `{color_from_user}`.

The color argument can be:

* A hex string like "#ffaa00" or "#ffaa0088".
* An RGB or RGBA tuple with the red, green, blue, and alpha
  components specified as ints from 0 to 255 or floats from 0.0 to
  1.0.
* The name of a column.
* Or a list of colors, matching the number of y columns to draw.
            """,
            error_id="chart-invalid-color",
        )
    if p.color is None:
        return None
    if p.color == MELTED_COLOR:
        return {"field": p.color, "legend": dict(_COLOR_LEGEND), "title": " ", "type": "nominal"}
    values = p.columns[p.color]
    encoding = {"field": p.color, "legend": dict(_COLOR_LEGEND), "type": vegalite_type(values)}
    if p.color in p.alias_to_original:
        encoding["title"] = p.alias_to_original[p.color]
    if values and is_color_like(values[0]):
        unique: list[Any] = []
        for value in values:
            css = to_css_color(value)
            if css not in unique:
                unique.append(css)
        encoding["scale"] = {"range": unique}
        encoding["legend"] = None
    return encoding


def _size_encoding(p: Prepared, chart: str, size_value: Any) -> dict[str, Any] | None:
    if chart == SCATTER:
        if p.size is not None:
            return {
                "field": p.size,
                "legend": dict(_SIZE_LEGEND),
                "title": p.alias_to_original.get(p.size, p.size),
                "type": _type_of(p, p.size),
            }
        if isinstance(size_value, (float, int)) and not isinstance(size_value, bool):
            return {"value": size_value}
        if size_value is None:
            return {"value": 100}
        raise StreamlitValueError("size", ["a column name", "a number"], detail=f"Got {size_value!r}.")
    if p.size is not None or size_value is not None:
        raise Error(f"Chart type {chart.upper()} does not support size argument. This should never happen!")
    return None


def _tooltip(p: Prepared, x: str, y: str, color_enc: dict[str, Any] | None) -> list[dict[str, Any]]:
    def entry(column: str, title: str | None = None, kind: str | None = None) -> dict[str, Any]:
        item: dict[str, Any] = {"field": column}
        if title is not None:
            item["title"] = title
        item["type"] = kind or _type_of(p, column)
        return item

    tips = []
    if x == INDEX_NAME:
        tips.append(entry(x, INDEX_TITLE))
    else:
        tips.append(entry(x, p.alias_to_original.get(x)))
    if y == MELTED_Y:
        tips.append(entry(y, VALUE_TITLE, "quantitative"))
    else:
        tips.append(entry(y, p.alias_to_original.get(y)))
    # Streamlit means to skip colour columns holding colours here, but its
    # check never matches (Altair returns the legend wrapped), so it never does.
    if p.color:
        if p.color == MELTED_COLOR:
            tips.append(entry(p.color, COLOR_TITLE, "nominal"))
        else:
            tips.append(entry(p.color, p.alias_to_original.get(p.color)))
    if p.size:
        tips.append(entry(p.size, p.alias_to_original.get(p.size)))
    return tips


def _sorted(encoding: dict[str, Any], sort: Any, alias_to_original: dict[str, str]) -> None:
    if sort is False:
        encoding["sort"] = None
    elif sort is True:
        return
    else:
        order = "descending" if sort.startswith("-") else "ascending"
        field = sort.removeprefix("-")
        field = next((alias for alias, orig in alias_to_original.items() if orig == field), field)
        encoding["sort"] = {"field": field, "order": order}


# --------------------------------------------------------------------------- the spec


def built_in_chart(
    chart: str,
    data: Any,
    *,
    x: Any = None,
    y: Any = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    size: Any = None,
    width: Any = None,
    height: Any = None,
    stack: Any = None,
    sort: Any = False,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(Vega-Lite spec without data, the chart's data as a Frame wire dict)."""
    table, frame = _to_table(data)
    x_column = _parse_x(table, x)
    y_columns = _parse_y(table, y, x_column)
    color_column, color_value = _parse_generic(table, color)
    size_column, size_value = _parse_generic(table, size)
    sort_column = _parse_sort(table, sort)
    p = _prep(table, frame, x_column, y_columns, color_column, size_column, sort_column)

    if chart == HORIZONTAL_BAR:
        x_enc = _x_encoding(p, chart, p.y, y, y_label)
        y_enc = _y_encoding(p, chart, p.x, x, x_label)
        stack_enc, sort_enc = x_enc, y_enc
    else:
        x_enc = _x_encoding(p, chart, p.x, x, x_label)
        y_enc = _y_encoding(p, chart, p.y, y, y_label)
        stack_enc, sort_enc = y_enc, x_enc
    if stack is not None:
        stack_enc["stack"] = False if stack == "layered" else stack
    if chart in (BAR, HORIZONTAL_BAR):
        _sorted(sort_enc, sort, p.alias_to_original)

    encoding: dict[str, Any] = {}
    if stack is False and p.color is not None:
        if chart == BAR:
            encoding["xOffset"] = {"field": p.color}
            encoding["yOffset"] = {}
        elif chart == HORIZONTAL_BAR:
            encoding["xOffset"] = {}
            encoding["yOffset"] = {"field": p.color}
        else:
            encoding["xOffset"], encoding["yOffset"] = {}, {}
    if p.color and (chart == AREA or stack == "layered"):
        encoding["opacity"] = {"value": 0.7}
    color_enc = _color_encoding(p, color_value, color)
    if color_enc is not None:
        encoding["color"] = color_enc
    size_enc = _size_encoding(p, chart, size_value)
    if size_enc is not None:
        encoding["size"] = size_enc
    if p.x is not None and p.y is not None:
        encoding["tooltip"] = _tooltip(p, p.x, p.y, color_enc)
    encoding["x"] = x_enc
    encoding["y"] = y_enc

    chart_width = width if isinstance(width, int) and not isinstance(width, bool) else 0
    chart_height = height if isinstance(height, int) and not isinstance(height, bool) else 0
    zoom = {"name": "param_1", "select": {"type": "interval", "encodings": ["x", "y"]}, "bind": "scales"}
    data_ref = {"name": "data"}
    if chart == LINE and p.x is not None:
        hover = {
            "name": "param_1",
            "select": {
                "type": "point",
                "clear": "mouseleave",
                "fields": [p.x],
                "nearest": True,
                "on": "mousemove{16}" if p.num_rows > _LARGE_DATASET else "mousemove",
            },
            "views": ["view_2"],
        }
        spec: dict[str, Any] = {
            "layer": [
                {"mark": {"type": "line"}, "encoding": encoding, "name": "view_1"},
                {"mark": {"type": "point", "opacity": 0}, "encoding": encoding, "name": "view_2"},
                {
                    "mark": {"type": "point", "filled": True, "size": 65},
                    "encoding": encoding,
                    "transform": [{"filter": {"param": "param_1", "empty": False}}],
                },
            ],
            "config": {"legend": {"symbolType": "stroke"}},
            "data": data_ref,
            "height": chart_height,
            "params": [hover, {**zoom, "name": "param_2", "views": ["view_1"]}],
            "width": chart_width,
        }
    else:
        spec = {
            "data": data_ref,
            "mark": {"type": MARKS[chart]},
            "encoding": encoding,
            "height": chart_height,
            "params": [zoom],
            "width": chart_width,
        }
    wire = {
        "numRows": p.num_rows,
        "index": [{"name": "", "type": "range", "start": 0, "step": 1}],
        "columns": [frames.wire_column(frames.Column(name, values)) for name, values in p.columns.items()],
    }
    return spec, wire
