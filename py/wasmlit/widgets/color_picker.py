"""st.color_picker: a hex colour string, sent as is ("#rrggbb")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError
from wasmlit.elements.layout_checks import layout_props
from wasmlit.widgets.common import (
    check_label,
    check_widget_policies,
    compute_widget_id,
    normalize_callback,
    to_key,
)
from wasmlit.widgets.enqueue import WidgetCall, register_and_enqueue
from wasmlit.type_aliases import (
    BindOption,
    Key,
    LabelVisibility,
    OnChange,
    PersistState,
    WidgetArgs,
    WidgetKwargs,
    Width,
)
from wasmlit.dg_mixin import as_dg


HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


@dataclass(frozen=True)
class HexColorSerde:
    """The wire holds "#rrggbb" (or "#rgb"); "" or a malformed colour from
    the page reads as the default."""

    default: str

    def serialize(self, value: Any) -> str:
        return str(value)

    def deserialize(self, wire: Any) -> str:
        if wire is None or wire == "":
            return self.default
        text = str(wire)
        if not text.startswith("#"):
            text = f"#{text}"
        return text if HEX_COLOR.match(text) else self.default


class ColorPickerMixin:
    def color_picker(
        self,
        label: str,
        value: str | None = None,
        key: Key | None = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        *,
        disabled: bool = False,
        label_visibility: LabelVisibility = "visible",
        width: Width = "content",
        bind: BindOption = None,
        persist_state: PersistState = None,
    ) -> str:
        """A colour picker; returns the colour as a hex string.

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            value: The initial colour as a hex string ("#000000" when None).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            help: A tooltip shown beside the label (Markdown; None: none).
            on_change: A callback run when the value changes, before the rerun; "rerun" (the
                default): just rerun; "ignore": the page keeps the new value without a rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            disabled: Shown greyed out and not usable.
            label_visibility: "visible", "hidden" (its space is kept) or "collapsed" (no space).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            bind: "query-params": the value also lives in the page URL under the key (None: not
                bound).
            persist_state: "page" or "session": the value is kept while the widget is not drawn
                (on its page, or across pages); None: dropped.
        """
        dg = as_dg(self)
        key = to_key(key)
        callback = normalize_callback(on_change)
        check_widget_policies(dg, key, callback, default_value=value)
        label = check_label(label, label_visibility)
        if isinstance(width, int) and width < 40:
            width = 40
        layout = layout_props(width=width, allow_content_width=True, default_width="content")
        widget_id = compute_widget_id(
            "color_picker",
            dg,
            user_key=key,
            key_as_main_identity=True,
            label=label,
            value=str(value),
            help=help,
            width=width,
        )
        if value is None:
            value = "#000000"
        if not isinstance(value, str):
            raise StreamlitInvalidParameterTypeError(
                "value", type(value).__name__, ["str"], detail="Pass a hex string like `'#00FFAA'` or `'#000'`."
            )
        if not HEX_COLOR.match(value):
            raise StreamlitAPIException(
                f"'{value}' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'.",
                error_id="color-picker-invalid-hex",
            )
        call = WidgetCall(
            dg=dg,
            widget_id=widget_id,
            key=key,
            callback=callback,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            label=label,
            label_visibility=label_visibility,
            help=help,
            disabled=disabled,
            bind=bind,
            persist_state=persist_state,
        )
        return register_and_enqueue(
            call,
            "colorPicker",
            HexColorSerde(value),
            value_type="string_value",
            default=value,
            props=dict(layout=layout),
        )
