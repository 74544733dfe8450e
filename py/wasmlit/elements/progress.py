"""Feedback while a script works: st.progress, st.spinner and st.toast."""

from __future__ import annotations

import math
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterator

from wasmlit import protocol
from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.elements.layout_checks import layout_props
from wasmlit.elements.text_util import clean_text
from wasmlit.errors import (
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from wasmlit.runtime.context import EVENT_ROOT, current_or_bare_ctx
from wasmlit import dg_singletons
from wasmlit.type_aliases import Width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

TOAST_DURATIONS = {"short": 4, "long": 10, "infinite": 0}


def _close_to(value: float, bound: float) -> bool:
    return math.isclose(value, bound, rel_tol=1e-9, abs_tol=1e-9)


def progress_percent(value: Any) -> int:
    if isinstance(value, bool):
        raise StreamlitInvalidParameterTypeError("value", type(value).__name__, ["int", "float"])
    if isinstance(value, int):
        if not 0 <= value <= 100:
            raise StreamlitValueOutOfRangeError("value", value, 0, 100)
        return value
    if isinstance(value, float):
        if not (0.0 <= value <= 1.0 or _close_to(value, 0.0) or _close_to(value, 1.0)):
            raise StreamlitValueOutOfRangeError("value", value, 0.0, 1.0)
        return int(value * 100)
    raise StreamlitInvalidParameterTypeError("value", type(value).__name__, ["int", "float"])


class ProgressMixin:
    def progress(self, value: Any, text: Any = None, width: Width = "stretch") -> "DeltaGenerator":
        """A progress bar (``value``: 0-100 as an int, 0.0-1.0 as a float); call again on the result to update it.

        Args:
            text: The text shown with it (Markdown).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        percent = progress_percent(value)
        if text is not None and not isinstance(text, str):
            raise StreamlitInvalidParameterTypeError("text", type(text).__name__, ["str"])
        return as_dg(self)._enqueue(
            "progress",
            {
                "value": percent,
                "text": None if text is None else clean_text(text),
                "layout": layout_props(width=width, default_width="stretch"),
            },
        )

    @contextmanager
    def spinner(
        self, text: Any = "In progress...", *, show_time: bool = False, _cache: bool = False, width: Width = "content"
    ) -> Iterator[None]:
        """Shows a spinner while the block runs. As in Streamlit it is transient:
        it takes no place in its container (what the block writes there replaces
        it), and when nothing did, it is cleared on exit. (``_cache`` is
        Streamlit's internal flag for the spinner of a cached function.)

        Args:
            text: The text beside the spinner (Markdown).
            show_time: Whether the elapsed time shows.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        dg = as_dg(self)
        layout = layout_props(width=width, allow_content_width=True, default_width="content")
        ctx = current_or_bare_ctx()
        props = {"text": clean_text(text), "showTime": bool(show_time)}
        if _cache:
            props["cache"] = True
        if layout:
            props["layout"] = layout
        path = dg._transient("spinner", props)
        target = dg._active_dg
        try:
            yield
        finally:
            if target._peek_path(ctx) == path:
                ctx.emit(protocol.delta(ctx.run_id, path, protocol.element_node("empty", {})))

    def toast(self, body: Any, *, icon: Any = None, duration: Any = "short") -> "DeltaGenerator":
        """A short message in the corner of the page; ``duration``: "short"
        (4 s), "long" (10 s), "infinite" or seconds.

        Args:
            body: The message (Markdown).
            icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
        """
        if duration in TOAST_DURATIONS:
            seconds = TOAST_DURATIONS[duration]
        elif isinstance(duration, int) and duration > 0:
            seconds = int(duration)
        else:
            raise StreamlitValueError("duration", ["short", "long", "infinite", "a positive integer"])
        if str(body) == "":
            raise StreamlitMissingRequiredParameterError("body", detail="Please provide a message.")
        props = {"body": clean_text(body), "icon": validate_icon_or_emoji(icon) or None, "duration": seconds}
        dg = as_dg(self)
        if dg._is_slot and dg._root == EVENT_ROOT:
            return dg._enqueue("toast", props)
        ctx = current_or_bare_ctx()
        path = (EVENT_ROOT, ctx.next_root_index(EVENT_ROOT))
        ctx.emit(protocol.delta(ctx.run_id, path, protocol.element_node("toast", props)))
        return dg_singletons.dg_class()(EVENT_ROOT, path, is_slot=True)
