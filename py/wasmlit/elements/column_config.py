"""st.column_config: the column settings st.dataframe understands.

Each function returns a plain dict (Streamlit's ColumnConfig shape) that goes
in the ``column_config`` mapping of st.dataframe. Unset (None) entries are
dropped.
"""

from __future__ import annotations

from typing import Any, Literal

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
        label=label, width=width, help=help, disabled=disabled,
        required=required, pinned=pinned, alignment=alignment,
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
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, alignment=alignment, default=default,
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
        label=label, width=width, help=help, disabled=disabled, required=required,
        pinned=pinned, alignment=alignment, default=default,
    )
