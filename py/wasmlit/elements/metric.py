"""st.metric: a big number with an optional coloured change (delta)."""

from __future__ import annotations

import decimal
import numbers
import textwrap
from typing import TYPE_CHECKING, Any

from wasmlit.elements.text_util import clean_text, help_text
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueError
from wasmlit.widgets.common import check_label
from wasmlit.type_aliases import LabelVisibility, Width
from wasmlit.elements.layout_checks import validate_height, validate_width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

_NAMED_COLORS = ("red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary")
DELTA_COLORS = ("normal", "inverse", "off") + _NAMED_COLORS
DELTA_ARROWS = ("auto", "up", "down", "off")
CHART_TYPES = ("line", "bar", "area")


def _number_text(value: Any, parameter: str) -> str:
    if isinstance(value, numbers.Number):
        return str(value)
    item = getattr(value, "item", None)
    if callable(item):
        try:
            number = item()
        except Exception:  # noqa: BLE001 - a user callable may fail: not a number
            number = None
        if isinstance(number, numbers.Number):
            return str(number)
    raise StreamlitInvalidParameterTypeError(
        parameter,
        type(value).__name__,
        ["int", "float", "Decimal", "NumPy number"],
        detail="Convert the value to a number type.",
    )


def value_text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return _number_text(value, "value")


def _real_or_none(number: object) -> float | None:
    """A real number (Decimal included) as a float; None for anything else (a
    complex number is shown by its text only, as in Streamlit)."""
    if isinstance(number, bool) or not isinstance(number, (numbers.Real, decimal.Decimal)):
        return None
    return float(number)


def _number_or_none(value: Any) -> float | None:
    """A numeric value as a float for the page to format; None otherwise."""
    if isinstance(value, bool) or isinstance(value, str) or value is None:
        return None
    if isinstance(value, numbers.Number):
        return _real_or_none(value)
    item = getattr(value, "item", None)
    if callable(item):
        try:
            number = item()
        except Exception:  # noqa: BLE001 - not a scalar: leave it to the text
            return None
        return _real_or_none(number)
    return None


def _format_option(format: Any) -> str | None:
    if format is None:
        return None
    if not isinstance(format, str):
        raise StreamlitInvalidParameterTypeError("format", type(format).__name__, ["str", "None"])
    return format


def delta_text(delta: Any) -> str:
    if delta is None or delta == "":
        return ""
    if isinstance(delta, str):
        return textwrap.dedent(delta)
    return _number_text(delta, "delta")


def delta_direction(delta: Any) -> str:
    """ "up", "down" or "none" (no delta, or the delta is zero)."""
    if delta is None or delta == "":
        return "none"
    if isinstance(delta, str):
        text = textwrap.dedent(delta)
        if text == "0":
            return "none"
        return "down" if text.startswith("-") else "up"
    if delta == 0:
        return "none"
    return "down" if textwrap.dedent(str(delta)).startswith("-") else "up"


def resolve_delta_color(color: str, direction: str) -> str:
    if color not in DELTA_COLORS:
        raise StreamlitValueError("delta_color", [f"'{c}'" for c in DELTA_COLORS])
    if color in _NAMED_COLORS:
        return "gray" if color == "grey" else color
    if direction == "none" or color == "off":
        return "gray"
    negative = direction == "down"
    if color == "normal":
        return "red" if negative else "green"
    return "green" if negative else "red"  # inverse


def _chart_values(chart_data: Any) -> list[float]:
    if chart_data is None:
        return []
    if hasattr(chart_data, "tolist"):
        chart_data = chart_data.tolist()
    elif isinstance(chart_data, dict):
        chart_data = list(chart_data.values())
    values = []
    for item in chart_data:
        try:
            values.append(float(item))
        except Exception as ex:
            raise StreamlitAPIException(
                "Only numeric values are supported for chart data sequence. The "
                f"value '{item}' is of type {type(item)} and "
                "cannot be converted to float."
            ) from ex
    return values


class MetricMixin:
    def metric(
        self,
        label: str,
        value: Any,
        delta: Any = None,
        delta_color: str = "normal",
        *,
        help: str | None = None,
        icon: str | None = None,
        label_visibility: LabelVisibility = "visible",
        border: bool = False,
        width: Width = "stretch",
        height: Any = "content",
        chart_data: Any = None,
        chart_type: str = "line",
        delta_arrow: str = "auto",
        format: str | None = None,
        delta_description: str | None = None,
    ) -> "DeltaGenerator":
        """A value in big type with its change (delta) and an optional sparkline.

        Args:
            label: The metric's label (Markdown).
            value: The value (a number or text; None: "—").
            delta: The change to show under it (a number or text; None: none).
            delta_color: "normal", "inverse", "off", or a colour name.
            help: A tooltip shown beside the label (Markdown; None: none).
            icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
            label_visibility: "visible", "hidden" (its space is kept) or "collapsed" (no space).
            border: Whether it has a border.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            height: The height in pixels, or a keyword the command allows (None: its default).
            chart_data: Values for a sparkline under it (None: none).
            chart_type: "line", "bar" or "area".
            delta_arrow: "auto", "up", "down" or "off".
            format: A printf-style format or a named one for a number value.
            delta_description: Text shown beside the delta.
        """
        dg = as_dg(self)
        label_str = check_label(label, label_visibility)
        body = value_text(value)
        delta_str = delta_text(delta)
        color_name = clean_text(delta_color)
        direction = delta_direction(delta)
        color = resolve_delta_color(color_name, direction)
        arrow = clean_text(delta_arrow)
        if arrow not in DELTA_ARROWS:
            raise StreamlitValueError("delta_arrow", [f"'{a}'" for a in DELTA_ARROWS])
        if arrow != "auto":
            direction = {"up": "up", "down": "down", "off": "none"}[arrow]
        chart = _chart_values(chart_data)
        # Checked as in Streamlit 1.67; the page does not size it by ``width``/``height`` yet.
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        return dg._enqueue(
            "metric",
            {
                "label": label_str,
                "body": body,
                "delta": delta_str,
                # The page shows numbers with `format` (strings are shown as given).
                "format": _format_option(format),
                "valueNumber": _number_or_none(value),
                "deltaNumber": _number_or_none(delta),
                "color": color,
                "direction": direction,
                "help": help_text(help),
                "icon": icon,
                "labelVisibility": label_visibility,
                "border": bool(border),
                "chartData": chart,
                "chartType": chart_type if chart_type in CHART_TYPES else "line",
                "deltaDescription": None if delta_description is None else str(delta_description),
            },
        )
