"""st.download_button: the file's bytes travel with the element (base64);
the page offers them as a Blob download and reruns like a button."""

from __future__ import annotations

import base64
import io
import mimetypes
import os
from typing import Any

from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.elements.layout_checks import layout_props
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidLayoutContextError
from wasmlit.widgets.button import (
    FORM_DOCS_INFO,
    check_button_type,
    normalize_icon_position,
    width_from_container_width,
)
from wasmlit.widgets.callback_mode import validate_callback_mode
from wasmlit.widgets.shortcuts import normalize_shortcut
from wasmlit.widgets.common import (
    check_widget_policies,
    compute_widget_id,
    to_key,
)
from wasmlit.widgets.enqueue import WidgetCall, register_and_enqueue
from wasmlit.widgets.serde import TriggerSerde
from wasmlit.type_aliases import ButtonType, IconPosition, Key, OnChange, WidgetArgs, WidgetKwargs, Width
from wasmlit.dg_mixin import as_dg


# Streamlit's extensions for MIME types Python's table lacks or disagrees on.
_PREFERRED_EXTENSIONS = {"audio/wav": ".wav", "text/vtt": ".vtt", "application/vnd.apache.arrow.stream": ""}


def data_to_bytes(data: Any) -> tuple[bytes, str]:
    """The bytes to download and the MIME type inferred from the data's kind."""
    if isinstance(data, str):
        return data.encode(), "text/plain"
    if isinstance(data, io.TextIOWrapper):
        return data.read().encode(), "text/plain"
    if isinstance(data, io.StringIO):
        return data.getvalue().encode(), "text/plain"
    if isinstance(data, bytes):
        return data, "application/octet-stream"
    if isinstance(data, io.BytesIO):
        data.seek(0)
        return data.getvalue(), "application/octet-stream"
    if isinstance(data, (io.BufferedReader, io.RawIOBase)):
        data.seek(0)
        return data.read() or b"", "application/octet-stream"
    raise StreamlitAPIException(
        f"Invalid binary data format: {type(data)}",
        error_id="download-button-invalid-binary-data-format",
    )


def _infer_file_info(data: Any, file_name: str | None, mime: str | None) -> tuple[str | None, str | None]:
    """A file opened from disk names the download when file_name/mime are missing."""
    try:
        name = getattr(data, "name", None)
    except (AttributeError, ValueError, OSError):
        return file_name, mime
    if not isinstance(name, str) or not name or isinstance(data, str):
        return file_name, mime
    if file_name is None:
        file_name = os.path.basename(name)
    if mime is None:
        mime = mimetypes.guess_type(file_name)[0]
    return file_name, mime


def default_file_name(mime: str) -> str:
    if mime in _PREFERRED_EXTENSIONS:
        extension = _PREFERRED_EXTENSIONS[mime]
    else:
        extension = mimetypes.guess_extension(mime, strict=False) or ""
    return f"streamlit_download{extension}"


class DownloadButtonMixin:
    def download_button(
        self,
        label: str,
        data: Any,
        file_name: str | None = None,
        mime: str | None = None,
        key: Key | None = None,
        help: str | None = None,
        on_click: OnChange = "rerun",
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
        """A button that downloads ``data`` as a file; returns True during the
        run its click started (``on_click="ignore"``: the click downloads without a rerun).

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            file_name: The downloaded file's name (None: from the data).
            mime: The MIME type (None: from the data).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            help: A tooltip shown beside the label (Markdown; None: none).
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
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
        dg = as_dg(self)
        width = width_from_container_width(use_container_width, width)
        check_button_type(type)
        icon_position = normalize_icon_position(icon_position)
        key = to_key(key)
        label = "" if label is None else str(label)
        callback = validate_callback_mode(on_click, supported_modes=("rerun", "ignore"), param_name="on_click")
        normalized_shortcut = None if shortcut is None else normalize_shortcut(shortcut)
        check_widget_policies(dg, key, callback, default_value=None, writes_allowed=False)
        widget_id = compute_widget_id(
            "download_button",
            dg,
            user_key=key,
            key_as_main_identity=True,
            label=label,
            icon=icon,
            file_name=file_name,
            mime=mime,
            help=help,
            type=type,
            width=width,
            icon_position=icon_position,
            shortcut=normalized_shortcut,
        )
        if dg._form:
            raise StreamlitInvalidLayoutContextError(
                f"`st.download_button()` can't be used in an `st.form()`.{FORM_DOCS_INFO}"
            )
        if callable(data):
            data = data()
        file_name, mime = _infer_file_info(data, file_name, mime)
        payload, inferred_mime = data_to_bytes(data)
        mime = mime or inferred_mime
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
                "downloadButton",
                TriggerSerde(),
                value_type="trigger_value",
                default=False,
                show_value=False,
                props=dict(
                    kind=type,
                    icon=icon_text or None,
                    iconPosition=icon_position,
                    useContainerWidth=width == "stretch",
                    fileName=file_name or default_file_name(mime),
                    mime=mime,
                    data=base64.b64encode(payload).decode("ascii"),
                    ignoreRerun=on_click == "ignore",
                    shortcut=normalized_shortcut,
                    wrap=wrap,
                    layout=layout_props(width=width, allow_content_width=True, default_width="content"),
                ),
            )
        )
