"""st.plotly_chart -> a `plotlyChart` element.

The figure becomes Plotly's JSON with the ``plotly`` package itself (as in
Streamlit, which needs it installed: list ``plotly`` in requirements.txt);
the page draws it with plotly.js. With ``on_select`` the chart is a widget
whose value is the selection (JSON text on the wire, a ``PlotlyState`` in
Python).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from wasmlit.elements.figure_types import full_type_name
from wasmlit.elements.layout_checks import validate_height, validate_width
from wasmlit.elements.text_util import normalize_alt
from wasmlit.elements.widget_state_dict import ReadOnlyAttributeDictionary, SelectionEventState
from wasmlit.errors import StreamlitValueError
from wasmlit.widgets.common import check_widget_policies, compute_widget_id, register_selection, to_key
from wasmlit.type_aliases import Key, Width

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

SELECTION_MODES = ("box", "lasso", "points")
# plotly.js's own size when a figure sets none (what width/height="content" become).
DEFAULT_WIDTH = 700
DEFAULT_HEIGHT = 450


class PlotlySelectionState(ReadOnlyAttributeDictionary):
    """``points``, ``point_indices``, ``box`` and ``lasso`` of a selection."""


class PlotlyState(SelectionEventState):
    """What st.plotly_chart returns with ``on_select``: ``{"selection": {...}}``."""

    SELECTION_TYPE = PlotlySelectionState


def empty_state() -> PlotlyState:
    return PlotlyState({"selection": PlotlySelectionState({"points": [], "point_indices": [], "box": [], "lasso": []})})


class PlotlySelectionSerde:
    """The selection's wire form: Streamlit's JSON text (snake_case keys)."""

    def deserialize(self, ui_value: str | None) -> PlotlyState:
        if ui_value is None or ui_value == "":
            return empty_state()
        parsed = json.loads(ui_value)
        if not isinstance(parsed, dict) or "selection" not in parsed:
            return empty_state()
        parsed["selection"] = PlotlySelectionState(parsed["selection"])
        return PlotlyState(parsed)

    def serialize(self, state: Any) -> str:
        return json.dumps(state, default=str)


def parse_selection_mode(selection_mode: Any) -> list[str]:
    """The selection modes, sorted; Streamlit's error for unknown ones."""
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= set(SELECTION_MODES):
        raise StreamlitValueError("selection_mode", [f"'{mode}'" for mode in SELECTION_MODES])
    return sorted(modes)


def validate_on_select(on_select: Any) -> Any:
    """The callback in ``on_select`` (None for "rerun"/"ignore"); Streamlit's errors."""
    if callable(on_select):
        return on_select
    if isinstance(on_select, str) and on_select in ("rerun", "ignore"):
        return None
    raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])


def _figure_size(figure: Any, name: str) -> Any:
    if isinstance(figure, dict):
        layout = figure.get("layout") or {}
        return layout.get(name) if isinstance(layout, dict) else None
    try:
        return getattr(figure.layout, name)
    except (AttributeError, TypeError):
        return None


def resolve_content_size(value: Any, figure: Any, name: str, default: int) -> Any:
    """ "content" becomes the figure's own width/height (plotly.js's default without one)."""
    if value != "content":
        return value
    size = _figure_size(figure, name)
    if isinstance(size, (int, float)) and not isinstance(size, bool) and size > 0:
        return int(size)
    return default


def figure_to_json(figure_or_data: Any) -> tuple[Any, str]:
    """The figure Plotly would draw (validated as Streamlit does) and its JSON."""
    import plotly.io
    import plotly.tools

    if full_type_name(figure_or_data) == "matplotlib.figure.Figure":
        figure = plotly.tools.mpl_to_plotly(figure_or_data)
    else:
        figure = plotly.tools.return_figure_from_figure_or_data(figure_or_data, validate_figure=True)
    return figure, plotly.io.to_json(figure, validate=False)


def plotly_chart(
    dg: "DeltaGenerator",
    figure_or_data: Any,
    use_container_width: bool | None = None,
    *,
    width: Width = "stretch",
    height: Any = "content",
    theme: Any = "streamlit",
    key: Key | None = None,
    on_select: Any = "ignore",
    selection_mode: Any = ("points", "box", "lasso"),
    config: Any = None,
    alt: Any = None,
) -> Any:
    if use_container_width is not None:
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int):
            width = "content"
    validate_width(width, allow_content=True)
    validate_height(height, allow_content=True)
    # Like Streamlit, this needs the plotly package (ModuleNotFoundError without it).
    import plotly.io  # noqa: F401

    from wasmlit.elements import plotly_theme

    plotly_theme.ensure_configured()
    if theme not in ("streamlit", None):
        raise StreamlitValueError("theme", ["'streamlit'", "None"])
    callback = validate_on_select(on_select)
    key = to_key(key)
    selecting = on_select != "ignore"
    if selecting:
        check_widget_policies(
            dg, key, callback, default_value=None, writes_allowed=False, check_callback_rules=callback is not None
        )

    figure, spec = figure_to_json(figure_or_data)
    config_json = json.dumps(config or {})
    alt = normalize_alt(alt)
    element_id = compute_widget_id(
        "plotly_chart",
        dg,
        user_key=key,
        key_as_main_identity=False,
        plotly_spec=spec,
        plotly_config=config_json,
        selection_mode=selection_mode,
        is_selection_activated=selecting,
        theme=theme,
        width=width,
        height=height,
        alt=alt,
    )
    props: dict[str, Any] = {
        "spec": spec,
        "config": config_json,
        "theme": theme or "",
        "width": resolve_content_size(width, figure, "width", DEFAULT_WIDTH),
        "height": resolve_content_size(height, figure, "height", DEFAULT_HEIGHT),
        "useContainerWidth": width == "stretch",
        "alt": alt,
        "key": key,
        "elementId": element_id,
    }
    if not selecting:
        return dg._enqueue("plotlyChart", props)

    modes = parse_selection_mode(selection_mode)
    serde = PlotlySelectionSerde()
    state = register_selection(
        element_id,
        user_key=key,
        deserializer=serde.deserialize,
        serializer=serde.serialize,
        on_change=callback,
    )
    dg._enqueue(
        "plotlyChart",
        {
            **props,
            "id": element_id,
            "formId": dg._form,
            "selectionMode": modes,
            "value": serde.serialize(state.value),
            "setValue": state.value_changed,
        },
    )
    return state.value
