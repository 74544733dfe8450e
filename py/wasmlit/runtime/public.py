"""What scripts and libraries import from ``streamlit.runtime``,
``streamlit.runtime.scriptrunner`` and ``streamlit.runtime.state``."""

from __future__ import annotations

from typing import Any

from wasmlit.runtime.context import ScriptRunContext, get_script_run_ctx as _get_ctx
from wasmlit.runtime.query_params_proxy import QueryParamsProxy
from wasmlit.runtime.state_proxy import SessionStateProxy


def get_script_run_ctx(suppress_warning: bool = False) -> ScriptRunContext | None:
    """The running script's context (None outside a run)."""
    return _get_ctx()


def add_script_run_ctx(thread: Any = None, ctx: ScriptRunContext | None = None) -> Any:
    """Streamlit attaches a context to a thread; a wasmlit session has one thread."""
    return thread


def exists() -> bool:
    """Whether a runtime (a session host) exists: true while a script runs."""
    return _get_ctx() is not None


__all__ = ["QueryParamsProxy", "ScriptRunContext", "SessionStateProxy", "add_script_run_ctx", "exists", "get_script_run_ctx"]
