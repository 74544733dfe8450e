"""st.audio_input: a recording from the user's microphone. The page records
with MediaRecorder, resamples to ``sample_rate`` (mono, 16-bit PCM) and
sends a WAV file named ``<YYYY-MM-DDTHH-MM>_audio.wav`` (UTC, as Streamlit
1.67 names it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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

ALLOWED_SAMPLE_RATES = frozenset({8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000})


def check_sample_rate(parameter: str, sample_rate: Any) -> None:
    """Streamlit's check of ``sample_rate`` / ``audio_sample_rate``."""
    if sample_rate is not None and sample_rate not in ALLOWED_SAMPLE_RATES:
        raise StreamlitValueError(parameter, [str(rate) for rate in sorted(ALLOWED_SAMPLE_RATES)] + ["None"])


class AudioInputMixin:
    def audio_input(
        self,
        label: str,
        *,
        sample_rate: int | None = 16000,
        key: Key | None = None,
        help: str | None = None,
        on_change: OnChange = "rerun",
        args: WidgetArgs | None = None,
        kwargs: WidgetKwargs | None = None,
        disabled: bool = False,
        label_visibility: LabelVisibility = "visible",
        width: Width = "stretch",
    ) -> "UploadedFile | None":
        """Records audio from the user's microphone; returns the recording (a WAV file) or None.

        Args:
            label: The label (Markdown: bold, italics, links, emoji, ``:material/name:`` icons).
            sample_rate: The recording's sample rate in Hz (None: the browser's).
            key: Names the widget in ``st.session_state`` and gives it a stable identity (str or
                int; None: derived from its parameters).
            help: A tooltip shown beside the label (Markdown; None: none).
            on_change: A callback run when the value changes, before the rerun; "rerun" (the
                default): just rerun; "ignore": the page keeps the new value without a rerun.
            args: Positional arguments passed to the callback.
            kwargs: Keyword arguments passed to the callback.
            disabled: Shown greyed out and not usable.
            label_visibility: "visible", "hidden" (its space is kept) or "collapsed" (no space).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        dg = as_dg(self)
        check_sample_rate("sample_rate", sample_rate)
        key = to_key(key)
        callback = validate_callback_mode(on_change, supported_modes=("rerun", "ignore"))
        check_widget_policies(dg, key, callback, default_value=None, writes_allowed=False)
        label = check_label(label, label_visibility)
        widget_id = compute_widget_id(
            "audio_input",
            dg,
            user_key=key,
            key_as_main_identity=True,
            label=label,
            help=help,
            width=width,
            sample_rate=sample_rate,
        )
        validate_width(width)
        # Streamlit 1.67 sends audio_input's help only with a non-empty label
        # (camera_input's always).
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
            help=help if label else None,
            disabled=disabled,
        )
        return visible_value(
            register_and_enqueue(
                call,
                "audioInput",
                CapturedFileSerde(".wav"),
                value_type="file_uploader_state_value",
                default=None,
                props=dict(sampleRate=sample_rate, width=width, ignoreRerun=on_change == "ignore"),
            )
        )
