"""Which page of a multipage app a run shows.

As in Streamlit, both multipage styles end in one registry: an app that
calls ``st.navigation`` declares its pages itself; an app with a ``pages/``
folder next to its entrypoint gets the entrypoint plus that folder's scripts
(see navigation/pages_directory.py). The page a run was asked for (by hash,
or by URL pathname from the address bar) is resolved against the registry
when ``st.navigation`` runs; unknown names fall back to the default page.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from wasmlit.protocol import AppPage
from wasmlit.runtime.page_hash import calc_hash


@dataclass
class PageInfo:
    page_script_hash: str
    title: str
    icon: str
    url_path: str
    script_path: str  # "" for a callable page
    is_default: bool = False
    section: str = ""
    hidden: bool = False
    help: str = ""
    external_url: str | None = None

    def to_message(self) -> AppPage:
        return {
            "pageScriptHash": self.page_script_hash,
            "title": self.title,
            "icon": self.icon,
            "urlPath": self.url_path,
            "isDefault": self.is_default,
            "section": self.section,
            "hidden": self.hidden,
            "help": self.help,
            "externalUrl": self.external_url,
        }


class PagesManager:
    def __init__(self, main_script_path: str) -> None:
        self.main_script_path = os.path.abspath(main_script_path)
        self.main_script_hash = calc_hash(self.main_script_path)
        self.uses_pages_directory = os.path.isdir(os.path.join(self.main_script_parent, "pages"))
        self.pages: dict[str, PageInfo] | None = None
        self.intended_hash = ""
        self.intended_name = ""
        # The page the last run showed ("" before st.navigation ran).
        self.current_page_hash = ""
        # Streamlit's page learns the main script's page hash from the first
        # run's newSession message and sends it with every later run; only the
        # session's first run asks for no page (see find_page's page_link rule).
        # AppTest has no page: its runs never carry that hash (as Streamlit's).
        self.client_knows_main_page = False
        self.client_sends_page_hash = True
        self._full_runs = 0

    def start_full_run(self) -> None:
        self.client_knows_main_page = self.client_sends_page_hash and self._full_runs > 0
        self._full_runs += 1

    @property
    def main_script_parent(self) -> str:
        return os.path.dirname(self.main_script_path)

    def set_intent(self, page_script_hash: str, page_name: str) -> None:
        self.intended_hash = page_script_hash or ""
        self.intended_name = (page_name or "").strip("/")

    def set_pages_and_resolve(self, pages: dict[str, PageInfo], fallback_hash: str) -> PageInfo | None:
        self.pages = pages
        if self.intended_hash:
            return pages.get(self.intended_hash, pages.get(fallback_hash))
        if self.intended_name:
            return next((p for p in pages.values() if p.url_path == self.intended_name), None)
        return pages.get(fallback_hash)

    def find_by_script(self, script_path: str) -> PageInfo | None:
        wanted = os.path.realpath(script_path)
        for page in (self.pages or {}).values():
            if page.script_path and os.path.realpath(page.script_path) == wanted:
                return page
        return None

    def page(self, page_script_hash: str) -> PageInfo | None:
        return (self.pages or {}).get(page_script_hash)
