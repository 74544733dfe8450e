"""st.menu_button: a button that opens a menu of options; picking one reruns
the app with that option as the widget's value for that run only (a
one-shot trigger, like st.button). The page sends the option's label."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from wasmlit.elements.layout_checks import validate_width
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from wasmlit.widgets.button import BUTTON_TYPES, FORM_DOCS_INFO
from wasmlit.widgets.callback_mode import validate_callback_mode
from wasmlit.widgets.common import check_widget_policies, compute_widget_id, to_key
from wasmlit.widgets.enqueue import WidgetCall, register_and_enqueue
from wasmlit.widgets.option_utils import comparable_options, format_labels
from wasmlit.type_aliases import ButtonType, Key, OnChange, WidgetArgs, WidgetKwargs, Width
from wasmlit.dg_mixin import as_dg


@dataclass(frozen=True)
class MenuChoiceSerde:
    """The wire holds the chosen option's label, for the run its click
    started only (None: no choice)."""

    options: list[Any]
    index_of_label: dict[str, int]
    format_func: Callable[[Any], str]

    def serialize(self, value: Any) -> str | None:
        if value is None:
            return None
        try:
            return str(self.format_func(value))
        except Exception:  # noqa: BLE001 - as Streamlit: fall back to str()
            return str(value)

    def deserialize(self, wire: Any) -> Any:
        if wire is None:
            return None
        index = self.index_of_label.get(str(wire))
        return self.options[index] if index is not None else None


class MenuButtonMixin:
    def menu_button(
        self,
        label: str,
        options: Any,
        *,
        key: Key | None = None,
        help: str | None = None,
        on_click: OnChange = None,
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        type: ButtonType = "secondary",
        icon: str | None = None,
        disabled: bool = False,
        width: Width = "content",
        format_func: Callable[[Any], str] = str,
        wrap: bool | None = None,
    ) -> Any:
        """A button that opens a menu of options; returns the option chosen in this run, or None.

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            options: The menu's options.
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            help: A tooltip shown beside the label (Markdown; None: none).
            on_click: A callback run when an option is chosen, before the rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            type: "primary", "secondary" or "tertiary".
            icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
            disabled: Shown greyed out and not usable.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            format_func: Turns an option into the label shown for it (default: ``str``).
            wrap: Whether the label may wrap onto more lines (None: the element's default).
        """
        dg = as_dg(self)
        key = to_key(key)
        label = "" if label is None else str(label)
        callback = validate_callback_mode(on_click, supported_modes=(), param_name="on_click")
        check_widget_policies(dg, key, callback, default_value=None, writes_allowed=False)
        if dg._form:
            raise StreamlitInvalidLayoutContextError(
                f"`st.menu_button()` can't be used in an `st.form()`.{FORM_DOCS_INFO}"
            )
        if type not in BUTTON_TYPES:
            raise StreamlitValueError("type", [repr(t) for t in BUTTON_TYPES])
        validate_width(width, allow_content=True)
        opts = comparable_options(options)
        if len(opts) == 0:
            raise StreamlitMissingRequiredParameterError("options", detail="Provide at least one option.")
        labels, index_of_label = format_labels(opts, format_func)
        if len(labels) != len(index_of_label):
            raise StreamlitAPIException(
                "The `format_func` produced duplicate labels for the menu button "
                "options. Each formatted option label must be unique.",
                error_id="menu-button-duplicate-format-labels",
            )
        widget_id = compute_widget_id(
            "menu_button",
            dg,
            user_key=key,
            key_as_main_identity=True,
            label=label,
            options=labels,
            help=help,
            type=type,
            icon=icon,
            width=width,
        )

        call = WidgetCall(
            dg=dg,
            widget_id=widget_id,
            key=key,
            callback=callback,
            args=args,
            kwargs=kwargs,
            label=label,
            help=help,
            disabled=disabled,
        )
        return register_and_enqueue(
            call,
            "menuButton",
            MenuChoiceSerde(opts, index_of_label, format_func),
            value_type="string_trigger_value",
            default=None,
            show_value=False,
            props=dict(options=labels, kind=type, icon=icon, width=width, wrap=wrap),
        )
