"""st.chat_input: a one-shot text trigger. The page sends the submitted text
in the one rerun it was submitted in; afterwards the value is None again.
With ``accept_file`` the page sends ``{"text", "files": [UploadedFileInfo]}``
(the files' bytes went ahead in upload messages) and the value is a
ChatInputValue (text + UploadedFiles)."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import TYPE_CHECKING, Any, Iterator

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidLayoutContextError, StreamlitValueError
from wasmlit.runtime.context import BOTTOM_ROOT, MAIN_ROOT, current_or_bare_ctx
from wasmlit.runtime.uploads import UploadedFile, file_infos, open_uploads
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


class ChatInputValue(MutableMapping):
    """What st.chat_input(accept_file=...) returns: ``text`` and ``files``
    (UploadedFile list), readable as attributes and as a mapping."""

    def __init__(self, text: str, files: list[Any] | None = None, *, include_files: bool = True) -> None:
        self.__dict__.update(_values={"text": text, **({"files": list(files or [])} if include_files else {})})

    def __getattr__(self, name: str) -> Any:
        values = self.__dict__.get("_values")
        if values is None:  # not built yet (copy/pickle look up hooks first)
            raise AttributeError(name)
        if name in values:
            return values[name]
        if name == "files":
            raise AttributeError("'ChatInputValue' object has no attribute 'files' (accept_file=False)")
        if name == "audio":
            raise AttributeError("'ChatInputValue' object has no attribute 'audio' (accept_audio=False)")
        raise AttributeError(f"'ChatInputValue' object has no attribute '{name}'")

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value

    def __getitem__(self, key: str) -> Any:
        if key not in self._values:
            raise KeyError(f"Invalid key: {key}")
        return self._values[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in ("text", "files") or (key == "files" and "files" not in self._values):
            raise KeyError(f"Invalid key: {key}")
        self._values[key] = value

    def __delitem__(self, key: str) -> None:
        if key not in self._values:
            raise KeyError(f"Invalid key: {key}")
        del self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def to_dict(self) -> dict[str, Any]:
        return dict(self._values)

    def __reduce__(self) -> tuple[Any, ...]:
        values = self._values
        if "files" in values:
            return (ChatInputValue, (values["text"], values["files"]))
        return (_text_only, (values["text"],))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ChatInputValue):
            return self._values == other._values
        return NotImplemented

    def __repr__(self) -> str:
        files = self._values.get("files")
        return f"ChatInputValue(text={self._values['text']!r}" + (f", files={files!r})" if files is not None else ")")


def _text_only(text: str) -> ChatInputValue:
    return ChatInputValue(text, include_files=False)


def _serde(max_chars: int | None, accept_file: Any, allowed_types: list[str] | None):
    def clip(text: Any) -> str:
        text = str(text)
        return text[:max_chars] if max_chars else text

    def deserialize(wire: Any) -> Any:
        if wire is None:
            return None
        if not accept_file:
            return clip(wire)
        if isinstance(wire, str):
            return ChatInputValue(clip(wire), [])
        from wasmlit.widgets.file_uploader import enforce_filename_restriction

        files = open_uploads(wire.get("files") or [])
        for f in files:
            if allowed_types and isinstance(f, UploadedFile):
                enforce_filename_restriction(f.name, allowed_types)
        return ChatInputValue(clip(wire.get("text", "")), files)

    def serialize(value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, ChatInputValue):
            return {"text": value.text, "files": file_infos(value._values.get("files", []))}
        return str(value)

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
    ) -> str | None:
        dg: DeltaGenerator = self  # type: ignore[assignment]
        key = to_key(key)
        callback = validate_callback_mode(on_submit, supported_modes=(), param_name="on_submit")
        check_widget_policies(dg, key, callback, default_value=None, writes_allowed=True)
        if accept_file not in (True, False, "multiple", "directory"):
            raise StreamlitValueError(
                "accept_file", ["True", "False", "'multiple'", "'directory'"], detail=f"Got {accept_file!r}."
            )
        if accept_audio:
            raise StreamlitAPIException(
                "`st.chat_input()` audio recording (`accept_audio`) is not supported by wasmlit yet."
            )
        from wasmlit.widgets.file_uploader import normalize_upload_file_type

        allowed_types = normalize_upload_file_type(file_type) if accept_file and file_type else None
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
        deserialize, serialize = _serde(max_chars, accept_file, allowed_types)
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
                submitMode=submit_mode, acceptFile=accept_file or False, accept=allowed_types,
                maxUploadSizeMb=max_upload_size or 200,
            ),
        )
        return state.value if not state.value_changed else None
