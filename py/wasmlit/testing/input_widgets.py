"""AppTest classes of st.camera_input, st.audio_input, st.datetime_input and
st.menu_button, with the API of ``streamlit.testing.v1``.

A photo or recording set with ``set_value((filename, content, mime_type))``
(or ``upload``) is stored as the page stores an uploaded file and sent in the
next run; ``.value`` is what the last run returned (an UploadedFile or None).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Callable

from wasmlit.runtime.uploads import store_upload
from wasmlit.testing.element_tree import InitialValue, Widget, _str, _unset
from wasmlit.testing.errors import AppTestError

CAMERA_INPUT_MIME = "image/jpeg"
AUDIO_INPUT_MIME = "audio/wav"
_CAMERA_RESOLUTIONS = {480: "480p", 720: "720p", 1080: "1080p"}


def _one_file(file: object, *, what: str, verb: str, noun: str, extension: str, mime: str) -> tuple[str, bytes, str]:
    """The (filename, content, mime_type) of one capture, checked as Streamlit's AppTest does."""
    if (
        isinstance(file, tuple)
        and len(file) == 3
        and isinstance(file[0], str)
        and isinstance(file[1], (bytes, bytearray))
        and isinstance(file[2], str)
    ):
        filename, content, mime_type = file
        if not filename.lower().endswith(extension):
            raise AppTestError(f"st.{what} only {verb} {extension} files. Got filename {filename!r}.")
        if mime_type.lower() != mime:
            raise AppTestError(f"st.{what} {noun}s use MIME type {mime!r}. Got {mime_type!r}.")
        return filename, bytes(content), mime
    if isinstance(file, list):
        raise AppTestError(f"st.{what} {verb} one {noun}. A list is not accepted.")
    raise AppTestError(
        f"st.{what} {verb} one {noun}. "
        "Pass one (filename, content, mime_type) tuple whose content is bytes, "
        f"or None to clear. Got {type(file).__name__}."
    )


class _CapturedFileWidget(Widget):
    """A widget whose value is one captured file (UploadedFile or None)."""

    _what = ""
    _verb = ""
    _noun = ""
    _extension = ""
    _mime = ""

    def set_value(self, file: tuple[str, bytes, str] | None) -> Any:
        """Sets the file (filename, content, mime_type) for the next run, or None to clear it."""
        self._assert_can_interact()
        if file is None:
            self._value = None
            self._wire = []
            return self
        filename, content, mime_type = _one_file(
            file, what=self._what, verb=self._verb, noun=self._noun, extension=self._extension, mime=self._mime
        )
        file_id = uuid.uuid4().hex
        store_upload(file_id, content)
        self._value = (filename, content, mime_type)
        self._wire = [{"fileId": file_id, "name": filename, "type": mime_type, "size": len(content)}]
        return self

    def upload(self, filename: str, content: bytes, mime_type: str | None = None) -> Any:
        """Stages one file, replacing any staged before."""
        return self.set_value((filename, content, mime_type or self._mime))

    def clear(self) -> Any:
        return self.set_value(None)

    @property
    def value(self) -> Any:
        """What the last run returned (a staged file is seen after run())."""
        try:
            value = self.root._state_value(self.id)
        except KeyError:
            return None
        return value if hasattr(value, "getvalue") else None


class CameraInput(_CapturedFileWidget):
    """st.camera_input: ``set_value(("shot.jpg", jpeg_bytes, "image/jpeg"))``."""

    _what, _verb, _noun, _extension, _mime = "camera_input", "captures", "photo", ".jpg", CAMERA_INPUT_MIME

    @property
    def resolution(self) -> str | None:
        return _CAMERA_RESOLUTIONS.get(self._props.get("resolutionHeight") or 0)


class AudioInput(_CapturedFileWidget):
    """st.audio_input: ``set_value(("clip.wav", wav_bytes, "audio/wav"))``."""

    _what, _verb, _noun, _extension, _mime = "audio_input", "records", "recording", ".wav", AUDIO_INPUT_MIME

    @property
    def sample_rate(self) -> int | None:
        return self._props.get("sampleRate")


class DateTimeInput(Widget):
    """st.datetime_input: ``set_value(datetime | None)``."""

    @property
    def format(self) -> str:
        return _str(self._props.get("format"))

    @property
    def min(self) -> str:
        return _str(self._props.get("min"))

    @property
    def max(self) -> str:
        return _str(self._props.get("max"))

    @property
    def step(self) -> int:
        return int(self._props.get("step") or 900)

    def set_value(self, v: datetime | None) -> "DateTimeInput":
        return super().set_value(v)


class MenuButton(Widget):
    """st.menu_button: ``click(option)`` / ``click_index(i)`` picks an option
    for the next run only (a trigger, like a button)."""

    _sends_current_value = False

    def __init__(self, props: dict[str, Any], root: Any, type_: str) -> None:
        super().__init__(props, root, type_)
        self._value = None

    @property
    def options(self) -> list[str]:
        return list(self._props.get("options") or [])

    @property
    def format_func(self) -> Callable[[Any], str]:
        return lambda option: self.root._to_wire(self.id, option)

    def _has_pending_value(self) -> bool:
        return self._value is not None

    @property
    def value(self) -> Any:
        """The option picked for the next run, else what the last run returned."""
        if self._value is not None:
            return self._value
        return self.root._returned.get(self.id)

    def set_value(self, v: Any) -> "MenuButton":
        super().set_value(v)
        if v is None:
            self._value = None
        return self

    def click(self, v: Any) -> "MenuButton":
        return self.set_value(v)

    def click_index(self, index: int) -> "MenuButton":
        label = self.options[index]
        runner = self.root._runner
        assert runner is not None, "this tree belongs to no AppTest"
        self.set_value(runner._from_wire(self.id, label))
        self._wire = label
        return self


__all__ = ["AudioInput", "CameraInput", "DateTimeInput", "InitialValue", "MenuButton", "_unset"]
