"""st.pagination: page buttons (1 … N with previous/next); returns the
selected page number (from 1). The value travels as that number."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wasmlit.elements.layout_checks import layout_props
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueOutOfRangeError
from wasmlit.widgets.common import (
    check_widget_policies,
    compute_widget_id,
    normalize_callback,
    to_key,
)
from wasmlit.widgets.enqueue import WidgetCall, register_and_enqueue
from wasmlit.type_aliases import BindOption, Key, OnChange, PersistState, WidgetArgs, WidgetKwargs, Width
from wasmlit.dg_mixin import as_dg


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class PageSerde:
    """The wire holds the page number; one out of range reads as the default."""

    num_pages: int
    default: int

    def serialize(self, page: int) -> int:
        return page

    def deserialize(self, wire: Any) -> int:
        if wire is None:
            return self.default
        try:
            page = int(wire)
        except (TypeError, ValueError):
            return self.default
        return page if 1 <= page <= self.num_pages else self.default


class PaginationMixin:
    def pagination(
        self,
        num_pages: int,
        *,
        default: int = 1,
        max_visible_pages: int | None = 7,
        width: Width = "content",
        key: Key | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        disabled: bool = False,
        bind: BindOption = None,
        persist_state: PersistState = None,
    ) -> int:
        """Page buttons for paging through content; returns the selected page
        (1 to ``num_pages``). ``max_visible_pages``: how many page buttons
        show at once (ellipses stand for the rest; None: all).

        Args:
            default: The page selected at first (from 1).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            on_change: A callback run when the value changes, before the rerun; "rerun" (the
                default): just rerun; "ignore": the page keeps the new value without a rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            disabled: Shown greyed out and not usable.
            bind: "query-params": the value also lives in the page URL under the key (None: not
                bound).
            persist_state: "page" or "session": the value is kept while the widget is not drawn
                (on its page, or across pages); None: dropped.
        """
        dg = as_dg(self)
        key = to_key(key)
        callback = normalize_callback(on_change)
        if not _is_int(num_pages) or num_pages < 1:
            raise StreamlitAPIException(
                f"`num_pages` must be an integer of at least 1. Got {num_pages}.",
                error_id="pagination-invalid-num-pages",
            )
        if not _is_int(default):
            raise StreamlitInvalidParameterTypeError("default", type(default).__name__, ["int"])
        if not 1 <= default <= num_pages:
            raise StreamlitValueOutOfRangeError("default", default, 1, num_pages)
        if max_visible_pages is not None and (not _is_int(max_visible_pages) or max_visible_pages < 0):
            raise StreamlitAPIException(
                f"`max_visible_pages` must be a non-negative integer or None. Got {max_visible_pages}.",
                error_id="pagination-invalid-max-visible-pages",
            )
        check_widget_policies(dg, key, callback, default_value=default)
        widget_id = compute_widget_id(
            "pagination",
            dg,
            user_key=key,
            key_as_main_identity=True,
            num_pages=num_pages,
            default=default,
            max_visible_pages=max_visible_pages,
            width=width,
        )

        def keep_valid(page: Any) -> tuple[int, bool]:
            return (page, False) if _is_int(page) and 1 <= page <= num_pages else (default, True)

        call = WidgetCall(
            dg=dg,
            widget_id=widget_id,
            key=key,
            callback=callback,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            label="",
            label_visibility="collapsed",
            disabled=disabled,
            bind=bind,
            persist_state=persist_state,
        )
        return register_and_enqueue(
            call,
            "pagination",
            PageSerde(num_pages, default),
            value_type="int_value",
            default=default,
            keep_valid=keep_valid,
            props=dict(
                numPages=num_pages,
                maxVisiblePages=max_visible_pages,
                layout=layout_props(width=width, allow_content_width=True, default_width="content"),
            ),
        )
