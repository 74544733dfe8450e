"""st.line_chart, st.area_chart, st.bar_chart, st.scatter_chart,
st.vega_lite_chart and st.altair_chart -> one `vegaLiteChart` element."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from wasmlit.lazy_import import lazy_module

from wasmlit.elements.layout_checks import validate_height, validate_width
from wasmlit.errors import StreamlitAPIException, StreamlitMissingRequiredParameterError, StreamlitValueError
from wasmlit.dg_mixin import as_dg
from wasmlit.type_aliases import Key

charts = lazy_module("wasmlit.elements.chart_spec")
frames = lazy_module("wasmlit.elements.frame")

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

_COMPOSITIONS = ("hconcat", "vconcat", "concat", "layer", "facet", "repeat")


def _is_facet(spec: Mapping[str, Any]) -> bool:
    encoding = spec.get("encoding")
    return "facet" in spec or (isinstance(encoding, Mapping) and any(k in encoding for k in ("row", "column", "facet")))


def _has_nested_composition(spec: Mapping[str, Any]) -> bool:
    children = spec.get("vconcat")
    if not isinstance(children, list):
        return False
    return any(isinstance(c, Mapping) and any(k in c for k in _COMPOSITIONS) for c in children)


def _prepare_spec(spec: Mapping[str, Any], use_container_width: bool) -> dict[str, Any]:
    spec = dict(spec)
    if not spec:
        raise StreamlitMissingRequiredParameterError("spec", detail="Vega-Lite charts require a non-empty spec dict.")
    if "autosize" not in spec:
        nested = _has_nested_composition(spec)
        if "vconcat" in spec and use_container_width:
            spec["autosize"] = {"type": "pad" if nested else "fit-x", "contains": "padding"}
        elif _is_facet(spec) or (nested and not use_container_width):
            spec["autosize"] = {"type": "pad", "contains": "padding"}
        else:
            spec["autosize"] = {"type": "fit", "contains": "padding"}
    encoding = spec.get("encoding")
    if isinstance(encoding, Mapping) and isinstance(encoding.get("color"), Mapping):
        color = dict(encoding["color"])
        if "title" in color and color["title"] is None:
            color["title"] = " "
        if isinstance(color.get("legend"), Mapping) and "title" in color["legend"] and color["legend"]["title"] is None:
            color["legend"] = {**color["legend"], "title": " "}
        spec["encoding"] = {**encoding, "color": color}
    return spec


def _is_geo(data: Any) -> bool:
    if isinstance(data, Mapping):
        kind = data.get("type")
        if kind in ("FeatureCollection", "Feature", "GeometryCollection", "Topology"):
            return True
        return kind is None and isinstance(data.get("arcs"), list) and isinstance(data.get("objects"), Mapping)
    if isinstance(data, list) and data:
        first = data[0]
        return isinstance(first, Mapping) and first.get("type") == "Feature" and "geometry" in first
    return False


def _split_data(spec: dict[str, Any], data: Any) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """Moves tabular data out of the spec (as Streamlit does) into Frames."""
    datasets: list[dict[str, Any]] = []
    if "datasets" in spec:
        remaining = {}
        for name, values in dict(spec["datasets"]).items():
            if _is_geo(values):
                remaining[str(name)] = values
            else:
                datasets.append({"name": str(name), "data": frames.to_wire(frames.to_frame(values))})
        if remaining:
            spec["datasets"] = remaining
        else:
            del spec["datasets"]
    if "data" in spec:
        data_spec = spec["data"]
        if isinstance(data_spec, Mapping):
            if "values" in data_spec and not _is_geo(data_spec["values"]):
                data = data_spec["values"]
                del spec["data"]
        elif not _is_geo(data_spec):
            data = data_spec
            del spec["data"]
    wire = None if data is None else frames.to_wire(frames.to_frame(data))
    return wire, datasets


def _altair_to_spec(chart: Any) -> dict[str, Any]:
    import altair as alt

    theme = getattr(alt, "theme", None) or getattr(alt, "themes", None)
    try:
        context = theme.enable("none") if theme is not None and theme.active == "default" else None
    except Exception:  # noqa: BLE001 - an older Altair without themes
        context = None
    if context is None:
        return chart.to_dict()
    with context:
        return chart.to_dict()


class ChartsMixin:
    # -- built-in charts ----------------------------------------------------

    def _built_in_chart(
        self, chart: str, data: Any, width: Any, height: Any, use_container_width: Any, alt: Any, **options: Any
    ) -> "DeltaGenerator":
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        spec, wire = charts.built_in_chart(chart, data, width=width, height=height, **options)
        stretch = use_container_width if use_container_width is not None else width == "stretch"
        if use_container_width is not None:
            width = "stretch" if use_container_width else (width if isinstance(width, int) else "content")
        spec = _prepare_spec(spec, stretch)
        datasets = [{"name": spec["data"]["name"], "data": wire}] if wire is not None else []
        return self._send_chart(spec, None, datasets, width, height, use_container_width, "streamlit", None, alt)

    def line_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: Any = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        width: int | Literal["stretch", "content"] = "stretch",
        height: int | Literal["stretch", "content"] = "content",
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> "DeltaGenerator":
        """A line chart of ``data``'s columns.

        Args:
            data: The data: a pandas/Polars DataFrame or Series, a NumPy array, a dict or list
                of records, ...
            x: The column for the x axis (None: the index).
            y: The column(s) for the y axis (None: all other columns).
            x_label: The x axis title (None: the column name).
            y_label: The y axis title (None: the column name).
            color: The series colour(s), or the column that holds them or groups by them.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            height: The height in pixels, or a keyword the command allows (None: its default).
            use_container_width: Deprecated: use ``width`` (True means "stretch").
            alt: A description of it for screen readers.
        """
        return self._built_in_chart(
            charts.LINE,
            data,
            width,
            height,
            use_container_width,
            alt,
            x=x,
            y=y,
            x_label=x_label,
            y_label=y_label,
            color=color,
        )

    def area_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: Any = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        stack: bool | Literal["normalize", "center"] | None = None,
        width: int | Literal["stretch", "content"] = "stretch",
        height: int | Literal["stretch", "content"] = "content",
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> "DeltaGenerator":
        """An area chart of ``data``'s columns.

        Args:
            data: The data: a pandas/Polars DataFrame or Series, a NumPy array, a dict or list
                of records, ...
            x: The column for the x axis (None: the index).
            y: The column(s) for the y axis (None: all other columns).
            x_label: The x axis title (None: the column name).
            y_label: The y axis title (None: the column name).
            color: The series colour(s), or the column that holds them or groups by them.
            stack: How series stack: True, False, "normalize", "center" or None (the chart's
                default).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            height: The height in pixels, or a keyword the command allows (None: its default).
            use_container_width: Deprecated: use ``width`` (True means "stretch").
            alt: A description of it for screen readers.
        """
        charts.maybe_raise_stack_warning(stack)
        # An area chart's unstacked areas are layered.
        area_stack = "layered" if stack is False or stack is None else stack
        return self._built_in_chart(
            charts.AREA,
            data,
            width,
            height,
            use_container_width,
            alt,
            x=x,
            y=y,
            x_label=x_label,
            y_label=y_label,
            color=color,
            stack=area_stack,
        )

    def bar_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: Any = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        horizontal: bool = False,
        sort: bool | str = True,
        stack: bool | Literal["normalize", "center", "layered"] | None = None,
        width: int | Literal["stretch", "content"] = "stretch",
        height: int | Literal["stretch", "content"] = "content",
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> "DeltaGenerator":
        """A bar chart of ``data``'s columns.

        Args:
            data: The data: a pandas/Polars DataFrame or Series, a NumPy array, a dict or list
                of records, ...
            x: The column for the x axis (None: the index).
            y: The column(s) for the y axis (None: all other columns).
            x_label: The x axis title (None: the column name).
            y_label: The y axis title (None: the column name).
            color: The series colour(s), or the column that holds them or groups by them.
            horizontal: Whether the bars are horizontal.
            sort: How bars are ordered: True (by value), False, or a column name ("-name":
                descending).
            stack: How series stack: True, False, "normalize", "center" or None (the chart's
                default).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            height: The height in pixels, or a keyword the command allows (None: its default).
            use_container_width: Deprecated: use ``width`` (True means "stretch").
            alt: A description of it for screen readers.
        """
        charts.maybe_raise_stack_warning(stack)
        kind = charts.HORIZONTAL_BAR if horizontal else charts.BAR
        return self._built_in_chart(
            kind,
            data,
            width,
            height,
            use_container_width,
            alt,
            x=x,
            y=y,
            x_label=x_label,
            y_label=y_label,
            color=color,
            stack=stack,
            sort=sort,
        )

    def scatter_chart(
        self,
        data: Any = None,
        *,
        x: str | None = None,
        y: Any = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        size: str | float | int | None = None,
        width: int | Literal["stretch", "content"] = "stretch",
        height: int | Literal["stretch", "content"] = "content",
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> "DeltaGenerator":
        """A scatter chart of ``data``'s columns.

        Args:
            data: The data: a pandas/Polars DataFrame or Series, a NumPy array, a dict or list
                of records, ...
            x: The column for the x axis (None: the index).
            y: The column(s) for the y axis (None: all other columns).
            x_label: The x axis title (None: the column name).
            y_label: The y axis title (None: the column name).
            color: The series colour(s), or the column that holds them or groups by them.
            size: The points' size, or the column that holds it (None: the default).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            height: The height in pixels, or a keyword the command allows (None: its default).
            use_container_width: Deprecated: use ``width`` (True means "stretch").
            alt: A description of it for screen readers.
        """
        return self._built_in_chart(
            charts.SCATTER,
            data,
            width,
            height,
            use_container_width,
            alt,
            x=x,
            y=y,
            x_label=x_label,
            y_label=y_label,
            color=color,
            size=size,
        )

    # -- your own specs -----------------------------------------------------

    def vega_lite_chart(
        self,
        data: Any = None,
        spec: Mapping[str, Any] | None = None,
        *,
        width: int | Literal["stretch", "content"] | None = None,
        height: int | Literal["stretch", "content"] = "content",
        use_container_width: bool | None = None,
        theme: Literal["streamlit"] | None = "streamlit",
        key: str | int | None = None,
        on_select: Any = "ignore",
        selection_mode: Any = None,
        alt: str | None = None,
    ) -> "DeltaGenerator":
        """A chart from a Vega-Lite spec (a dict; ``data`` fills its data).

        Args:
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            height: The height in pixels, or a keyword the command allows (None: its default).
            use_container_width: Deprecated: use ``width`` (True means "stretch").
            theme: "streamlit" (Streamlit's chart theme) or None (the library's own).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            on_select: "ignore", "rerun" or a callback: what a selection in the chart does.
            selection_mode: Which kinds of selection the chart allows.
            alt: A description of it for screen readers.
        """
        if isinstance(data, dict) and spec is None:
            spec, data = data, None
        spec = dict(spec or {})
        return self._vega_lite(spec, data, width, height, use_container_width, theme, key, on_select, alt)

    def altair_chart(
        self,
        altair_chart: Any,
        *,
        width: int | Literal["stretch", "content"] | None = None,
        height: int | Literal["stretch", "content"] = "content",
        use_container_width: bool | None = None,
        theme: Literal["streamlit"] | None = "streamlit",
        key: str | int | None = None,
        on_select: Any = "ignore",
        selection_mode: Any = None,
        alt: str | None = None,
    ) -> "DeltaGenerator":
        """An Altair chart (a Vega-Lite spec drawn by the page); returns its selection with
        ``on_select``.

        Args:
            altair_chart: The Altair chart.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            height: The height in pixels, or a keyword the command allows (None: its default).
            use_container_width: Deprecated: use ``width`` (True means "stretch").
            theme: "streamlit" (Streamlit's chart theme) or None (the library's own).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            on_select: "ignore", "rerun" or a callback: what a selection in the chart does.
            selection_mode: The chart's selection parameters to report (None: all).
            alt: A description of it for screen readers.
        """
        spec = _altair_to_spec(altair_chart)
        return self._vega_lite(spec, None, width, height, use_container_width, theme, key, on_select, alt)

    def _vega_lite(
        self,
        spec: dict[str, Any],
        data: Any,
        width: Any,
        height: Any,
        use_container_width: bool | None,
        theme: Any,
        key: Key | None,
        on_select: Any,
        alt: str | None,
    ) -> "DeltaGenerator":
        if theme not in ("streamlit", None):
            raise StreamlitValueError("theme", ["'streamlit'", "None"])
        if on_select != "ignore":
            if on_select != "rerun" and not callable(on_select):
                raise StreamlitValueError("on_select", ["'ignore'", "'rerun'", "a callable"])
            raise StreamlitAPIException("Chart selections (`on_select`) are not supported by wasmlit.")
        if use_container_width is None and width is None:
            layered = _is_facet(spec) or "hconcat" in spec or "repeat" in spec or _has_nested_composition(spec)
            width = "content" if layered else "stretch"
        if use_container_width is not None:
            if use_container_width:
                width = "stretch"
            elif not isinstance(width, int):
                width = "content"
        if width is not None:
            validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        stretch = use_container_width if use_container_width is not None else width == "stretch"
        spec = _prepare_spec(spec, stretch)
        wire, datasets = _split_data(spec, data)
        return self._send_chart(spec, wire, datasets, width, height, use_container_width, theme, key, alt)

    def _send_chart(
        self,
        spec: dict[str, Any],
        wire: Any,
        datasets: Any,
        width: Any,
        height: Any,
        use_container_width: bool | None,
        theme: Any,
        key: Key | None,
        alt: str | None,
    ) -> "DeltaGenerator":
        """Sends a chart whose spec is final (sized and with its data split out)."""
        props = {
            "spec": json.dumps(spec, default=str),
            "data": wire,
            "datasets": datasets,
            "width": width,
            "height": height,
            "useContainerWidth": bool(use_container_width if use_container_width is not None else width == "stretch"),
            "theme": theme,
            "alt": alt,
            "key": None if key is None else str(key),
        }
        return as_dg(self)._enqueue("vegaLiteChart", props)
