"""st.chat_input: a one-shot text trigger. The page sends the submitted text
in the one rerun it was submitted in; afterwards the value is None again."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidLayoutContextError, StreamlitValueError
from wasmlit.runtime.context import BOTTOM_ROOT, MAIN_ROOT, current_or_bare_ctx
from wasmlit.widgets.callback_mode import validate_callback_mode
from wasmlit.widgets.common import (
    check_widget_policies,
    compute_widget_id,
    register_widget,
    to_key,
    widget_props,
)

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

CHAT_INPUT_VALUE = "chat_input_value"


def _serde(max_chars: int | None):
    def deserialize(wire: Any) -> str | None:
        if wire is None:
            return None
        text = str(wire)
        return text[:max_chars] if max_chars else text

    def serialize(value: Any) -> str | None:
        return None if value is None else str(value)

    return deserialize, serialize


def _bottom_dg() -> "DeltaGenerator":
    from wasmlit.delta_generator import bottom_dg

    return bottom_dg


class ChatInputMixin:
    def chat_input(
        self,
        placeholder: str = "Your message",
        *,
        key: Any = None,
        max_chars: int | None = None,
        max_upload_size: int | None = None,
        accept_file: Any = False,
        file_type: Any = None,
        accept_audio: bool = False,
        audio_sample_rate: int | None = 16000,
        disabled: bool = False,
        submit_mode: str = "submit",
        on_submit: Any = None,
        args: Any = None,
        kwargs: Any = None,
        width: Any = "stretch",
        height: Any = "content",
        **_ignored: Any,
    ) -> str | None:
        dg: DeltaGenerator = self  # type: ignore[assignment]
        key = to_key(key)
        callback = validate_callback_mode(on_submit, supported_modes=(), param_name="on_submit")
        check_widget_policies(dg, key, callback, default_value=None, writes_allowed=True)
        if accept_file not in (True, False, "multiple", "directory"):
            raise StreamlitValueError(
                "accept_file", ["True", "False", "'multiple'", "'directory'"], detail=f"Got {accept_file!r}."
            )
        if accept_file or accept_audio:
            raise StreamlitAPIException(
                "`st.chat_input()` file and audio attachments (`accept_file`, `accept_audio`) "
                "are not supported by wasmlit yet."
            )
        if submit_mode not in ("submit", "disable", "stop"):
            raise StreamlitValueError("submit_mode", ["'submit'", "'disable'", "'stop'"])
        widget_id = compute_widget_id(
            "chat_input", dg, user_key=key,
            key_as_main_identity={"accept_file", "file_type", "max_chars", "max_upload_size"},
            placeholder=placeholder, max_chars=max_chars, max_upload_size=max_upload_size,
            accept_file=accept_file, file_type=file_type, accept_audio=accept_audio,
            audio_sample_rate=audio_sample_rate, submit_mode=submit_mode, width=width, height=height,
        )
        if dg._form:
            raise StreamlitInvalidLayoutContextError("`st.chat_input()` can't be used in a `st.form()`.")
        active = dg._active_dg
        at_bottom = active._is_root and active._root == MAIN_ROOT
        deserialize, serialize = _serde(max_chars)
        state = register_widget(
            widget_id, user_key=key, deserializer=deserialize, serializer=serialize,
            value_type=CHAT_INPUT_VALUE, on_change=callback, args=args, kwargs=kwargs, disabled=disabled,
        )
        set_value = state.value_changed and isinstance(state.value, str)
        if set_value and key is not None:
            # The text assigned through session state goes into the field only;
            # the widget's value stays None until the user submits it.
            current_or_bare_ctx().session_state.reset_state_value(key, None)
        target = _bottom_dg() if at_bottom else dg
        target._enqueue(
            "chatInput",
            widget_props(
                dg, widget_id=widget_id, key=key, label="", label_visibility="collapsed",
                help=None, disabled=disabled, value=state.value if set_value else None,
                default=None, set_value=set_value, placeholder=str(placeholder),
                maxChars=max_chars, position="bottom" if at_bottom else "inline",
                submitMode=submit_mode,
            ),
        )
        return state.value if not state.value_changed else None
