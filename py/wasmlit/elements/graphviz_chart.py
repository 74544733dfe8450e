"""st.graphviz_chart -> a `graphvizChart` element: DOT text and the Graphviz
engine; the page lays the graph out to SVG with Graphviz compiled to
WebAssembly. The ``graphviz`` Python package (pure Python) only builds the
DOT text, so it is needed only when the app passes its objects."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from wasmlit.elements.figure_types import is_graphviz_chart
from wasmlit.elements.layout_checks import validate_height, validate_width
from wasmlit.elements.text_util import normalize_alt
from wasmlit.errors import StreamlitInvalidParameterTypeError
from wasmlit.runtime.context import current_or_bare_ctx
from wasmlit.type_aliases import Width

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

ACCEPTED = ["graphviz.Graph", "graphviz.Digraph", "graphviz.Source", "str"]


def dot_and_engine(figure_or_dot: Any) -> tuple[str, str]:
    if is_graphviz_chart(figure_or_dot):
        return figure_or_dot.source, figure_or_dot.engine
    if isinstance(figure_or_dot, str):
        return figure_or_dot, "dot"
    raise StreamlitInvalidParameterTypeError("figure_or_dot", type(figure_or_dot).__name__, ACCEPTED)


def graphviz_chart(
    dg: "DeltaGenerator",
    figure_or_dot: Any,
    use_container_width: bool | None = None,
    *,
    width: Width = "content",
    height: Any = "content",
    alt: Any = None,
) -> "DeltaGenerator":
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    # The element id (the SVG container's DOM id) comes from where the chart goes.
    path = dg._active_dg._peek_path(current_or_bare_ctx())
    element_id = hashlib.md5(str(list(path)).encode(), usedforsecurity=False).hexdigest()
    dot, engine = dot_and_engine(figure_or_dot)
    validate_width(width, allow_content=True)
    validate_height(height, allow_content=True)
    return dg._enqueue(
        "graphvizChart",
        {
            "spec": dot,
            "engine": engine,
            "elementId": element_id,
            "width": width,
            "height": height,
            "alt": normalize_alt(alt),
        },
    )
