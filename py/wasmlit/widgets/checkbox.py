"""st.checkbox and st.toggle."""

from __future__ import annotations

from typing import Literal

from wasmlit.elements.layout_checks import layout_props
from wasmlit.widgets.common import (
    check_label,
    check_widget_policies,
    compute_widget_id,
    normalize_callback,
    to_key,
)
from wasmlit.widgets.enqueue import WidgetCall, register_and_enqueue
from wasmlit.widgets.serde import BoolSerde
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


class CheckboxMixin:
    def checkbox(
        self,
        label: str,
        value: bool = False,
        key: Key | None = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        *,
        disabled: bool = False,
        label_visibility: LabelVisibility = "visible",
        width: Width = "content",
        wrap: bool | None = None,
        bind: BindOption = None,
        persist_state: PersistState = None,
    ) -> bool:
        """A checkbox; returns whether it is ticked.

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            value: Whether it starts ticked.
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
            wrap: Whether the label may wrap onto more lines (None: the element's default).
            bind: "query-params": the value also lives in the page URL under the key (None: not
                bound).
            persist_state: "page" or "session": the value is kept while the widget is not drawn
                (on its page, or across pages); None: dropped.
        """
        return self._checkbox(
            "checkbox",
            label,
            value,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled,
            label_visibility,
            width,
            wrap,
            bind,
            persist_state,
        )

    def toggle(
        self,
        label: str,
        value: bool = False,
        key: Key | None = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        *,
        disabled: bool = False,
        label_visibility: LabelVisibility = "visible",
        width: Width = "content",
        wrap: bool | None = None,
        bind: BindOption = None,
        persist_state: PersistState = None,
    ) -> bool:
        """A toggle switch; returns whether it is on.

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            value: Whether it starts on.
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
            wrap: Whether the label may wrap onto more lines (None: the element's default).
            bind: "query-params": the value also lives in the page URL under the key (None: not
                bound).
            persist_state: "page" or "session": the value is kept while the widget is not drawn
                (on its page, or across pages); None: dropped.
        """
        return self._checkbox(
            "toggle",
            label,
            value,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled,
            label_visibility,
            width,
            wrap,
            bind,
            persist_state,
        )

    def _checkbox(
        self,
        style: Literal["checkbox", "toggle"],
        label: str,
        value: bool,
        key: Key | None,
        help: str | None,
        on_change: OnChange,
        args: WidgetArgs | None,
        kwargs: WidgetKwargs | None,
        disabled: bool,
        label_visibility: LabelVisibility,
        width: Width,
        wrap: bool | None,
        bind: BindOption,
        persist_state: PersistState,
    ) -> bool:
        dg = as_dg(self)
        key = to_key(key)
        callback = normalize_callback(on_change)
        check_widget_policies(dg, key, callback, default_value=None if value is False else value)
        label = check_label(label, label_visibility)
        default = bool(value)
        widget_id = compute_widget_id(
            style,
            dg,
            user_key=key,
            key_as_main_identity=True,
            label=label,
            value=default,
            help=help,
            width=width,
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
        return bool(
            register_and_enqueue(
                call,
                "checkbox",
                BoolSerde(default),
                value_type="bool_value",
                default=default,
                props=dict(
                    style=style,
                    wrap=wrap,
                    layout=layout_props(width=width, allow_content_width=True, default_width="content"),
                ),
            )
        )
