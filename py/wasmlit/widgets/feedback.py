"""st.feedback: thumbs (2), faces (5) or stars (5); returns the chosen index.

The value travels as a string: "N" for option N, "" when nothing is chosen."""

from __future__ import annotations

from numbers import Integral
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitValueError, StreamlitValueOutOfRangeError
from wasmlit.runtime.context import current_or_bare_ctx
from wasmlit.elements.layout_checks import layout_props
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

OPTION_COUNTS = {"thumbs": 2, "faces": 5, "stars": 5}


class FeedbackMixin:
    def feedback(
        self, options: str = "thumbs", *, key: Any = None, default: int | None = None,
        disabled: bool = False, on_change: Any = "rerun", args: Any = None, kwargs: Any = None,
        width: Any = "content", bind: str | None = None, persist_state: str | None = None,
    ) -> int | None:
        """Thumbs, faces or stars to rate something; returns the chosen index (None: none)."""
        dg: DeltaGenerator = self  # type: ignore[assignment]
        if options not in OPTION_COUNTS:
            raise StreamlitValueError("options", ["'thumbs'", "'faces'", "'stars'"])
        count = OPTION_COUNTS[options]
        if default is not None and not 0 <= default < count:
            raise StreamlitValueOutOfRangeError("default", default, 0, count - 1)
        key = to_key(key)
        callback = normalize_callback(on_change)
        layout = layout_props(width=width, allow_content_width=True, default_width="content")
        check_widget_policies(dg, key, callback, default_value=default)
        widget_id = compute_widget_id(
            "feedback", dg, user_key=key, key_as_main_identity={"options"},
            options=options, default=default, width=width,
        )

        def deserialize(wire: Any) -> int | None:
            if wire is None:
                return default
            if wire == "":
                return None
            try:
                value = int(wire)
            except (TypeError, ValueError):
                return default
            return value if 0 <= value < count else default

        def serialize(value: Any) -> str:
            return "" if value is None else str(value)

        state = register_widget(
            widget_id, user_key=key, deserializer=deserialize, serializer=serialize,
            value_type="string_value", on_change=callback, args=args, kwargs=kwargs, disabled=disabled,
            bind=bind, persist_state=persist_state, clearable=True,
        )
        value = state.value
        needs_reset = value is not None and (
            isinstance(value, bool) or not isinstance(value, Integral) or not 0 <= int(value) < count
        )
        if needs_reset:
            value = default
            if key is not None:
                current_or_bare_ctx().session_state.reset_state_value(key, value)
        dg._enqueue(
            "feedback",
            widget_props(
                dg, widget_id=widget_id, key=key, label="", label_visibility="collapsed",
                help=None, disabled=disabled, value=serialize(value), default=serialize(default),
                set_value=needs_reset or state.value_changed, feedbackType=options,
                on_change=on_change, layout=layout,
                bind=bind_props(key, bind, value_type="string_value", default_wire=serialize(default),
                                clearable=True),
            ),
        )
        return value
