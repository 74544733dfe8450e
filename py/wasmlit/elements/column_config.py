"""st.column_config: the column settings st.dataframe understands.

Each function returns a plain dict (Streamlit's ColumnConfig shape) that goes
in the ``column_config`` mapping of st.dataframe. Unset (None) entries are
dropped.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from typing import Any, Iterator, Literal
from wasmlit.errors import StreamlitValueError as _StreamlitValueError

ColumnWidth = Literal["small", "medium", "large"] | int


def _config(type_config: dict[str, Any] | None = None, **settings: Any) -> dict[str, Any]:
    config = {name: value for name, value in settings.items() if value is not None}
    if type_config:
        config["type_config"] = {name: value for name, value in type_config.items() if value is not None}
    return config


def Column(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Literal["left", "center", "right"] | None = None,
) -> dict[str, Any]:
    return _config(
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
    )


def NumberColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Literal["left", "center", "right"] | None = None,
    default: int | float | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
) -> dict[str, Any]:
    return _config(
        {"type": "number", "format": format, "min_value": min_value, "max_value": max_value, "step": step},
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
        default=default,
    )


def TextColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Literal["left", "center", "right"] | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
) -> dict[str, Any]:
    return _config(
        {"type": "text", "max_chars": max_chars, "validate": validate},
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
        default=default,
    )


# --------------------------------------------------------------------------- helpers of the typed columns

_CHART_COLOR_NAMES = (
    "auto",
    "auto-inverse",
    "red",
    "blue",
    "green",
    "yellow",
    "violet",
    "orange",
    "gray",
    "grey",
    "primary",
)


def _looks_like_css_color(color: Any) -> bool:
    if not isinstance(color, str):
        return False
    if color.startswith("#"):
        return color[1:].isalnum() and len(color) in (4, 5, 7, 9)
    return color.startswith(("rgb(", "rgba("))


def _check_chart_color(color: Any) -> None:
    """A named theme color, a hex color or an rgb()/rgba() color (else StreamlitValueError)."""
    if color is None or color in _CHART_COLOR_NAMES or _looks_like_css_color(color):
        return

    raise _StreamlitValueError("color", [*_CHART_COLOR_NAMES, "a valid hex color", "an rgb() or rgba() color"])


def _iso(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def _seconds(step: Any) -> Any:
    return step.total_seconds() if isinstance(step, timedelta) else step


# --------------------------------------------------------------------------- text-like columns


def LinkColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Literal["left", "center", "right"] | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
    display_text: str | None = None,
) -> dict[str, Any]:
    return _config(
        {"type": "link", "max_chars": max_chars, "validate": validate, "display_text": display_text},
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
        default=default,
    )


def CheckboxColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Literal["left", "center", "right"] | None = None,
    default: bool | None = None,
) -> dict[str, Any]:
    return _config(
        {"type": "checkbox"},
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
        default=default,
    )


def SelectboxColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: str | int | float | bool | None = None,
    options: Iterable[str | int | float | bool] | None = None,
    format_func: Callable[[Any], str] | None = None,
) -> dict[str, Any]:
    choices: list[Any] | None = None if options is None else list(options)
    if choices and format_func is not None:
        choices = [{"value": option, "label": format_func(option)} for option in choices]
    return _config(
        {"type": "selectbox", "options": choices},
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        default=default,
    )


def ListColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    default: Iterable[str] | None = None,
) -> dict[str, Any]:
    return _config(
        {"type": "list"},
        label=label,
        width=width,
        help=help,
        pinned=pinned,
        disabled=disabled,
        required=required,
        default=None if default is None else list(default),
    )


def MultiselectColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Iterable[str] | None = None,
    options: Iterable[str] | None = None,
    accept_new_options: bool | None = None,
    color: str | Iterable[str] | None = None,
    format_func: Callable[[str], str] | None = None,
) -> dict[str, Any]:
    choices: list[dict[str, Any]] | None = None
    if options is not None:
        colors: Iterator[str] | None
        if color is None:
            colors = None
        elif isinstance(color, str):
            colors = itertools.repeat(color)
        else:
            colors = itertools.cycle(list(color))
        choices = []
        for option in options:
            choice: dict[str, Any] = {"value": option}
            if format_func is not None:
                choice["label"] = format_func(option)
            if colors is not None:
                choice["color"] = next(colors)
            choices.append(choice)
    return _config(
        {"type": "multiselect", "options": choices, "accept_new_options": accept_new_options},
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        default=None if default is None else list(default),
    )


def JsonColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: Literal["left", "center", "right"] | None = None,
) -> dict[str, Any]:
    return _config({"type": "json"}, label=label, width=width, help=help, pinned=pinned, alignment=alignment)


def MarkdownColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Literal["left", "center", "right"] | None = None,
    default: str | None = None,
) -> dict[str, Any]:
    return _config(
        {"type": "markdown"},
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
        default=default,
    )


# --------------------------------------------------------------------------- media columns


def _media_column(kind: str) -> Callable[..., dict[str, Any]]:
    def column(
        label: str | None = None,
        *,
        width: ColumnWidth | None = None,
        help: str | None = None,
        pinned: bool | None = None,
        alignment: Literal["left", "center", "right"] | None = None,
    ) -> dict[str, Any]:
        return _config({"type": kind}, label=label, width=width, help=help, pinned=pinned, alignment=alignment)

    column.__name__ = column.__qualname__ = f"{kind.capitalize()}Column"
    column.__doc__ = f"A column of {kind} URLs or data URIs, shown as {kind} in the grid."
    return column


ImageColumn = _media_column("image")
AudioColumn = _media_column("audio")
VideoColumn = _media_column("video")


# --------------------------------------------------------------------------- chart and progress columns


def _chart_column(kind: str, name: str) -> Callable[..., dict[str, Any]]:
    def column(
        label: str | None = None,
        *,
        width: ColumnWidth | None = None,
        help: str | None = None,
        pinned: bool | None = None,
        y_min: int | float | None = None,
        y_max: int | float | None = None,
        color: str | None = None,
    ) -> dict[str, Any]:
        _check_chart_color(color)
        return _config(
            {"type": kind, "y_min": y_min, "y_max": y_max, "color": color},
            label=label,
            width=width,
            help=help,
            pinned=pinned,
        )

    column.__name__ = column.__qualname__ = name
    column.__doc__ = f"A column of number lists, each drawn as a small {kind.replace('_', ' ')}."
    return column


LineChartColumn = _chart_column("line_chart", "LineChartColumn")
BarChartColumn = _chart_column("bar_chart", "BarChartColumn")
AreaChartColumn = _chart_column("area_chart", "AreaChartColumn")


def ProgressColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
    color: str | None = None,
) -> dict[str, Any]:
    _check_chart_color(color)
    return _config(
        {
            "type": "progress",
            "format": format,
            "min_value": min_value,
            "max_value": max_value,
            "step": step,
            "color": color,
        },
        label=label,
        width=width,
        help=help,
        pinned=pinned,
    )


# --------------------------------------------------------------------------- date and time columns


def DatetimeColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Literal["left", "center", "right"] | None = None,
    default: datetime | None = None,
    format: str | None = None,
    min_value: datetime | None = None,
    max_value: datetime | None = None,
    step: int | float | timedelta | None = None,
    timezone: str | None = None,
) -> dict[str, Any]:
    return _config(
        {
            "type": "datetime",
            "format": format,
            "min_value": _iso(min_value),
            "max_value": _iso(max_value),
            "step": _seconds(step),
            "timezone": timezone,
        },
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
        default=_iso(default),
    )


def TimeColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Literal["left", "center", "right"] | None = None,
    default: time | None = None,
    format: str | None = None,
    min_value: time | None = None,
    max_value: time | None = None,
    step: int | float | timedelta | None = None,
) -> dict[str, Any]:
    return _config(
        {
            "type": "time",
            "format": format,
            "min_value": _iso(min_value),
            "max_value": _iso(max_value),
            "step": _seconds(step),
        },
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
        default=_iso(default),
    )


def DateColumn(
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Literal["left", "center", "right"] | None = None,
    default: date | None = None,
    format: str | None = None,
    min_value: date | None = None,
    max_value: date | None = None,
    step: int | None = None,
) -> dict[str, Any]:
    return _config(
        {"type": "date", "format": format, "min_value": _iso(min_value), "max_value": _iso(max_value), "step": step},
        label=label,
        width=width,
        help=help,
        disabled=disabled,
        required=required,
        pinned=pinned,
        alignment=alignment,
        default=_iso(default),
    )
