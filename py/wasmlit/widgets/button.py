"""st.button and st.form_submit_button."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitInvalidLayoutContextError, StreamlitValueError
from wasmlit.widgets.common import (
    check_label,
    check_widget_policies,
    compute_widget_id,
    register_widget,
    to_key,
    widget_props,
)

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

FORM_DOCS_INFO = """

For more information, refer to the
[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).
"""

BUTTON_TYPES = ("primary", "secondary", "tertiary")


def _as_trigger(value: Any) -> bool:
    return value is True


class ButtonMixin:
    def button(
        self,
        label: str,
        key: Any = None,
        help: Any = None,  # noqa: A002
        on_click: Any = None,
        args: Any = None,
        kwargs: Any = None,
        *,
        type: str = "secondary",  # noqa: A002
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
        **_ignored: Any,
    ) -> bool:
        return self._button(
            label, key, help, on_click, args, kwargs,
            is_form_submitter=False, type=type, icon=icon, disabled=disabled,
            use_container_width=use_container_width, width=width,
        )

    def form_submit_button(
        self,
        label: str = "Submit",
        help: Any = None,  # noqa: A002
        on_click: Any = None,
        args: Any = None,
        kwargs: Any = None,
        *,
        key: Any = None,
        type: str = "secondary",  # noqa: A002
        icon: str | None = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
        **_ignored: Any,
    ) -> bool:
        form_id = self._form  # type: ignore[attr-defined]
        key = to_key(key) or f"FormSubmitter:{form_id}-{label}"
        return self._button(
            label, key, help, on_click, args, kwargs,
            is_form_submitter=True, type=type, icon=icon, disabled=disabled,
            use_container_width=use_container_width, width=width,
        )

    def _button(
        self,
        label: Any,
        key: Any,
        help: Any,  # noqa: A002
        on_click: Any,
        args: Any,
        kwargs: Any,
        *,
        is_form_submitter: bool,
        type: str,  # noqa: A002
        icon: str | None,
        disabled: bool,
        use_container_width: bool | None,
        width: Any,
    ) -> bool:
        dg: DeltaGenerator = self  # type: ignore[assignment]
        key = to_key(key)
        if type not in BUTTON_TYPES:
            raise StreamlitValueError("type", [repr(t) for t in BUTTON_TYPES])
        check_widget_policies(
            dg, key, on_click,
            default_value=None, writes_allowed=False,
            check_callback_rules=not is_form_submitter,
        )
        label = check_label(label, "visible")
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
        state = register_widget(
            widget_id,
            user_key=key,
            deserializer=_as_trigger,
            serializer=bool,
            value_type="trigger_value",
            on_change=on_click,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
        )
        dg._enqueue(
            "button",
            widget_props(
                dg,
                widget_id=widget_id,
                key=key,
                label=label,
                label_visibility="visible",
                help=help,
                disabled=disabled,
                value=False,
                default=False,
                set_value=False,
                kind=type,
                isFormSubmitter=is_form_submitter,
                useContainerWidth=bool(use_container_width) or width == "stretch",
                icon=icon,
            ),
        )
        return bool(state.value)
