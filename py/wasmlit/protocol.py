"""Builders of the worker -> page messages the Python runtime produces.

The schema is defined once, in protocol/messages.js (FROM_WORKER); a test
checks that the tags used here are declared there.
"""

from __future__ import annotations

from typing import Any

RUN_STARTED = "runStarted"
DELTA = "delta"
RUN_FINISHED = "runFinished"
PAGE_CONFIG = "pageConfig"

RUN_COMPLETE = "complete"
RUN_RERUN = "rerun"
RUN_STOPPED = "stopped"
RUN_ERROR = "error"


def run_started(run_id: int) -> dict[str, Any]:
    return {"type": RUN_STARTED, "runId": run_id}


def run_finished(run_id: int, status: str) -> dict[str, Any]:
    return {"type": RUN_FINISHED, "runId": run_id, "status": status}


def delta(run_id: int, path: tuple[int, ...], node: dict[str, Any]) -> dict[str, Any]:
    return {"type": DELTA, "runId": run_id, "path": list(path), "node": node}


def element_node(element_type: str, props: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "element", "type": element_type, "props": props}


def block_node(block_type: str, props: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "block", "type": block_type, "props": props}


def page_config(
    title: str | None, icon: str | None, layout: str | None, initial_sidebar_state: str | None
) -> dict[str, Any]:
    return {
        "type": PAGE_CONFIG,
        "title": title,
        "icon": icon,
        "layout": layout,
        "initialSidebarState": initial_sidebar_state,
    }
