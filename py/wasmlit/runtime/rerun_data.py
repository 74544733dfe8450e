"""What one run is asked to do: the page event's widget values and where the
run goes (which page, which query string, which fragment)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class RerunData:
    # Every widget's value from the page (None: a rerun the script asked for,
    # which keeps the values it has).
    widgets: dict[str, Any] | None = None
    # The page to run: by hash (a nav link, a rerun of the current page) or by
    # URL pathname (the address bar); both empty means the default page.
    page_script_hash: str = ""
    page_name: str = ""
    # The address bar's query string (None: keep the session's).
    query_string: str | None = None
    # Rerun only these fragments (empty: the whole app).
    fragment_ids: list[str] = field(default_factory=list)
    # What the browser knows about itself (st.context), sent with each event.
    client: dict[str, Any] | None = None
    # The one-shot values in ``widgets`` (button clicks, chat submissions):
    # each is one event, so a newer event waits until the run has used it.
    triggers: list[str] = field(default_factory=list)
    # The page asked for this run with a page link or the address bar: on a
    # page change only the entrypoint's widgets keep the values sent (the
    # page's ``navigation`` flag; AppTest's switch_page keeps them all, as in
    # Streamlit).
    from_navigation: bool = False

    @classmethod
    def from_page(cls, message: dict[str, Any]) -> "RerunData":
        """From the page's rerun message fields (protocol/messages.js, RerunMsg)."""
        fragment_id = message.get("fragmentId")
        return cls(
            widgets=message.get("widgets") or {},
            page_script_hash=str(message.get("pageScriptHash") or ""),
            page_name=str(message.get("pageName") or "").strip("/"),
            query_string=message.get("queryString"),
            fragment_ids=[str(fragment_id)] if fragment_id else [],
            client=message.get("client"),
            triggers=[str(t) for t in message.get("triggers") or []],
            from_navigation=bool(message.get("navigation")),
        )
