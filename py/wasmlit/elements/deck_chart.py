"""st.pydeck_chart (and, through send_deck, st.map) -> a `deckGlJsonChart`
element: the deck's JSON (``pydeck.Deck.to_json()``; pydeck is pure Python),
its tooltip and Mapbox token; the page draws it with deck.gl. With
``on_select`` the chart is a widget whose value is the picked objects (JSON
text on the wire, a ``PydeckState`` in Python).

Map tiles: the page draws a base map only from a style URL the app or the
config gives (see docs/charts.md); otherwise the layers are drawn on a plain
background, since no tile server can be assumed reachable.
"""

from __future__ import annotations

import json
import sys
import weakref
from typing import TYPE_CHECKING, Any

from wasmlit.elements.layout_checks import validate_height, validate_width
from wasmlit.elements.text_util import normalize_alt
from wasmlit.elements.widget_state_dict import ReadOnlyAttributeDictionary, SelectionEventState
from wasmlit.errors import StreamlitInvalidParameterTypeError, StreamlitValueError
from wasmlit.runtime.context import current_or_bare_ctx
from wasmlit.widgets.common import check_widget_policies, compute_widget_id, register_selection, to_key
from wasmlit.elements.plotly_chart import validate_on_select
from wasmlit.type_aliases import Key, Width

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

# The deck drawn when there is nothing to show.
EMPTY_MAP: dict[str, Any] = {"initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}}
SELECTION_MODES = ("multi-object", "single-object")


class PydeckSelectionState(ReadOnlyAttributeDictionary):
    """``indices`` and ``objects`` of the picked objects, by layer id."""


class PydeckState(SelectionEventState):
    """What st.pydeck_chart returns with ``on_select``: ``{"selection": {...}}``."""

    SELECTION_TYPE = PydeckSelectionState


def empty_state() -> PydeckState:
    return PydeckState({"selection": PydeckSelectionState({"indices": {}, "objects": {}})})


class PydeckSelectionSerde:
    def deserialize(self, ui_value: str | None) -> PydeckState:
        if ui_value is None or ui_value == "":
            return empty_state()
        parsed = json.loads(ui_value)
        if not isinstance(parsed, dict) or "selection" not in parsed:
            return empty_state()
        parsed["selection"] = PydeckSelectionState(parsed["selection"])
        return PydeckState(parsed)

    def serialize(self, state: Any) -> str:
        return json.dumps(state, default=str)


def parse_selection_mode(selection_mode: Any) -> str:
    if not isinstance(selection_mode, str):
        raise StreamlitInvalidParameterTypeError(
            "selection_mode",
            type(selection_mode).__name__,
            ["str"],
            detail="Selection mode must be a single value.",
        )
    if selection_mode not in SELECTION_MODES:
        raise StreamlitValueError("selection_mode", [f"'{mode}'" for mode in SELECTION_MODES])
    return selection_mode


def _layer_records_for_json(pydeck_obj: Any) -> None:
    """pandas 3 DataFrames in layers become records first (pydeck cannot
    serialise them), as Streamlit does."""
    pd = sys.modules.get("pandas")
    if pydeck_obj is None or pd is None:
        return
    try:
        if int(str(pd.__version__).split(".")[0]) < 3:
            return
    except ValueError:
        return
    for layer in getattr(pydeck_obj, "layers", None) or []:
        data = getattr(layer, "data", None)
        if isinstance(data, weakref.ref):
            data = data()
        if isinstance(data, pd.DataFrame):
            layer.data = data.to_dict(orient="records")


def tooltip_of(pydeck_obj: Any) -> dict[str, Any] | None:
    if pydeck_obj is None:
        return None
    widget = getattr(pydeck_obj, "deck_widget", None)
    if widget is not None and isinstance(getattr(widget, "tooltip", None), dict):
        return widget.tooltip
    tooltip = getattr(pydeck_obj, "_tooltip", None)
    return tooltip if isinstance(tooltip, dict) else None


def _config_option(name: str) -> Any:
    try:
        return current_or_bare_ctx().config.get_option(name)
    except Exception:  # noqa: BLE001 - no config in a bare context
        return None


def send_deck(
    dg: "DeltaGenerator",
    spec: str,
    *,
    tooltip: dict[str, Any] | None,
    mapbox_token: str | None,
    width: Any,
    height: Any,
    use_container_width: bool | None,
    alt: str | None,
    widget: dict[str, Any] | None = None,
) -> "DeltaGenerator":
    props = {
        "json": spec,
        "tooltip": json.dumps(tooltip) if tooltip else "",
        "mapboxToken": mapbox_token or _config_option("mapbox.token") or None,
        # A base map style for decks without one of their own (wasmlit's option).
        "defaultMapStyle": _config_option("wasmlit.mapStyle") or None,
        "width": width,
        "height": height,
        "useContainerWidth": bool(use_container_width) if use_container_width is not None else width == "stretch",
        "alt": alt,
        **(widget or {}),
    }
    return dg._enqueue("deckGlJsonChart", props)


def pydeck_chart(
    dg: "DeltaGenerator",
    pydeck_obj: Any = None,
    *,
    width: Width = "stretch",
    use_container_width: bool | None = None,
    height: Any = 500,
    selection_mode: Any = "single-object",
    on_select: Any = "ignore",
    key: Key | None = None,
    alt: Any = None,
) -> Any:
    if use_container_width:
        width = "stretch"
    validate_width(width)
    validate_height(height)
    _layer_records_for_json(pydeck_obj)
    spec = json.dumps(EMPTY_MAP) if pydeck_obj is None else pydeck_obj.to_json()
    tooltip = tooltip_of(pydeck_obj)
    token = getattr(pydeck_obj, "mapbox_key", None) or None
    alt = normalize_alt(alt)
    key = to_key(key)
    selecting = on_select != "ignore"
    callback = validate_on_select(on_select)
    common = dict(
        tooltip=tooltip,
        mapbox_token=token,
        width=width,
        height=height,
        use_container_width=use_container_width,
        alt=alt,
    )
    if not selecting:
        return send_deck(dg, spec, **common)

    mode = parse_selection_mode(selection_mode)
    check_widget_policies(
        dg, key, callback, default_value=None, writes_allowed=False, check_callback_rules=callback is not None
    )
    widget_id = compute_widget_id(
        "deck_gl_json_chart",
        dg,
        user_key=key,
        key_as_main_identity={"selection_mode"},
        is_selection_activated=True,
        selection_mode=selection_mode,
        use_container_width=use_container_width,
        spec=spec,
        alt=alt,
    )
    serde = PydeckSelectionSerde()
    state = register_selection(
        widget_id,
        user_key=key,
        deserializer=serde.deserialize,
        serializer=serde.serialize,
        on_change=callback,
    )
    send_deck(
        dg,
        spec,
        **common,
        widget={
            "id": widget_id,
            "key": key,
            "formId": dg._form,
            "selectionMode": [mode],
            "value": serde.serialize(state.value),
            "setValue": state.value_changed,
        },
    )
    return state.value
