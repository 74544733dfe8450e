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
NAVIGATION = "navigation"
PAGE_INFO = "pageInfo"
LOGO = "logo"

RUN_COMPLETE = "complete"
RUN_RERUN = "rerun"
RUN_STOPPED = "stopped"
RUN_ERROR = "error"
RUN_COMPILE_ERROR = "compileError"


def run_started(run_id: int, fragment_ids: list[str] | None = None) -> dict[str, Any]:
    return {"type": RUN_STARTED, "runId": run_id, "fragmentIds": list(fragment_ids or [])}


def run_finished(
    run_id: int,
    status: str,
    fragment_ids: list[str] | None = None,
    auto_reruns: list[dict[str, Any]] | None = None,
    *,
    compile_error: str | None = None,
) -> dict[str, Any]:
    message = {
        "type": RUN_FINISHED,
        "runId": run_id,
        "status": status,
        "fragmentIds": list(fragment_ids or []),
        "autoReruns": list(auto_reruns or []),
    }
    if compile_error is not None:
        message["compileError"] = compile_error
    return message


def navigation(
    *,
    pages: list[dict[str, Any]],
    sections: list[str],
    position: str,
    expanded: bool,
    visible_items: int | None,
    current_page_hash: str,
    page_not_found: bool,
    query_string: str,
) -> dict[str, Any]:
    return {
        "type": NAVIGATION,
        "pages": pages,
        "sections": sections,
        "position": position,
        "expanded": expanded,
        "visibleItems": visible_items,
        "currentPageHash": current_page_hash,
        "pageNotFound": page_not_found,
        "queryString": query_string,
    }


def page_info(query_string: str) -> dict[str, Any]:
    """The session's query string changed (st.query_params): the page updates its address bar."""
    return {"type": PAGE_INFO, "queryString": query_string}


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


def logo(
    run_id: int, image: dict[str, Any], icon_image: dict[str, Any] | None, link: str | None, size: str
) -> dict[str, Any]:
    """st.logo: shown until a full run ends without sending it again."""
    return {"type": LOGO, "runId": run_id, "image": image, "iconImage": icon_image, "link": link, "size": size}
