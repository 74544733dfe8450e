"""st.file_uploader: the page sends the files' bytes to the worker once
(see wasmlit.runtime.uploads); the widget's wire value lists them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Sequence

from wasmlit.elements.layout_checks import validate_width
from wasmlit.errors import StreamlitAPIException, StreamlitValueError
from wasmlit.runtime.context import current_or_bare_ctx
from wasmlit.runtime.uploads import DeletedFile, UploadedFile, file_infos, open_uploads
from wasmlit.widgets.callback_mode import validate_callback_mode
from wasmlit.widgets.common import (
    check_label,
    check_widget_policies,
    compute_widget_id,
    to_key,
)
from wasmlit.widgets.enqueue import WidgetCall, register_and_enqueue
from wasmlit.type_aliases import Key, LabelVisibility, OnChange, WidgetArgs, WidgetKwargs, Width
from wasmlit.dg_mixin import as_dg


DEFAULT_MAX_UPLOAD_SIZE_MB = 200
CATEGORY_SHORTCUTS = frozenset({"image", "audio", "video", "text"})
TYPE_PAIRS = [(".jpg", ".jpeg"), (".mpg", ".mpeg"), (".mp4", ".mpeg4"), (".tif", ".tiff"), (".htm", ".html")]


def normalize_upload_file_type(file_type: str | Sequence[str]) -> list[str]:
    """Shortcuts -> "image/*"; MIME types lowercased; extensions -> ".ext",
    with Streamlit's automatic pairs (.jpg/.jpeg, ...). MIME types first."""
    if isinstance(file_type, str):
        file_type = [file_type]
    extensions: list[str] = []
    mime_types: list[str] = []
    for raw in file_type:
        entry = str(raw).strip()
        if not entry:
            continue
        if entry.lower() in CATEGORY_SHORTCUTS:
            mime_types.append(f"{entry.lower()}/*")
        elif "/" in entry:
            mime_types.append(entry.lower())
        else:
            ext = entry.lower()
            extensions.append(ext if ext.startswith(".") else f".{ext}")
    for x, y in TYPE_PAIRS:
        if x in extensions and y not in extensions:
            extensions.append(y)
        if y in extensions and x not in extensions:
            extensions.append(x)
    return mime_types + extensions


def enforce_filename_restriction(filename: str, allowed_types: Sequence[str]) -> None:
    """Re-checks an uploaded file's extension (the page checks first)."""
    if "\0" in filename:
        raise StreamlitAPIException("Filename cannot contain null bytes.", error_id="filename-contains-null-bytes")
    has_mime_types = any("/" in t for t in allowed_types)
    extension_types = [t.lower() for t in allowed_types if t.startswith(".")]
    if has_mime_types or not extension_types:
        return
    extension = os.path.splitext(filename)[1]
    if not any(filename.lower().endswith(t) for t in extension_types):
        raise StreamlitAPIException(
            f"Invalid file extension: `{extension}`. Allowed: {extension_types}",
            error_id="file-uploader-invalid-extension",
        )


@dataclass(frozen=True)
class UploadSerde:
    """The wire lists the uploaded files as ``[{fileId, name, type, size}]``
    ([] = none); each file's name must have one of ``allowed_types``."""

    multiple: bool
    allowed_types: Sequence[str] | None

    def serialize(self, files: Any) -> list[dict[str, Any]]:
        return file_infos(files)

    def deserialize(self, wire: Any) -> Any:
        files = open_uploads(wire)
        for f in files:
            if self.allowed_types and isinstance(f, UploadedFile):
                enforce_filename_restriction(f.name, self.allowed_types)
        if not files:
            return [] if self.multiple else None
        return files if self.multiple else files[0]


def _check_max_upload_size(value: Any) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise StreamlitValueError(
            "max_upload_size",
            ["a positive integer"],
            detail="Set it to None to fall back to the `server.maxUploadSize` configuration option.",
        )


class FileUploaderMixin:
    def file_uploader(
        self,
        label: str,
        type: str | Sequence[str] | None = None,
        accept_multiple_files: bool | str = False,
        key: Key | None = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        *,
        max_upload_size: int | None = None,
        disabled: bool = False,
        label_visibility: LabelVisibility = "visible",
        width: Width = "stretch",
    ) -> Any:
        """A file drop zone; returns the uploaded file, a list of them, or None.

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            type: The allowed file extensions (None: any).
            accept_multiple_files: False (one file), True (several) or "directory".
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            help: A tooltip shown beside the label (Markdown; None: none).
            on_change: A callback run when the value changes, before the rerun; "rerun" (the
                default): just rerun; "ignore": the page keeps the new value without a rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            max_upload_size: The largest file in MB (None: ``server.maxUploadSize``).
            disabled: Shown greyed out and not usable.
            label_visibility: "visible", "hidden" (its space is kept) or "collapsed" (no space).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        dg = as_dg(self)
        key = to_key(key)
        callback = validate_callback_mode(on_change, supported_modes=("rerun", "ignore"))
        _check_max_upload_size(max_upload_size)
        check_widget_policies(dg, key, callback, default_value=None, writes_allowed=False)
        label = check_label(label, label_visibility)
        widget_id = compute_widget_id(
            "file_uploader",
            dg,
            user_key=key,
            key_as_main_identity={"type", "accept_multiple_files", "max_upload_size"},
            max_upload_size=max_upload_size,
            label=label,
            type=type,
            accept_multiple_files=accept_multiple_files,
            help=help,
            width=width,
        )
        validate_width(width)  # as 1.67: "stretch" or pixels
        normalized = normalize_upload_file_type(type) if type else None
        directory = accept_multiple_files == "directory"
        multiple = accept_multiple_files is True or directory
        if max_upload_size is None:
            configured = current_or_bare_ctx().config.get_option("server.maxUploadSize")
            max_upload_size = (
                configured if isinstance(configured, int) and configured > 0 else DEFAULT_MAX_UPLOAD_SIZE_MB
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
        )
        value = register_and_enqueue(
            call,
            "fileUploader",
            UploadSerde(multiple, normalized),
            value_type="file_uploader_state_value",
            default=None,
            props=dict(
                accept=list(normalized or []),
                multiple=multiple,
                directory=directory,
                maxUploadSizeMb=max_upload_size,
                ignoreRerun=on_change == "ignore",
                width=width,
            ),
        )
        if isinstance(value, DeletedFile):
            return None
        if isinstance(value, list):
            return [f for f in value if not isinstance(f, DeletedFile)]
        return value
