"""st.plotly_chart, st.graphviz_chart, st.map, st.pydeck_chart,
st.mermaid_chart and st.echarts_chart: Streamlit 1.67's signatures here, the work in modules that
are imported on first use (most apps draw none of these charts)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

from wasmlit.lazy_import import lazy_module

plotly = lazy_module("wasmlit.elements.plotly_chart")
graphviz = lazy_module("wasmlit.elements.graphviz_chart")
deck = lazy_module("wasmlit.elements.deck_chart")
maps = lazy_module("wasmlit.elements.map_chart")
mermaid = lazy_module("wasmlit.elements.mermaid_chart")
echarts = lazy_module("wasmlit.elements.echarts_chart")

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


class FigureChartsMixin:
    def plotly_chart(
        self,
        figure_or_data: Any,
        use_container_width: bool | None = None,
        *,
        width: int | Literal["stretch", "content"] = "stretch",
        height: int | Literal["stretch", "content"] = "content",
        theme: Literal["streamlit"] | None = "streamlit",
        key: str | int | None = None,
        on_select: Any = "ignore",
        selection_mode: str | Iterable[str] = ("points", "box", "lasso"),
        config: dict[str, Any] | None = None,
        alt: str | None = None,
    ) -> Any:
        """A Plotly figure (plotly.graph_objects.Figure, a dict or list of
        traces, or a Matplotlib figure), drawn by plotly.js in the page. With
        ``on_select`` it returns the selection as a ``PlotlyState``.

        Args:
            figure_or_data: A Plotly figure (or its dict/data).
            use_container_width: Deprecated: use ``width`` (True means "stretch").
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            height: The height in pixels, or a keyword the command allows (None: its default).
            theme: "streamlit" (Streamlit's chart theme) or None (the library's own).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            selection_mode: "points", "box" and/or "lasso".
            config: Plotly's config options.
            alt: A description of it for screen readers.
        """
        return plotly.plotly_chart(
            self,
            figure_or_data,
            use_container_width,
            width=width,
            height=height,
            theme=theme,
            key=key,
            on_select=on_select,
            selection_mode=selection_mode,
            config=config,
            alt=alt,
        )

    def graphviz_chart(
        self,
        figure_or_dot: Any,
        use_container_width: bool | None = None,
        *,
        width: int | Literal["stretch", "content"] = "content",
        height: int | Literal["stretch", "content"] = "content",
        alt: str | None = None,
    ) -> "DeltaGenerator":
        """A graph from DOT text or a graphviz.Graph/Digraph/Source, laid out
        by Graphviz (WebAssembly) in the page.

        Args:
            figure_or_dot: A graphviz Graph/Digraph or a DOT string.
            use_container_width: Deprecated: use ``width`` (True means "stretch").
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            height: The height in pixels, or a keyword the command allows (None: its default).
            alt: A description of it for screen readers.
        """
        return graphviz.graphviz_chart(self, figure_or_dot, use_container_width, width=width, height=height, alt=alt)

    def map(
        self,
        data: Any = None,
        *,
        latitude: str | None = None,
        longitude: str | None = None,
        color: Any = None,
        size: str | float | None = None,
        zoom: int | None = None,
        width: int | Literal["stretch"] = "stretch",
        height: int | Literal["stretch"] = 500,
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> "DeltaGenerator":
        """Points on a map (deck.gl). Without a map style the points are drawn
        on a plain background: no map tiles are fetched.

        Args:
            data: The data: a pandas/Polars DataFrame or Series, a NumPy array, a dict or list
                of records, ...
            latitude: The latitude column (None: a lat/latitude column).
            longitude: The longitude column (None: a lon/longitude column).
            color: The dots' colour, or the column that holds it.
            size: The dots' radius in metres, or the column that holds it.
            zoom: The initial zoom level (None: to fit the data).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            height: The height in pixels, or a keyword the command allows (None: its default).
            use_container_width: Deprecated: use ``width`` (True means "stretch").
            alt: A description of it for screen readers.
        """
        return maps.map_chart(
            self,
            data,
            latitude=latitude,
            longitude=longitude,
            color=color,
            size=size,
            zoom=zoom,
            width=width,
            height=height,
            use_container_width=use_container_width,
            alt=alt,
        )

    def pydeck_chart(
        self,
        pydeck_obj: Any = None,
        *,
        width: int | Literal["stretch"] = "stretch",
        use_container_width: bool | None = None,
        height: int | Literal["stretch"] = 500,
        selection_mode: Literal["single-object", "multi-object"] = "single-object",
        on_select: Any = "ignore",
        key: str | int | None = None,
        alt: str | None = None,
    ) -> Any:
        """A pydeck.Deck (its JSON), drawn by deck.gl in the page. With
        ``on_select`` it returns the selection as a ``PydeckState``.

        Args:
            pydeck_obj: A pydeck Deck.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            use_container_width: Deprecated: use ``width`` (True means "stretch").
            height: The height in pixels, or a keyword the command allows (None: its default).
            selection_mode: "single-object" or "multi-object".
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            alt: A description of it for screen readers.
        """
        return deck.pydeck_chart(
            self,
            pydeck_obj,
            width=width,
            use_container_width=use_container_width,
            height=height,
            selection_mode=selection_mode,
            on_select=on_select,
            key=key,
            alt=alt,
        )

    def mermaid_chart(
        self,
        body: str,
        *,
        width: int | Literal["stretch", "content"] = "stretch",
        alt: str | None = None,
    ) -> "DeltaGenerator":
        """A Mermaid diagram: a ```` ```mermaid ```` block of markdown, drawn
        by Mermaid in the page.

        Args:
            body: The Mermaid diagram source.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            alt: A description of it for screen readers.
        """
        return mermaid.mermaid_chart(self, body, width=width, alt=alt)

    def echarts_chart(
        self,
        spec: Any,
        *,
        width: int | Literal["stretch", "content"] = "stretch",
        height: int | Literal["stretch", "content"] = "content",
        theme: Literal["streamlit"] | None = "streamlit",
        key: str | int | None = None,
        on_select: Any = "ignore",
        renderer: Literal["canvas", "svg"] = "canvas",
        alt: str | None = None,
    ) -> Any:
        """An Apache ECharts chart from an option (a dict, JSON text or a
        pyecharts chart), drawn by ECharts in the page. With ``on_select`` it
        returns the selection as an ``EChartsState``.

        Args:
            spec: The ECharts option: a dict, its JSON text, or a pyecharts chart (anything with
                ``dump_options()``); dataframes go in ``dataset.source``.
            width: "stretch" (the container's width), "content" (700 pixels, or a pyecharts
                chart's own width) or pixels.
            height: "content" (350 pixels, or a pyecharts chart's own height), "stretch" or pixels.
            theme: "streamlit" (Streamlit's chart theme) or None (ECharts' own).
            key: Gives the chart a stable identity and, with ``on_select``, names its selection in
                ``st.session_state`` (str or int; None: derived from its parameters).
            on_select: "ignore" (a plain chart), "rerun" or a callback: the chart is a widget whose
                value is the selection (a series' ``selectedMode``, a brush).
            renderer: "canvas" or "svg".
            alt: A description of it for screen readers (the chart's accessible name).
        """
        return echarts.echarts_chart(
            self,
            spec,
            width=width,
            height=height,
            theme=theme,
            key=key,
            on_select=on_select,
            renderer=renderer,
            alt=alt,
        )
