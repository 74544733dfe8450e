"""Which keyed widgets keep their value while they are not drawn
(``persist_state``), and for how long, as in Streamlit 1.67:

* ``"session"``: for the whole session, across page switches;
* ``"page"``: while the user stays on the page that drew the widget (e.g. it
  is hidden behind a condition); on a switch to another page the value is
  dropped, and the widget starts from its default when the user comes back.

A widget bound to a query parameter keeps its value in the URL instead, so
page scope does not drop it. The session state asks this tracker what to do;
the values themselves stay in the session state.
"""

from __future__ import annotations

from typing import Any, Callable, Collection, Mapping


class PersistedWidgets:
    def __init__(self) -> None:
        self._scopes: dict[str, str] = {}  # widget id -> "page" | "session"
        self._widget_pages: dict[str, str] = {}  # widget id -> the page that drew it ("page" scope)
        self._value_pages: dict[str, str] = {}  # user key -> the page its kept value belongs to
        self._pending_drops: set[str] = set()  # widget ids whose kept value goes at their next drawing

    def clear(self) -> None:
        self._scopes.clear()
        self._widget_pages.clear()
        self._value_pages.clear()
        self._pending_drops.clear()

    def register(self, widget_id: str, user_key: str, scope: str, page: str) -> None:
        self._scopes[widget_id] = scope
        if scope == "page":
            self._widget_pages[widget_id] = page
        else:
            self._widget_pages.pop(widget_id, None)
            self._value_pages.pop(user_key, None)
            self._pending_drops.discard(widget_id)

    def untrack(self, widget_id: str, user_key: str) -> None:
        self._scopes.pop(widget_id, None)
        self._widget_pages.pop(widget_id, None)
        self._value_pages.pop(user_key, None)
        self._pending_drops.discard(widget_id)

    def should_preserve(self, widget_id: str, page: str) -> bool:
        scope = self._scopes.get(widget_id)
        if scope == "session":
            return True
        return scope == "page" and self._widget_pages.get(widget_id) == page

    def note_preserved_value(self, widget_id: str, user_key: str, page: str) -> None:
        """A value kept under its user key: remember its page (page scope)."""
        if self._scopes.get(widget_id) == "page":
            self._value_pages[user_key] = self._widget_pages.get(widget_id, page)
        else:
            self._value_pages.pop(user_key, None)

    def mark_page_switch_drops(
        self,
        page: str,
        user_key_for: Mapping[str, str],
        is_exempt: Callable[[str], bool],
        is_stale: Callable[[str], bool],
    ) -> list[str]:
        """The run is on another page than some page-scoped widgets: their
        kept values go. Returns the user keys to drop now."""
        dropped = []
        for widget_id, scope in self._scopes.items():
            if scope != "page" or self._widget_pages.get(widget_id) == page:
                continue
            if is_exempt(widget_id) or not is_stale(widget_id):
                continue
            self._pending_drops.add(widget_id)
            user_key = user_key_for.get(widget_id)
            if user_key is not None:
                dropped.append(user_key)
        return dropped

    def take_pending_drop(self, widget_id: str, user_key: str, page: str, *, is_bound: bool) -> bool:
        """At a page-scoped widget's drawing: must its kept value go?"""
        if self._scopes.get(widget_id) != "page":
            return False
        drop = False
        origin = self._value_pages.pop(user_key, None)
        if not is_bound and origin is not None and origin != page:
            drop = True
        if widget_id in self._pending_drops:
            self._pending_drops.discard(widget_id)
            if not is_bound:
                drop = True
        return drop

    def prune(self, live_widget_ids: Collection[str], live_values: Mapping[str, Any]) -> None:
        self._scopes = {w: s for w, s in self._scopes.items() if w in live_widget_ids}
        self._widget_pages = {w: p for w, p in self._widget_pages.items() if w in live_widget_ids}
        self._value_pages = {k: p for k, p in self._value_pages.items() if k in live_values}
        self._pending_drops &= set(live_widget_ids)
