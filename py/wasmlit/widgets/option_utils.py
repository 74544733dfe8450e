"""Helpers shared by the widgets that pick among options (multiselect,
select_slider, pills, segmented_control): options as a list, defaults as
indices, and values checked against the current options by their labels."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from wasmlit.errors import StreamlitAPIException, StreamlitDefaultNotInOptionsError
from wasmlit.widgets.selection import options_to_list

_FLOAT_EPSILON = 1e-15


def anything_to_list(value: Any) -> list[Any]:
    """A default/value as a list: None -> [], a scalar or string -> [it]."""
    if value is None:
        return []
    if isinstance(value, (str, bytes)):
        return [value]
    if isinstance(value, dict):
        return list(value.keys())
    if hasattr(value, "tolist") and callable(value.tolist):
        converted = value.tolist()
        return list(converted) if isinstance(converted, list) else [converted]
    try:
        return list(value)
    except TypeError:
        return [value]


def comparable_options(options: Any) -> list[Any]:
    """The options as a list, checked to compare with == to a bool."""
    opts = options_to_list(options)
    if opts:
        try:
            bool(opts[0] == opts[0])
        except ValueError:
            raise StreamlitAPIException(
                "Invalid option type provided. Options must be comparable, returning a "
                f"boolean when used with *==*. \n\nGot **{type(opts[0]).__name__}**, "
                "which cannot be compared. Refactor your code to use elements of "
                "comparable types as options, e.g. use indices instead.",
                error_id="incomparable-select-options",
            ) from None
    return opts


def index_of(options: Sequence[Any], value: Any) -> int:
    """The index of the first option equal to `value` (floats within epsilon)."""
    for i, option in enumerate(options):
        if value == option:
            return i
        if isinstance(option, float) and isinstance(value, float) and abs(value - option) < _FLOAT_EPSILON:
            return i
    raise ValueError(f"{value} is not in iterable")


def default_indices(options: Sequence[Any], default: Any) -> list[int]:
    """Indices of the default values; raises if one is not an option."""
    if default is None:
        return []
    values = anything_to_list(default)
    for value in values:
        if value not in options:
            raise StreamlitDefaultNotInOptionsError(value)
    return [list(options).index(value) for value in values]


def format_labels(options: Sequence[Any], format_func: Callable[[Any], Any]) -> tuple[list[str], dict[str, int]]:
    """Each option's label, and label -> index (a duplicated label: the last wins)."""
    labels = [str(format_func(o)) for o in options]
    return labels, {label: i for i, label in enumerate(labels)}


def safe_label(format_func: Callable[[Any], Any], value: Any) -> str | None:
    try:
        return str(format_func(value))
    except Exception:  # noqa: BLE001 - the user's format_func may fail
        return None


def keep_valid(values: list[Any], labels: set[str], format_func: Callable[[Any], Any]) -> tuple[list[Any], bool]:
    """The values that are still options, and whether any went."""
    if not values:
        return values, False
    valid = [v for v in values if safe_label(format_func, v) in labels]
    if len(valid) == len(values):
        return values, False
    return valid, True


def valid_or_default(value: Any, labels: set[str], format_func: Callable[[Any], Any], default: Any) -> tuple[Any, bool]:
    """`value` if it is still an option (or None), else `default`; and whether it was replaced."""
    if value is None or safe_label(format_func, value) in labels:
        return value, False
    return default, True
