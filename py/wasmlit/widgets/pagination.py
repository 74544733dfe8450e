"""st.pagination: page buttons (1 … N with previous/next); returns the
selected page number (from 1). The value travels as that number."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.elements.layout_checks import layout_props
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueOutOfRangeError
from wasmlit.runtime.context import current_or_bare_ctx
from wasmlit.widgets.common import (
    bind_props,
    check_widget_policies,
    compute_widget_id,
    normalize_callback,
    register_widget,
    to_key,
    widget_props,
)

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class PaginationMixin:
    def pagination(
        self, num_pages: int, *, default: int = 1, max_visible_pages: int | None = 7, width: Any = "content",
        key: Any = None, on_change: Any = "rerun", args: Any = None, kwargs: Any = None, disabled: bool = False,
        bind: str | None = None, persist_state: str | None = None,
    ) -> int:
        """Page buttons for paging through content; returns the selected page
        (1 to ``num_pages``). ``max_visible_pages``: how many page buttons
        show at once (ellipses stand for the rest; None: all)."""
        dg: DeltaGenerator = self  # type: ignore[assignment]
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
                "`max_visible_pages` must be a non-negative integer or None. "
                f"Got {max_visible_pages}.",
                error_id="pagination-invalid-max-visible-pages",
            )
        check_widget_policies(dg, key, callback, default_value=default)
        widget_id = compute_widget_id(
            "pagination", dg, user_key=key, key_as_main_identity=True, num_pages=num_pages, default=default,
            max_visible_pages=max_visible_pages, width=width,
        )

        def deserialize(wire: Any) -> int:
            if wire is None:
                return default
            try:
                page = int(wire)
            except (TypeError, ValueError):
                return default
            return page if 1 <= page <= num_pages else default

        state = register_widget(
            widget_id, user_key=key, deserializer=deserialize, serializer=lambda v: v, value_type="int_value",
            on_change=callback, args=args, kwargs=kwargs, disabled=disabled, bind=bind,
            persist_state=persist_state, clearable=False,
        )
        current = state.value
        if not (_is_int(current) and 1 <= current <= num_pages):
            current = default
            if key is not None:
                current_or_bare_ctx().session_state.reset_state_value(key, current)
        layout = layout_props(width=width, allow_content_width=True, default_width="content")
        dg._enqueue(
            "pagination",
            widget_props(
                dg, widget_id=widget_id, key=key, label="", label_visibility="collapsed", help=None,
                disabled=disabled, value=current, default=default,
                set_value=state.value_changed or current != state.value,
                numPages=num_pages, maxVisiblePages=max_visible_pages, on_change=on_change, layout=layout,
                bind=bind_props(key, bind, value_type="int_value", default_wire=default, clearable=False),
            ),
        )
        return current
