"""Files the user uploaded in the page, as the script sees them.

The page sends each picked file's bytes to the worker once, in an `upload`
message (protocol/messages.js); the worker writes them to
``UPLOAD_DIR/<fileId>``. A file widget's wire value only lists the files
(``{fileId, name, type, size}``); reading that value opens the bytes here.
"""

from __future__ import annotations

import io
import os
import re
from typing import Any, NamedTuple

UPLOAD_DIR = "/tmp/wasmlit-uploads"

_FILE_ID = re.compile(r"^[A-Za-z0-9_-]{1,128}$")


class UploadedFileRec(NamedTuple):
    """Metadata and raw bytes of an uploaded file."""

    file_id: str
    name: str
    type: str
    data: bytes


class DeletedFile(NamedTuple):
    """A listed file whose bytes are gone (dropped from the result)."""

    file_id: str


class UploadedFile(io.BytesIO):
    """A file uploaded by the user: a BytesIO with ``name``, ``type``, ``size``
    and ``file_id``. Two UploadedFiles are equal when their file ids are."""

    def __init__(self, record: UploadedFileRec, file_urls: Any = None) -> None:
        super().__init__(record.data)
        self.file_id = record.file_id
        self.name = record.name
        self.type = record.type
        self.size = len(record.data)
        self._file_urls = file_urls

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return self.file_id == other.file_id

    def __hash__(self) -> int:
        return hash(self.file_id)

    def __repr__(self) -> str:
        return f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, type={self.type!r}, size={self.size})"


def upload_path(file_id: str) -> str | None:
    """Where the worker put a file's bytes (None for a malformed id)."""
    if not isinstance(file_id, str) or not _FILE_ID.match(file_id):
        return None
    return os.path.join(UPLOAD_DIR, file_id)


def store_upload(file_id: str, data: bytes) -> None:
    """Writes a file's bytes as the worker does (used by tests and tools)."""
    path = upload_path(file_id)
    if path is None:
        raise ValueError(f"invalid file id: {file_id!r}")
    os.makedirs(UPLOAD_DIR, exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def open_uploads(infos: Any) -> list[UploadedFile | DeletedFile]:
    """The files a wire value lists, in order ([] for no value)."""
    if not isinstance(infos, list):
        return []
    files: list[UploadedFile | DeletedFile] = []
    for info in infos:
        if not isinstance(info, dict):
            continue
        file_id = str(info.get("fileId", ""))
        path = upload_path(file_id)
        try:
            if path is None:
                raise FileNotFoundError(file_id)
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            files.append(DeletedFile(file_id))
            continue
        mime = str(info.get("type") or "application/octet-stream")
        files.append(UploadedFile(UploadedFileRec(file_id, str(info.get("name", "")), mime, data)))
    return files


def file_infos(files: Any) -> list[dict[str, Any]]:
    """The wire form of uploaded files (DeletedFile entries are left out)."""
    if not files:
        return []
    if not isinstance(files, list):
        files = [files]
    return [
        {"fileId": f.file_id, "name": f.name, "type": f.type, "size": f.size}
        for f in files
        if isinstance(f, UploadedFile)
    ]
