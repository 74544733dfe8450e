"""Apps with a ``pages/`` folder: the entrypoint is the default page and each
script in the folder a page (ordered by a leading number, then by name), as
if the app had called st.navigation with them."""

from __future__ import annotations

from pathlib import Path

from wasmlit.navigation.names import page_sort_key
from wasmlit.navigation.navigation import resolve_navigation
from wasmlit.navigation.page import Page


def page_scripts(main_script_path: str) -> list[Path]:
    folder = Path(main_script_path).resolve().parent / "pages"
    scripts = [path for path in folder.glob("*.py") if not path.name.startswith(".") and path.name != "__init__.py"]
    return sorted(scripts, key=page_sort_key)


def run_pages_directory_app(main_script_path: str, show_navigation: bool = True) -> None:
    main = Page(Path(main_script_path).resolve(), default=True)
    pages = [main] + [Page(path) for path in page_scripts(main_script_path)]
    page = resolve_navigation(pages, position="sidebar" if show_navigation else "hidden", expanded=False)
    page.run()
