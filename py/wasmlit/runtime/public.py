"""What scripts and libraries import from ``streamlit.runtime``,
``streamlit.runtime.scriptrunner`` and ``streamlit.runtime.state``."""

from __future__ import annotations

import threading
from typing import Any

from wasmlit.runtime.context import SCRIPT_RUN_CONTEXT_ATTR_NAME, ScriptRunContext, get_script_run_ctx as _get_ctx
from wasmlit.runtime.query_params_proxy import QueryParamsProxy
from wasmlit.runtime.state_proxy import SessionStateProxy


def get_script_run_ctx(suppress_warning: bool = False) -> ScriptRunContext | None:
    """The running script's context (None outside a run)."""
    return _get_ctx()


def add_script_run_ctx(thread: Any = None, ctx: ScriptRunContext | None = None) -> Any:
    """Gives ``thread`` (default: the current one) the script run context
    ``ctx`` (default: the current one), so Streamlit commands called from it
    reach the app. Returns the thread."""
    if thread is None:
        thread = threading.current_thread()
    if ctx is None:
        ctx = _get_ctx()
    if ctx is not None:
        setattr(thread, SCRIPT_RUN_CONTEXT_ATTR_NAME, ctx)
    return thread


def exists() -> bool:
    """Whether a runtime (a session host) exists: true while a script runs."""
    return _get_ctx() is not None


__all__ = [
    "SCRIPT_RUN_CONTEXT_ATTR_NAME",
    "QueryParamsProxy",
    "ScriptRunContext",
    "SessionStateProxy",
    "add_script_run_ctx",
    "exists",
    "get_script_run_ctx",
]
