"""st.button and st.form_submit_button."""

from __future__ import annotations

from typing import Any

from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.elements.layout_checks import layout_props
from wasmlit.errors import StreamlitInvalidLayoutContextError, StreamlitValueError
from wasmlit.widgets.callback_mode import validate_callback_mode
from wasmlit.widgets.common import (
    check_widget_policies,
    compute_widget_id,
    to_key,
)
from wasmlit.widgets.enqueue import WidgetCall, register_and_enqueue
from wasmlit.widgets.serde import TriggerSerde
from wasmlit.widgets.shortcuts import normalize_shortcut
from wasmlit.type_aliases import ButtonType, IconPosition, Key, OnChange, WidgetArgs, WidgetKwargs, Width
from wasmlit.dg_mixin import as_dg


FORM_DOCS_INFO = """

For more information, refer to the
[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).
"""

BUTTON_TYPES = ("primary", "secondary", "tertiary")


ICON_POSITIONS = ("left", "right")


def check_button_type(type: Any) -> None:
    if type not in BUTTON_TYPES:
        raise StreamlitValueError("type", ["'primary'", "'secondary'", "'tertiary'"])


def normalize_icon_position(icon_position: Any) -> IconPosition:
    if icon_position is None:
        return "left"
    if icon_position not in ICON_POSITIONS:
        raise StreamlitValueError("icon_position", ["'left'", "'right'"])
    return icon_position


def width_from_container_width(use_container_width: Any, width: Any) -> Any:
    """The deprecated ``use_container_width`` wins over ``width`` when given."""
    if use_container_width is not None:
        return "stretch" if use_container_width else "content"
    return width


class ButtonMixin:
    def button(
        self,
        label: str,
        key: Key | None = None,
        help: str | None = None,
        on_click: OnChange = None,
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        *,
        type: ButtonType = "secondary",
        icon: str | None = None,
        icon_position: IconPosition = "left",
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Width = "content",
        shortcut: str | None = None,
        wrap: bool | None = None,
    ) -> bool:
        """A button; returns True during the run its click started.
        ``shortcut`` (e.g. "Ctrl+K") clicks it from the keyboard.

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            help: A tooltip shown beside the label (Markdown; None: none).
            on_click: A callback run when it is clicked, before the rerun (None: none).
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            type: "primary", "secondary" or "tertiary".
            icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
            icon_position: "left" or "right" of the label.
            disabled: Shown greyed out and not usable.
            use_container_width: Deprecated: use ``width`` (True means "stretch").
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            wrap: Whether the label may wrap onto more lines (None: the element's default).
        """
        width = width_from_container_width(use_container_width, width)
        check_button_type(type)
        return self._button(
            label,
            key,
            help,
            on_click,
            args,
            kwargs,
            is_form_submitter=False,
            type=type,
            icon=icon,
            icon_position=normalize_icon_position(icon_position),
            disabled=disabled,
            width=width,
            shortcut=shortcut,
            wrap=wrap,
        )

    def form_submit_button(
        self,
        label: str = "Submit",
        help: str | None = None,
        on_click: OnChange = None,
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        *,
        key: Key | None = None,
        type: ButtonType = "secondary",
        icon: str | None = None,
        icon_position: IconPosition = "left",
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Width = "content",
        shortcut: str | None = None,
        wrap: bool | None = None,
    ) -> bool:
        """The button that submits its form; returns True during the run the submit started.

        Args:
            label: The button's label (Markdown).
            help: A tooltip shown beside the label (Markdown; None: none).
            on_click: A callback run when the form is submitted, before the rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            type: "primary", "secondary" or "tertiary".
            icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
            icon_position: "left" or "right" of the label.
            disabled: Shown greyed out and not usable.
            use_container_width: Deprecated: use ``width`` (True means "stretch").
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            shortcut: A keyboard shortcut that clicks it, such as "Ctrl+K" (None: none).
            wrap: Whether the label may wrap onto more lines (None: the element's default).
        """
        width = width_from_container_width(use_container_width, width)
        check_button_type(type)
        icon_position = normalize_icon_position(icon_position)
        form_id = as_dg(self)._form
        key = to_key(key) or f"FormSubmitter:{form_id}-{label}"
        return self._button(
            label,
            key,
            help,
            on_click,
            args,
            kwargs,
            is_form_submitter=True,
            type=type,
            icon=icon,
            icon_position=icon_position,
            disabled=disabled,
            width=width,
            shortcut=shortcut,
            wrap=wrap,
        )

    def _button(
        self,
        label: Any,
        key: Any,
        help: Any,
        on_click: Any,
        args: Any,
        kwargs: Any,
        *,
        is_form_submitter: bool,
        type: str,
        icon: str | None,
        icon_position: str,
        disabled: bool,
        width: Any,
        shortcut: Any,
        wrap: bool | None,
    ) -> bool:
        dg = as_dg(self)
        key = to_key(key)
        label = "" if label is None else str(label)
        callback = validate_callback_mode(on_click, supported_modes=(), param_name="on_click")
        normalized_shortcut = None if shortcut is None else normalize_shortcut(shortcut)
        check_widget_policies(
            dg,
            key,
            callback,
            default_value=None,
            writes_allowed=False,
            check_callback_rules=not is_form_submitter,
        )
        widget_id = compute_widget_id(
            "form_submit_button" if is_form_submitter else "button",
            dg,
            user_key=key,
            key_as_main_identity=True,
            label=label,
            icon=icon,
            help=help,
            is_form_submitter=is_form_submitter,
            type=type,
            width=width,
            icon_position=icon_position,
            shortcut=normalized_shortcut,
        )
        if dg._form and not is_form_submitter:
            raise StreamlitInvalidLayoutContextError(
                "`st.button()` can't be used in an `st.form()`. Use "
                "`st.form_submit_button()` instead to submit the form."
                f"{FORM_DOCS_INFO}"
            )
        if not dg._form and is_form_submitter:
            raise StreamlitInvalidLayoutContextError(
                f"`st.form_submit_button()` must be used inside an `st.form()`.{FORM_DOCS_INFO}"
            )
        icon_text = validate_icon_or_emoji(icon) if icon is not None else ""
        call = WidgetCall(
            dg=dg,
            widget_id=widget_id,
            key=key,
            callback=callback,
            on_change=on_click,
            args=args,
            kwargs=kwargs,
            label=label,
            help=help,
            disabled=disabled,
        )
        return bool(
            register_and_enqueue(
                call,
                "button",
                TriggerSerde(),
                value_type="trigger_value",
                default=False,
                show_value=False,
                props=dict(
                    kind=type,
                    isFormSubmitter=is_form_submitter,
                    useContainerWidth=width == "stretch",
                    icon=icon_text or None,
                    iconPosition=icon_position,
                    shortcut=normalized_shortcut,
                    wrap=wrap,
                    layout=layout_props(width=width, allow_content_width=True, default_width="content"),
                ),
            )
        )
