"""st.navigation: declares the app's pages and returns the one to run."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from wasmlit import protocol
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from wasmlit.navigation.page import Page
from wasmlit.runtime.context import get_script_run_ctx
from wasmlit.runtime.pages_manager import PageInfo

POSITIONS = ("sidebar", "hidden", "top")


def _to_page(page: Any) -> Page:
    if isinstance(page, Page):
        return page
    if isinstance(page, (str, Path)) or callable(page):
        return Page(page)
    raise StreamlitInvalidParameterTypeError("pages", type(page).__name__, ["st.Page", "str", "Path", "callable"])


def _describe(page: Page, section: str, main_dir: Path) -> str:
    if page.external_url is not None:
        text = f"external URL `{page.external_url}`"
    elif isinstance(page._page, Path):
        path = page._page
        try:
            path = path.relative_to(main_dir)
        except ValueError:
            pass
        text = f"`{path}`"
    else:
        text = f'callable titled "{page.title}"'
    notes = []
    if section:
        notes.append(f'section "{section}"')
    if page.visibility == "hidden":
        notes.append("hidden")
    if page._default:
        notes.append("default page")
    return text + (f" ({', '.join(notes)})" if notes else "")


def _duplicate_url_error(first: tuple[str, Page], second: tuple[str, Page], main_dir: Path) -> StreamlitAPIException:
    default_note = (
        " The default page is served at the app root, but it still reserves this pathname."
        if first[1]._default or second[1]._default
        else ""
    )
    return StreamlitAPIException(
        f"Two pages resolve to the URL pathname `/{second[1]._url_path}`: "
        f"{_describe(first[1], first[0], main_dir)} and {_describe(second[1], second[0], main_dir)}. "
        "Each page passed to `st.navigation` needs a unique URL pathname, including pages in "
        "different sections, hidden pages, and external URL pages. Streamlit "
        "infers the pathname from the filename, callable name, or the title of "
        f"an external URL page.{default_note} Set a unique `url_path` in "
        "`st.Page` for one of these pages."
    )


def _visible_items(expanded: Any) -> tuple[bool, int | None]:
    if isinstance(expanded, bool):
        return expanded, None
    if isinstance(expanded, int):
        if expanded < 0:
            raise StreamlitValueError(
                "expanded", ["True", "False", "a non-negative integer"], detail=f"Provided value: {expanded!r}."
            )
        return False, (expanded or None)
    raise StreamlitInvalidParameterTypeError("expanded", type(expanded).__name__, ["bool", "int"])


def navigation(
    pages: "Sequence[Any] | Mapping[str, Sequence[Any]]",
    *,
    position: Literal["sidebar", "top", "hidden"] = "sidebar",
    expanded: "bool | int" = False,
) -> Page:
    """Defines the app's pages and returns the page to run (call ``.run()`` on it).

    Args:
        pages: The pages: a list of ``st.Page``/paths, or a dict of section name -> list.
        position: "sidebar", "top" or "hidden".
        expanded: Whether all pages show, or how many.
    """
    if not isinstance(position, str) or position not in POSITIONS:
        raise StreamlitValueError("position", ["'sidebar'", "'hidden'", "'top'"])
    ctx = get_script_run_ctx()
    if ctx is not None:
        ctx.session_pages_manager.uses_pages_directory = False
    return resolve_navigation(pages, position=position, expanded=expanded)


def resolve_navigation(pages: Any, *, position: Literal["sidebar", "top", "hidden"], expanded: Any) -> Page:
    if isinstance(pages, Mapping):
        sections = {str(name): [_to_page(p) for p in section] for name, section in pages.items()}
    else:
        sections = {"": [_to_page(p) for p in pages]}
    page_list = [page for section in sections.values() for page in section]
    if not page_list:
        raise StreamlitMissingRequiredParameterError("pages", detail="Provide at least one `st.Page`.")

    default_page: Page | None = None
    for page in page_list:
        if page._default:
            if default_page is not None:
                raise StreamlitAPIException(
                    "Multiple Pages specified with `default=True`. At most one Page can be set to default."
                )
            default_page = page
    if default_page is None:
        internal = [p for p in page_list if not p.is_external]
        if not internal:
            raise StreamlitAPIException(
                "At least one non-external page is required. External URL pages cannot be the default page."
            )
        default_page = internal[0]
        default_page._default = True

    expanded_flag, visible_items = _visible_items(expanded)
    ctx = get_script_run_ctx()
    if ctx is None:
        default_page._can_be_called = True
        return default_page

    manager = ctx.session_pages_manager
    main_dir = Path(manager.main_script_parent).resolve()
    by_hash: dict[str, tuple[str, Page]] = {}
    infos: dict[str, PageInfo] = {}
    for section, section_pages in sections.items():
        for page in section_pages:
            page_hash = page._script_hash
            if page_hash in by_hash:
                raise _duplicate_url_error(by_hash[page_hash], (section, page), main_dir)
            by_hash[page_hash] = (section, page)
            infos[page_hash] = PageInfo(
                page_script_hash=page_hash,
                title=page.title,
                icon=page.icon,
                url_path=page.url_path,
                script_path=page._script_path,
                is_default=page._default,
                section=section,
                hidden=page.visibility == "hidden",
                help=page.help,
                external_url=page.external_url,
            )

    found = manager.set_pages_and_resolve(infos, fallback_hash=default_page._script_hash)
    chosen = by_hash[found.page_script_hash][1] if found is not None else None
    not_found = chosen is None or chosen.is_external
    if chosen is None or not_found:
        chosen = default_page
    chosen._can_be_called = True
    manager.current_page_hash = chosen._script_hash
    ctx.emit(
        protocol.navigation(
            pages=[info.to_message() for info in infos.values()],
            sections=list(sections.keys()),
            position=position,
            expanded=expanded_flag,
            visible_items=visible_items,
            current_page_hash=chosen._script_hash,
            page_not_found=not_found and bool(manager.intended_name or manager.intended_hash),
            query_string=ctx.query_params.query_string,
        )
    )
    return chosen
