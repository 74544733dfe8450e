"""What st.camera_input and st.audio_input share: the value is the one file
the page captured (a JPEG photo, a WAV recording), sent to the worker like an
uploaded file (wasmlit.runtime.uploads); the wire value lists it as
``[{fileId, name, type, size}]`` ([] when cleared)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wasmlit.runtime.uploads import DeletedFile, UploadedFile, file_infos, open_uploads
from wasmlit.widgets.file_uploader import enforce_filename_restriction


@dataclass(frozen=True)
class CapturedFileSerde:
    """One captured file whose name must end in ``extension``."""

    extension: str

    def serialize(self, value: Any) -> list[dict[str, Any]]:
        return file_infos(value)

    def deserialize(self, wire: Any) -> UploadedFile | DeletedFile | None:
        files = open_uploads(wire)
        if not files:
            return None
        first = files[0]
        if isinstance(first, UploadedFile):
            enforce_filename_restriction(first.name, [self.extension])
        return first


def visible_value(value: Any) -> UploadedFile | None:
    """The script's value: a file whose bytes are gone reads as None."""
    return None if isinstance(value, DeletedFile) else value
