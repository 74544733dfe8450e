"""st.chat_input: a one-shot text trigger. The page sends the submitted text
in the one rerun it was submitted in; afterwards the value is None again.
With ``accept_file`` / ``accept_audio`` the page sends ``{"text", "files":
[UploadedFileInfo], "audio": UploadedFileInfo}`` (the bytes went ahead in
upload messages; the recording is a WAV file named ``audio-<ISO time>.wav``)
and the value is a ChatInputValue (text, UploadedFiles, the recording)."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any, Callable, Iterator, Literal

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidLayoutContextError, StreamlitValueError
from wasmlit.runtime.context import MAIN_ROOT, current_or_bare_ctx
from wasmlit.runtime.uploads import UploadedFile, file_infos, open_uploads
from wasmlit.widgets.audio_input import check_sample_rate
from wasmlit.widgets.callback_mode import validate_callback_mode
from wasmlit.widgets.common import (
    check_widget_policies,
    compute_widget_id,
    register_widget,
    to_key,
    widget_props,
)
from wasmlit.widgets.file_uploader import _check_max_upload_size
from wasmlit import dg_singletons
from wasmlit.widgets.file_uploader import enforce_filename_restriction
from wasmlit.widgets.file_uploader import normalize_upload_file_type
from wasmlit.type_aliases import Key, WidgetArgs, WidgetKwargs, Width
from wasmlit.dg_mixin import as_dg


CHAT_INPUT_VALUE = "chat_input_value"


class ChatInputValue(MutableMapping[str, Any]):
    """What st.chat_input(accept_file=..., accept_audio=...) returns: ``text``,
    ``files`` (UploadedFile list, with accept_file) and ``audio`` (an
    UploadedFile or None, with accept_audio), readable as attributes and as a
    mapping. ``files`` / ``audio`` are absent when not accepted, as in 1.67."""

    def __init__(
        self,
        text: str,
        files: list[Any] | None = None,
        audio: Any = None,
        *,
        include_files: bool = True,
        include_audio: bool = False,
    ) -> None:
        values: dict[str, Any] = {"text": text}
        if include_files:
            values["files"] = list(files or [])
        if include_audio:
            values["audio"] = audio
        self.__dict__.update(_values=values, _include_files=include_files, _include_audio=include_audio)

    def __getattr__(self, name: str) -> Any:
        values = self.__dict__.get("_values")
        if values is None:  # not built yet (copy/pickle look up hooks first)
            raise AttributeError(name)
        if name in values:
            return values[name]
        if name == "files" and not self.__dict__["_include_files"]:
            raise AttributeError("'ChatInputValue' object has no attribute 'files' (accept_file=False)")
        if name == "audio" and not self.__dict__["_include_audio"]:
            raise AttributeError("'ChatInputValue' object has no attribute 'audio' (accept_audio=False)")
        raise AttributeError(f"'ChatInputValue' object has no attribute '{name}'")

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value

    def _allowed(self) -> set[str]:
        allowed = {"text"}
        if self._include_files:
            allowed.add("files")
        if self._include_audio:
            allowed.add("audio")
        return allowed

    def __getitem__(self, key: str) -> Any:
        if key not in self._values:
            raise KeyError(f"Invalid key: {key}")
        return self._values[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in self._allowed():
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
        return (
            _rebuild,
            (
                values.get("text", ""),
                values.get("files"),
                values.get("audio"),
                self._include_files,
                self._include_audio,
            ),
        )

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ChatInputValue):
            return self._values == other._values
        return NotImplemented

    def __repr__(self) -> str:
        args = ", ".join(f"{key}={value!r}" for key, value in self._values.items())
        return f"ChatInputValue({args})"


def _rebuild(text: str, files: Any, audio: Any, include_files: bool, include_audio: bool) -> ChatInputValue:
    return ChatInputValue(text, files, audio, include_files=include_files, include_audio=include_audio)


ACCEPTED_AUDIO_EXTENSION = ".wav"
ACCEPTED_AUDIO_TYPES = frozenset({"audio/wav", "audio/wave", "audio/x-wav"})


def _open_audio(info: Any) -> UploadedFile | None:
    """The recording a submission carries, checked as Streamlit checks it."""
    if not isinstance(info, dict):
        return None
    opened = open_uploads([info])
    audio = opened[0] if opened else None
    if not isinstance(audio, UploadedFile):
        return None
    if not audio.name.lower().endswith(ACCEPTED_AUDIO_EXTENSION):
        raise StreamlitAPIException(
            f"Invalid file extension for audio input: `{audio.name}`. "
            f"Only WAV files ({ACCEPTED_AUDIO_EXTENSION}) are accepted.",
            error_id="audio-input-invalid-file-extension",
        )
    if audio.type not in ACCEPTED_AUDIO_TYPES:
        raise StreamlitAPIException(
            f"Invalid MIME type for audio input: `{audio.type}`. Expected one of {set(ACCEPTED_AUDIO_TYPES)}.",
            error_id="audio-input-invalid-mime-type",
        )
    return audio


def _serde(
    max_chars: int | None, accept_file: Any, allowed_types: list[str] | None, accept_audio: bool = False
) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    include_files = bool(accept_file)

    def clip(text: Any) -> str:
        text = str(text)
        return text[:max_chars] if max_chars else text

    def deserialize(wire: Any) -> Any:
        if wire is None:
            return None
        if not include_files and not accept_audio:
            return clip(wire.get("text", "") if isinstance(wire, dict) else wire)
        if isinstance(wire, str):
            return ChatInputValue(clip(wire), [], None, include_files=include_files, include_audio=accept_audio)

        files = open_uploads(wire.get("files") or []) if include_files else []
        for f in files:
            if allowed_types and isinstance(f, UploadedFile):
                enforce_filename_restriction(f.name, allowed_types)
        audio = _open_audio(wire.get("audio")) if accept_audio else None
        return ChatInputValue(
            clip(wire.get("text", "")), files, audio, include_files=include_files, include_audio=accept_audio
        )

    def serialize(value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, ChatInputValue):
            wire: dict[str, Any] = {"text": value.text, "files": file_infos(value._values.get("files", []))}
            audio = value._values.get("audio")
            if isinstance(audio, UploadedFile):
                wire["audio"] = file_infos(audio)[0]
            return wire
        return str(value)

    return deserialize, serialize


class ChatInputMixin:
    def chat_input(
        self,
        placeholder: str = "Your message",
        *,
        key: Key | None = None,
        max_chars: int | None = None,
        max_upload_size: int | None = None,
        accept_file: Any = False,
        file_type: Any = None,
        accept_audio: bool = False,
        audio_sample_rate: int | None = 16000,
        disabled: bool = False,
        submit_mode: Literal["submit", "disable", "stop"] = "submit",
        on_submit: Any = None,
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        width: Width = "stretch",
        height: Any = "content",
    ) -> str | None:
        """A chat message box (pinned to the bottom at the top level); returns the message submitted
        in this run, or None.

        Args:
            placeholder: The text shown while the box is empty.
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            max_chars: The most characters the user may type (None: no limit).
            max_upload_size: The largest file in MB (None: ``server.maxUploadSize``).
            accept_file: Whether files may be attached: False, True (one), "multiple" or
                "directory".
            file_type: The allowed file extensions (None: any).
            accept_audio: Whether a voice message may be recorded.
            audio_sample_rate: The sample rate of a recorded voice message in Hz.
            disabled: Shown greyed out and not usable.
            submit_mode: "submit", "disable" or "stop": what the box does while the app runs.
            on_submit: A callback run when a message is submitted, before the rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
            height: The height in pixels, or a keyword the command allows (None: its default).
        """
        dg = as_dg(self)
        key = to_key(key)
        callback = validate_callback_mode(on_submit, supported_modes=(), param_name="on_submit")
        check_widget_policies(dg, key, callback, default_value=None, writes_allowed=True)
        if accept_file not in (True, False, "multiple", "directory"):
            raise StreamlitValueError(
                "accept_file", ["True", "False", "'multiple'", "'directory'"], detail=f"Got {accept_file!r}."
            )

        allowed_types = normalize_upload_file_type(file_type) if accept_file and file_type else None
        if submit_mode not in ("submit", "disable", "stop"):
            raise StreamlitValueError("submit_mode", ["'submit'", "'disable'", "'stop'"])
        _check_max_upload_size(max_upload_size)
        widget_id = compute_widget_id(
            "chat_input",
            dg,
            user_key=key,
            key_as_main_identity={"accept_file", "file_type", "max_chars", "max_upload_size"},
            placeholder=placeholder,
            max_chars=max_chars,
            max_upload_size=max_upload_size,
            accept_file=accept_file,
            file_type=file_type,
            accept_audio=accept_audio,
            audio_sample_rate=audio_sample_rate,
            submit_mode=submit_mode,
            width=width,
            height=height,
        )
        check_sample_rate("audio_sample_rate", audio_sample_rate)
        if dg._form:
            raise StreamlitInvalidLayoutContextError("`st.chat_input()` can't be used in a `st.form()`.")
        active = dg._active_dg
        at_bottom = active._is_root and active._root == MAIN_ROOT
        deserialize, serialize = _serde(max_chars, accept_file, allowed_types, bool(accept_audio))
        # Not register_and_enqueue: the one widget whose text on the page (set
        # through session state) is not its value (None until submitted).
        state = register_widget(
            widget_id,
            user_key=key,
            deserializer=deserialize,
            serializer=serialize,
            value_type=CHAT_INPUT_VALUE,
            on_change=callback,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
        )
        set_value = state.value_changed and isinstance(state.value, str)
        if set_value and key is not None:
            # The text assigned through session state goes into the field only;
            # the widget's value stays None until the user submits it.
            current_or_bare_ctx().session_state.reset_state_value(key, None)
        target = dg_singletons.bottom_dg() if at_bottom else dg
        target._enqueue(
            "chatInput",
            widget_props(
                dg,
                widget_id=widget_id,
                key=key,
                label="",
                label_visibility="collapsed",
                help=None,
                disabled=disabled,
                value=state.value if set_value else None,
                default=None,
                set_value=set_value,
                placeholder=str(placeholder),
                maxChars=max_chars,
                position="bottom" if at_bottom else "inline",
                submitMode=submit_mode,
                acceptFile=accept_file or False,
                accept=allowed_types,
                maxUploadSizeMb=max_upload_size or 200,
                acceptAudio=bool(accept_audio),
                audioSampleRate=audio_sample_rate,
            ),
        )
        return state.value if not state.value_changed else None
