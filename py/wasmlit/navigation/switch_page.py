"""st.switch_page and the page lookup st.page_link shares with it."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NoReturn

from wasmlit.errors import (
    NoSessionContext,
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitPageNotFoundError,
)
from wasmlit.navigation.page import Page
from wasmlit.runtime.context import ScriptRunContext, get_script_run_ctx
from wasmlit.runtime.control import RerunException
from wasmlit.runtime.pages_manager import PageInfo
from wasmlit.runtime.rerun_data import RerunData


def _check_registered(ctx: ScriptRunContext, page: Page) -> None:
    registered = ctx.session_pages_manager.page(page._script_hash)
    if registered is None:
        return
    if isinstance(page._page, Path):
        if registered.script_path and os.path.realpath(registered.script_path) == os.path.realpath(page._page):
            return
        source = registered.script_path or "a callable"
        raise StreamlitAPIException(
            f"The page references `{page._page}`, but a different page is "
            f"registered with `st.navigation` for URL pathname "
            f"`/{page.url_path}` (`{source}`). Pass the page "
            "object returned by `st.navigation` or re-create the page "
            "with the matching source."
        )
    if callable(page._page) and registered.script_path:
        raise StreamlitAPIException(
            f"The page is a callable, but a file-based page "
            f"(`{registered.script_path}`) is registered with `st.navigation` "
            f"for URL pathname `/{page.url_path}`. Pass the page object "
            "returned by `st.navigation` or re-create the page with the "
            "matching source."
        )


def find_page(ctx: ScriptRunContext, page: Any, *, for_link: bool = False) -> PageInfo | None:
    """The registered page a path or st.Page names (None: the single-page
    app's own script, which has no registry).

    ``for_link``: st.page_link's lookup. Streamlit 1.67 matches the single-page
    app's script against the page hash the run was asked for, which is empty on
    a session's first run, so there st.page_link("app.py") raises
    StreamlitPageNotFoundError; later runs (the page then sends the main page's
    hash) show the link. st.switch_page matches by path and always finds it."""
    manager = ctx.session_pages_manager
    if isinstance(page, Page):
        _check_registered(ctx, page)
        found = manager.page(page._script_hash)
        if found is not None or manager.pages is not None:
            return found or PageInfo(page._script_hash, page.title, page.icon, page.url_path, page._script_path)
        return None
    text = str(page)
    if "\x00" in text:
        raise StreamlitAPIException("Page paths must not contain null bytes.")
    main_dir = manager.main_script_parent
    requested = os.path.realpath(os.path.join(main_dir, text))
    if manager.pages is None:
        is_main = requested == os.path.realpath(manager.main_script_path)
        if is_main and (manager.client_knows_main_page or manager.intended_hash or not for_link):
            return None
    else:
        found = manager.find_by_script(requested)
        if found is not None:
            return found
    raise StreamlitPageNotFoundError(
        page=text, main_script_directory=main_dir, uses_pages_directory=manager.uses_pages_directory
    )


def _set_query_params_for_switch(ctx: ScriptRunContext, query_params: Any) -> None:
    if query_params is None:
        ctx.query_params.clear()
        return
    if isinstance(query_params, Mapping) or (
        isinstance(query_params, Iterable) and not isinstance(query_params, (str, bytes))
    ):
        ctx.query_params.from_dict(query_params)
        return
    raise StreamlitInvalidParameterTypeError(
        "query_params", type(query_params).__name__, ["mapping", "iterable of (key, value) pairs"]
    )


def switch_page(page: "str | Path | Page", *, query_params: Any = None) -> NoReturn:
    """Stops this run and runs another page of the app.

    Args:
        page: A page: an ``st.Page``, or the path of a page script relative to the main script.
        query_params: Query parameters for the new page (None: none).
    """
    ctx = get_script_run_ctx()
    if ctx is None:
        raise NoSessionContext()
    if isinstance(page, Page) and page.is_external:
        raise StreamlitAPIException(
            "Cannot use st.switch_page with external URL pages. "
            "Use st.page_link instead to create a link to external pages."
        )
    found = find_page(ctx, page)
    _set_query_params_for_switch(ctx, query_params)
    raise RerunException(
        RerunData(
            page_script_hash=found.page_script_hash if found is not None else "",
            query_string=ctx.query_params.query_string,
        )
    )
