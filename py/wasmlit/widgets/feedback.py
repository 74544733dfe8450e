"""st.feedback: thumbs (2), faces (5) or stars (5); returns the chosen index.

The value travels as a string: "N" for option N, "" when nothing is chosen."""

from __future__ import annotations

from dataclasses import dataclass
from numbers import Integral
from typing import Any, Literal

from wasmlit.errors import StreamlitValueError, StreamlitValueOutOfRangeError
from wasmlit.elements.layout_checks import layout_props
from wasmlit.widgets.common import (
    check_widget_policies,
    compute_widget_id,
    normalize_callback,
    to_key,
)
from wasmlit.widgets.enqueue import WidgetCall, register_and_enqueue
from wasmlit.type_aliases import BindOption, Key, OnChange, PersistState, WidgetArgs, WidgetKwargs, Width
from wasmlit.dg_mixin import as_dg


OPTION_COUNTS = {"thumbs": 2, "faces": 5, "stars": 5}


@dataclass(frozen=True)
class FeedbackSerde:
    """The wire holds "N" for option N and "" for none; an index the page
    cannot show reads as the default."""

    count: int
    default: int | None

    def serialize(self, value: int | None) -> str:
        return "" if value is None else str(value)

    def deserialize(self, wire: Any) -> int | None:
        if wire is None:
            return self.default
        if wire == "":
            return None
        try:
            value = int(wire)
        except (TypeError, ValueError):
            return self.default
        return value if 0 <= value < self.count else self.default


class FeedbackMixin:
    def feedback(
        self,
        options: Literal["thumbs", "faces", "stars"] = "thumbs",
        *,
        key: Key | None = None,
        default: int | None = None,
        disabled: bool = False,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        width: Width = "content",
        bind: BindOption = None,
        persist_state: PersistState = None,
    ) -> int | None:
        """Thumbs, faces or stars to rate something; returns the chosen index (None: none).

        Args:
            options: "thumbs", "faces" or "stars".
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            default: The index chosen at first (None: none).
            disabled: Shown greyed out and not usable.
            on_change: A callback run when the value changes, before the rerun; "rerun" (the
                default): just rerun; "ignore": the page keeps the new value without a rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            bind: "query-params": the value also lives in the page URL under the key (None: not
                bound).
            persist_state: "page" or "session": the value is kept while the widget is not drawn
                (on its page, or across pages); None: dropped.
        """
        dg = as_dg(self)
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
            "feedback",
            dg,
            user_key=key,
            key_as_main_identity={"options"},
            options=options,
            default=default,
            width=width,
        )

        serde = FeedbackSerde(count, default)

        def keep_valid(value: Any) -> tuple[Any, bool]:
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, Integral) or not 0 <= int(value) < count
            ):
                return default, True
            return value, False

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
            "feedback",
            serde,
            value_type="string_value",
            default=default,
            clearable=True,
            keep_valid=keep_valid,
            props=dict(feedbackType=options, layout=layout),
        )
