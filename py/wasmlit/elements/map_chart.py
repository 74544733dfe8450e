"""st.map -> a `deckGlJsonChart` element holding a deck.gl scatterplot layer,
built from any data st.dataframe takes (lists, dicts, DataFrames; no pandas
needed), with Streamlit 1.67's column detection, defaults and errors."""

from __future__ import annotations

import copy
import json
import math
import os
from typing import TYPE_CHECKING, Any

from wasmlit.elements import frame as frames
from wasmlit.elements.chart_colors import is_color_like, to_int_color_tuple
from wasmlit.elements.deck_chart import EMPTY_MAP, send_deck
from wasmlit.elements.layout_checks import validate_height, validate_width
from wasmlit.elements.text_util import normalize_alt
from wasmlit.errors import StreamlitAPIException
from wasmlit.type_aliases import Width

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

LAT_COLUMN_NAMES = ("lat", "latitude", "LAT", "LATITUDE")
LON_COLUMN_NAMES = ("lon", "longitude", "LON", "LONGITUDE")
# Resolved by the page to the theme's primary colour (alpha 160).
DEFAULT_COLOR = "primary"
DEFAULT_SIZE = 100
DEFAULT_ZOOM = 12
# Degrees of longitude shown at zoom level i (Streamlit's table).
ZOOM_SPANS = [
    360,
    180,
    90,
    45,
    22.5,
    11.25,
    5.625,
    2.813,
    1.406,
    0.703,
    0.352,
    0.176,
    0.088,
    0.044,
    0.022,
    0.011,
    0.005,
    0.003,
    0.001,
    0.0005,
    0.00025,
]


def zoom_for_span(span: float) -> int:
    for level in range(len(ZOOM_SPANS) - 1):
        if ZOOM_SPANS[level + 1] < span <= ZOOM_SPANS[level]:
            return level
    return DEFAULT_ZOOM


def _is_null(value: Any) -> bool:
    if value is None:
        return True
    try:
        return isinstance(value, float) and math.isnan(value)
    except TypeError:
        return False


class _Table:
    """The frame's columns by label, in order (what a DataFrame's columns are)."""

    def __init__(self, frame: frames.Frame) -> None:
        self.columns = {column.name: column.values for column in frame.columns}
        self.num_rows = frame.num_rows

    def __contains__(self, name: Any) -> bool:
        try:
            return name in self.columns
        except TypeError:
            return False


def _to_table(data: Any) -> _Table:
    frame = frames.to_frame(data)
    if frame.num_rows == 0 and frame.data_format in (
        frames.LIST_OF_VALUES,
        frames.TUPLE_OF_VALUES,
        frames.SET_OF_VALUES,
        frames.EMPTY,
    ):
        frame.columns = []  # pandas makes no column of an empty sequence
    return _Table(frame)


def _lat_or_lon_column(table: _Table, what: str, name: Any, defaults: tuple[str, ...]) -> Any:
    column: str | None
    if isinstance(name, str) and name in table:
        column = name
    else:
        column = next((candidate for candidate in defaults if candidate in table), None)
        if column is None:
            allowed = ", ".join(map(repr, sorted(defaults)))
            existing = ", ".join(map(repr, table.columns))
            raise StreamlitAPIException(
                f"Map data must contain a {what} column named: {allowed}. Existing columns: {existing}"
            )
    if any(_is_null(value) for value in table.columns[column]):
        raise StreamlitAPIException(
            f"Column {column} is not allowed to contain null values, such as NaN, NaT, or None."
        )
    return column


def _value_or_column(table: _Table, value: Any, default: Any) -> tuple[Any, Any]:
    """(deck.gl argument, column name or None): a column's name becomes an accessor."""
    if isinstance(value, str) and value in table:
        return f"@@={value}", value
    return (default if value is None else value), None


def _color_argument(table: _Table, color: Any, column: Any) -> Any:
    if column is not None:
        values = table.columns[column]
        if not values or not is_color_like(values[0]):
            raise StreamlitAPIException(f'Column "{column}" does not appear to contain valid colors.')
        table.columns[column] = [to_int_color_tuple(value) for value in values]
        return color
    if color is None:
        return None
    if isinstance(color, str) and color.lower() == "primary":
        return "primary"
    return to_int_color_tuple(color)


def deck_json(data: Any, latitude: Any, longitude: Any, size: Any, color: Any, zoom: Any) -> str:
    """The deck.gl JSON st.map draws: one scatterplot layer, centred on the data."""
    if data is None or (hasattr(data, "empty") and data.empty):
        return json.dumps(EMPTY_MAP)
    table = _to_table(data)
    lat = _lat_or_lon_column(table, "latitude", latitude, LAT_COLUMN_NAMES)
    lon = _lat_or_lon_column(table, "longitude", longitude, LON_COLUMN_NAMES)
    size_arg, size_column = _value_or_column(table, size, DEFAULT_SIZE)
    color_arg, color_column = _value_or_column(table, color, DEFAULT_COLOR)
    used = sorted(c for c in {lat, lon, size_column, color_column} if c is not None)
    color_arg = _color_argument(table, color_arg, color_column)

    lats, lons = table.columns[lat], table.columns[lon]
    center_lat = (max(lats) + min(lats)) / 2.0
    center_lon = (max(lons) + min(lons)) / 2.0
    if zoom is None:
        zoom = zoom_for_span(max(abs(max(lats) - min(lats)), abs(max(lons) - min(lons))))

    spec = copy.deepcopy(dict(EMPTY_MAP))
    spec["initialViewState"].update(latitude=center_lat, longitude=center_lon, zoom=zoom)
    spec["layers"] = [
        {
            "@@type": "ScatterplotLayer",
            "getPosition": f"@@=[{lon}, {lat}]",
            "getRadius": size_arg,
            "radiusMinPixels": 3,
            "radiusUnits": "meters",
            "getFillColor": color_arg,
            "data": [{name: table.columns[name][row] for name in used} for row in range(table.num_rows)],
        }
    ]
    return json.dumps(spec, default=frames.wire_value)


def map_chart(
    dg: "DeltaGenerator",
    data: Any = None,
    *,
    latitude: Any = None,
    longitude: Any = None,
    color: Any = None,
    size: Any = None,
    zoom: Any = None,
    width: Width = "stretch",
    height: Any = 500,
    use_container_width: bool | None = None,
    alt: Any = None,
) -> "DeltaGenerator":
    if use_container_width:
        width = "stretch"
    validate_width(width)
    validate_height(height)
    spec = deck_json(data, latitude, longitude, size, color, zoom)
    # No Deck object here: the token comes from the environment (or config).
    token = os.environ.get("MAPBOX_API_KEY") or None
    return send_deck(
        dg,
        spec,
        tooltip=None,
        mapbox_token=token,
        width=width,
        height=height,
        use_container_width=use_container_width,
        alt=normalize_alt(alt),
    )
