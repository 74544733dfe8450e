"""st.audio and st.video: a native <audio>/<video> player for bytes, files or URLs."""

from __future__ import annotations

import math
import re
import struct
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Literal, overload

from wasmlit.elements import media_data
from wasmlit.elements.layout_checks import validate_width
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
)
from wasmlit.type_aliases import Width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

_PARSE_ERROR = (
    "Failed to convert '{param_name}' to a timedelta. "
    "Please use a string in a format supported by "
    "[Pandas Timedelta constructor]"
    "(https://pandas.pydata.org/docs/reference/api/pandas.Timedelta.html), "
    'e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: {param_value}'
)
_UNITS = {
    "d": 86400,
    "day": 86400,
    "days": 86400,
    "h": 3600,
    "hr": 3600,
    "hour": 3600,
    "hours": 3600,
    "m": 60,
    "min": 60,
    "minute": 60,
    "minutes": 60,
    "t": 60,
    "s": 1,
    "sec": 1,
    "second": 1,
    "seconds": 1,
    "ms": 0.001,
    "millisecond": 0.001,
    "milliseconds": 0.001,
}
_PART = re.compile(r"\s*(-?\d+(?:\.\d*)?)\s*([a-zA-Z]*)\s*")


def _string_seconds(text: str) -> float:
    """A small subset of pandas.Timedelta strings: "10s", "1h23s", "15 seconds", "90"."""
    text = text.strip()
    if not text:
        raise ValueError(text)
    total, pos = 0.0, 0
    while pos < len(text):
        match = _PART.match(text, pos)
        if not match or match.end() == pos:
            raise ValueError(text)
        unit = match.group(2).lower() or "ns"
        if unit == "ns":
            factor = 1e-9
        elif unit in _UNITS:
            factor = _UNITS[unit]
        else:
            raise ValueError(text)
        total += float(match.group(1)) * factor
        pos = match.end()
    return total


@overload
def _seconds(value: Any, name: str, allow_none: Literal[False]) -> int: ...


@overload
def _seconds(value: Any, name: str, allow_none: bool) -> int | None: ...


def _seconds(value: Any, name: str, allow_none: bool) -> int | None:
    if value is None and allow_none:
        return None
    try:
        if isinstance(value, timedelta):
            seconds = value.total_seconds()
        elif isinstance(value, str):
            seconds = _string_seconds(value)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            seconds = value
        else:
            raise ValueError(value)
        if isinstance(seconds, float) and math.isnan(seconds):
            raise ValueError(value)
        return int(seconds)
    except (ValueError, TypeError, OverflowError):
        raise StreamlitAPIException(_PARSE_ERROR.format(param_name=name, param_value=value)) from None


def _times(start_time: Any, end_time: Any) -> tuple[int, int | None]:
    start = _seconds(start_time, "start_time", allow_none=False)
    end = _seconds(end_time, "end_time", allow_none=True)
    if start < 0 or (end is not None and end <= start):
        raise StreamlitAPIException("Invalid start_time and end_time combination.")
    return start, end


def _wav(samples: Any, sample_rate: int) -> bytes:
    """A 16-bit PCM WAV of a 1-D (mono) or 2-D (channels × samples) array, scaled to full range."""
    rows = samples.tolist() if hasattr(samples, "tolist") else samples
    if rows and isinstance(rows[0], (list, tuple)):
        channels = len(rows)
        flat = [float(v) for frame in zip(*rows) for v in frame]
    elif rows is not None and not (rows and isinstance(rows[0], (list, tuple))):
        channels = 1
        flat = [float(v) for v in rows]
    else:
        raise StreamlitAPIException("Numpy array audio input must be a 1D or 2D array.")
    peak = max((abs(v) for v in flat), default=0.0)
    ints = [int(v / peak * 32767) for v in flat] if peak else [0] * len(flat)
    body = struct.pack(f"<{len(ints)}h", *ints)
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + len(body),
        b"WAVE",
        b"fmt ",
        16,
        1,
        channels,
        sample_rate,
        sample_rate * channels * 2,
        channels * 2,
        16,
        b"data",
        len(body),
    )
    return header + body


def _source(data: Any, mime: str) -> dict[str, Any]:
    data = media_data.as_path_text(data)
    if isinstance(data, str):
        if not media_data.is_file(data) and media_data.is_url(data):
            return media_data.source(url=data, mime=mime)
        with open(data, "rb") as handle:
            return media_data.source(data=handle.read(), mime=mime)
    if isinstance(data, (bytes, bytearray, memoryview)):
        return media_data.source(data=bytes(data), mime=mime)
    stream = media_data.read_stream(data)
    if stream is not None:
        return media_data.source(data=stream, mime=mime)
    if type(data).__name__ == "ndarray":
        return media_data.source(data=data.tobytes(), mime=mime)
    raise StreamlitInvalidParameterTypeError(
        "data", type(data).__name__, ["str", "bytes", "Path", "BytesIO", "file-like", "ndarray"]
    )


def _alt(alt: Any) -> str | None:
    if alt is None:
        return None
    text = str(alt).strip()
    return text or None


class MediaMixin:
    def audio(
        self,
        data: Any,
        format: str = "audio/wav",
        start_time: Any = 0,
        *,
        sample_rate: int | None = None,
        end_time: Any = None,
        loop: bool = False,
        autoplay: bool = False,
        alt: str | None = None,
        width: Width = "stretch",
    ) -> "DeltaGenerator":
        """An audio player.

        Args:
            data: The audio: a URL, a file path, bytes, a file-like object or a NumPy array.
            format: The MIME type (default "audio/wav").
            start_time: Where playback starts (seconds, or a duration such as "1m 30s").
            sample_rate: The sample rate of a NumPy array (required then).
            end_time: Where playback stops (None: at the end).
            loop: Whether playback restarts at the end.
            autoplay: Whether it starts playing on its own (browsers may block it).
            alt: A description of it for screen readers.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        start, end = _times(start_time, end_time)
        validate_width(width)
        # As in Streamlit, samples come as a NumPy array only: a list is refused
        # by _source with Streamlit's "Invalid `data` type" error.
        is_array = type(data).__name__ == "ndarray"
        if is_array:
            if sample_rate is None:
                raise StreamlitMissingRequiredParameterError(
                    "sample_rate", detail="Must be specified when `data` is a numpy array."
                )
            if hasattr(data, "shape") and len(data.shape) not in (1, 2):
                raise StreamlitAPIException("Numpy array audio input must be a 1D or 2D array.")
            src = media_data.source(data=_wav(data, int(sample_rate)), mime="audio/wav")
        elif data is None:
            src = media_data.source()
        else:
            src = _source(data, format)
        return as_dg(self)._enqueue(
            "audio",
            {
                "src": src,
                "startTime": start,
                "endTime": end,
                "loop": bool(loop),
                "autoplay": bool(autoplay),
                "alt": _alt(alt),
                "width": width,
            },
        )

    def video(
        self,
        data: Any,
        format: str = "video/mp4",
        start_time: Any = 0,
        *,
        subtitles: Any = None,
        end_time: Any = None,
        loop: bool = False,
        autoplay: bool = False,
        muted: bool = False,
        alt: str | None = None,
        width: Width = "stretch",
    ) -> "DeltaGenerator":
        """A video player.

        Args:
            data: The video: a URL, a file path, bytes or a file.
            format: The MIME type (default "video/mp4").
            start_time: Where playback starts (seconds, or a duration such as "1m 30s").
            subtitles: Subtitles: a path, text or bytes, or a dict of label -> subtitles.
            end_time: Where playback stops (None: at the end).
            loop: Whether playback restarts at the end.
            autoplay: Whether it starts playing on its own (browsers may block it).
            muted: Whether it starts muted.
            alt: A description of it for screen readers.
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        start, end = _times(start_time, end_time)
        validate_width(width)
        tracks = []
        if subtitles:
            from wasmlit.elements.subtitles import subtitle_tracks

            tracks = subtitle_tracks(subtitles)
        src = media_data.source() if data is None else _source(data, format)
        return as_dg(self)._enqueue(
            "video",
            {
                "src": src,
                "startTime": start,
                "endTime": end,
                "loop": bool(loop),
                "autoplay": bool(autoplay),
                "muted": bool(muted),
                "alt": _alt(alt),
                "width": width,
                "subtitles": tracks,
            },
        )
