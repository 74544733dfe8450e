"""st.camera_input: a photo from the user's webcam. The page captures a
frame with getUserMedia and sends it as a JPEG file named
``camera-input-<ISO time>.jpg`` (as Streamlit 1.67 names it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from wasmlit.elements.layout_checks import validate_width
from wasmlit.errors import StreamlitValueError
from wasmlit.widgets.callback_mode import validate_callback_mode
from wasmlit.widgets.captured_file import CapturedFileSerde, visible_value
from wasmlit.widgets.common import (
    check_label,
    check_widget_policies,
    compute_widget_id,
    to_key,
)
from wasmlit.widgets.enqueue import WidgetCall, register_and_enqueue
from wasmlit.type_aliases import Key, LabelVisibility, OnChange, WidgetArgs, WidgetKwargs, Width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.runtime.uploads import UploadedFile

RESOLUTION_HEIGHTS = {"480p": 480, "720p": 720, "1080p": 1080}


class CameraInputMixin:
    def camera_input(
        self,
        label: str,
        key: Key | None = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        *,
        disabled: bool = False,
        label_visibility: LabelVisibility = "visible",
        resolution: Literal["480p", "720p", "1080p"] | None = None,
        width: Width = "stretch",
    ) -> "UploadedFile | None":
        """Takes a photo with the user's camera; returns it (a JPEG file) or None.

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            help: A tooltip shown beside the label (Markdown; None: none).
            on_change: A callback run when the value changes, before the rerun; "rerun" (the
                default): just rerun; "ignore": the page keeps the new value without a rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            disabled: Shown greyed out and not usable.
            label_visibility: "visible", "hidden" (its space is kept) or "collapsed" (no space).
            resolution: "480p", "720p" or "1080p" (None: the camera's default).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        dg = as_dg(self)
        if resolution is not None and resolution not in RESOLUTION_HEIGHTS:
            raise StreamlitValueError("resolution", ["'480p'", "'720p'", "'1080p'", "None"])
        key = to_key(key)
        callback = validate_callback_mode(on_change, supported_modes=("rerun", "ignore"))
        check_widget_policies(dg, key, callback, default_value=None, writes_allowed=False)
        label = check_label(label, label_visibility)
        widget_id = compute_widget_id(
            "camera_input",
            dg,
            user_key=key,
            key_as_main_identity=True,
            label=label,
            help=help,
            width=width,
            resolution=resolution,
        )
        validate_width(width)
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
        return visible_value(
            register_and_enqueue(
                call,
                "cameraInput",
                CapturedFileSerde(".jpg"),
                value_type="file_uploader_state_value",
                default=None,
                props=dict(
                    resolutionHeight=RESOLUTION_HEIGHTS.get(resolution or ""),
                    width=width,
                    ignoreRerun=on_change == "ignore",
                ),
            )
        )
