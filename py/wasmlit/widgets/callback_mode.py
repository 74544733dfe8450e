"""Callback parameters that also take a mode ("rerun" / "ignore"), checked
with Streamlit's rules and texts."""

from __future__ import annotations

from typing import Any, Callable, Collection

from wasmlit.errors import StreamlitAPIException, StreamlitValueError

ON_CHANGE_MODES = ("rerun", "ignore")


def validate_callback_mode(
    callback: Any,
    *,
    supported_modes: Collection[str],
    none_supported: bool = True,
    param_name: str = "on_change",
) -> Callable[..., Any] | None:
    """The callable, or None for None (when ``none_supported``) and supported mode strings."""
    if callback is None and none_supported:
        return None
    if callable(callback):
        return callback
    if isinstance(callback, str) and callback in ON_CHANGE_MODES:
        if callback in supported_modes:
            return None
        raise StreamlitAPIException(
            f'`{param_name}="{callback}"` is not supported on this widget. Pass a callback, or omit `{param_name}`.',
            error_id="unsupported-on-change-mode",
        )
    valid = ["a callback function"]
    if supported_modes:
        valid = [repr(mode) for mode in supported_modes] + valid
    raise StreamlitValueError(param_name, valid)
