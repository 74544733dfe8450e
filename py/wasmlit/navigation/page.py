"""st.Page: one page of a multipage app (a script file, a function, or an
external URL)."""

from __future__ import annotations

import inspect
import os
from pathlib import Path
from typing import Any, Callable, Literal

from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitMissingRequiredParameterError,
    StreamlitPageNotFoundError,
    StreamlitValueError,
)
from wasmlit.navigation.names import page_icon_and_name, sanitize_url_path
from wasmlit.runtime.context import get_script_run_ctx
from wasmlit.runtime.page_hash import calc_hash
from wasmlit.runtime import script_compiler as _script_compiler


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def _reject_unsafe_path(path: str, prefix: str = "") -> None:
    if "\x00" in path:
        raise StreamlitAPIException(f"{prefix}Page paths must not contain null bytes.")


def _reject_nested_url_path(url_path: str) -> None:
    if "/" in url_path:
        raise StreamlitAPIException(
            f"The `url_path` `{url_path}` cannot include `/`. "
            "Streamlit does not support nested URL pathnames yet, so use a single "
            "path segment (e.g. `foo_bar`). To upvote support for nested pathnames, "
            "see GitHub issue [#8971](https://github.com/streamlit/streamlit/issues/8971)."
        )


def _help_text(help: str | None) -> str:
    if help is None:
        return ""
    text = inspect.cleandoc(str(help))
    return text if text.strip() else ""


def _validated_icon(icon: str | None) -> str:
    return "" if icon is None else str(icon)


class Page:
    """What ``st.Page(...)`` returns; ``st.navigation`` returns the page to run.

    Args:
        title: Its title in the navigation and the browser tab (None: from the script name).
        icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
        url_path: Its path in the URL (None: from the title).
        default: Whether it is the page at the app's root URL.
        visibility: "visible" or "hidden" (reachable, not listed in the navigation).
        help: A tooltip shown beside the label (Markdown; None: none).
    """

    def __init__(
        self,
        page: "str | Path | Callable[[], None]",
        *,
        title: str | None = None,
        icon: str | None = None,
        url_path: str | None = None,
        default: bool = False,
        visibility: Literal["visible", "hidden"] = "visible",
        help: str | None = None,
    ) -> None:
        self._default = bool(default)
        self._external_url: str | None = None
        if visibility not in ("visible", "hidden"):
            raise StreamlitValueError("visibility", ["visible", "hidden"])
        self._visibility = visibility
        self._help = _help_text(help)
        self._can_be_called = False
        self._page: Any = page

        if isinstance(page, str) and _is_url(page):
            self._init_external(page, title, icon, url_path)
            return

        ctx = get_script_run_ctx()
        main_dir = Path(ctx.session_pages_manager.main_script_parent) if ctx is not None else Path.cwd()
        if isinstance(page, (str, os.PathLike)):
            _reject_unsafe_path(str(page), "Unable to create Page. ")
            resolved = (main_dir / Path(page)).resolve()
            if not resolved.is_file():
                raise StreamlitPageNotFoundError(resolved.name)
            self._page = resolved

        inferred_icon, inferred_name = "", ""
        if isinstance(self._page, Path):
            inferred_icon, inferred_name = page_icon_and_name(self._page)
        elif hasattr(self._page, "__name__"):
            inferred_name = str(self._page.__name__)
        elif title is None:
            raise StreamlitMissingRequiredParameterError(
                "title", detail="Streamlit cannot infer a title from this callable."
            )
        self._title = title or inferred_name.replace("_", " ")
        self._icon = _validated_icon(icon if icon is not None else inferred_icon)
        if self._title.strip() == "":
            raise StreamlitMissingRequiredParameterError(
                "title", detail="It cannot be empty or consist of underscores/spaces only."
            )
        self._url_path = inferred_name
        if url_path is not None:
            stripped = url_path.strip().strip("/")
            if stripped.strip() == "" and not default:
                raise StreamlitMissingRequiredParameterError(
                    "url_path", detail="It can only be empty for the default page."
                )
            self._url_path = stripped
            _reject_nested_url_path(stripped)

    def _init_external(self, url: str, title: str | None, icon: str | None, url_path: str | None) -> None:
        if title is None or title.strip() == "":
            raise StreamlitMissingRequiredParameterError(
                "title",
                detail=f"External URL pages require a non-empty title. Please provide a title for the URL: {url}",
            )
        if self._default:
            raise StreamlitIncompatibleParametersError(
                "page=<external URL>",
                "default=True",
                explanation="External URL pages cannot be set as the default page.",
            )
        self._external_url = url
        self._title = title
        self._icon = _validated_icon(icon)
        path = sanitize_url_path(title) if url_path is None else url_path
        path = path.strip().strip("/")
        if path == "":
            raise StreamlitMissingRequiredParameterError(
                "url_path",
                detail="Provide a non-empty `url_path`, or omit it and provide a "
                "`title` that can be converted to a valid URL path.",
            )
        _reject_nested_url_path(path)
        self._url_path = path

    # -- public properties --------------------------------------------------

    @property
    def title(self) -> str:
        return self._title

    @property
    def icon(self) -> str:
        return self._icon

    @property
    def help(self) -> str:
        return self._help

    @property
    def url_path(self) -> str:
        return "" if self._default else self._url_path

    @property
    def visibility(self) -> str:
        return self._visibility

    @property
    def is_external(self) -> bool:
        return self._external_url is not None

    @property
    def external_url(self) -> str | None:
        return self._external_url

    @property
    def _script_hash(self) -> str:
        return calc_hash(self._url_path)

    @property
    def _script_path(self) -> str:
        return str(self._page) if isinstance(self._page, Path) else ""

    def __repr__(self) -> str:
        return f"StreamlitPage(title={self._title!r}, url_path={self.url_path!r})"

    def run(self) -> None:
        """Runs the page (only the page st.navigation returned, once)."""
        if not self._can_be_called:
            raise StreamlitAPIException(
                "This page cannot be called directly. Only the page returned from st.navigation can be called once."
            )
        self._can_be_called = False
        if self.is_external:
            return
        ctx = get_script_run_ctx()
        if ctx is None:
            return
        entry_hash, ctx.active_script_hash = ctx.active_script_hash, self._script_hash
        try:
            if isinstance(self._page, Path):
                # A pages/ folder's page is the script its run starts with (as in
                # Streamlit, whose runner compiles it): a SyntaxError there is the
                # run's compile error; in an st.navigation page it is an exception.
                _script_compiler.run_script(
                    str(self._page),
                    ctx.config,
                    _script_compiler.script_module(str(self._page)),
                    starts_run=ctx.session_pages_manager.uses_pages_directory,
                )
            else:
                self._page()
        finally:
            ctx.active_script_hash = entry_hash


StreamlitPage = Page
