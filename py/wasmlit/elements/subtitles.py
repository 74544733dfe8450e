"""st.video(subtitles=...): WebVTT text for each subtitle track (SubRip is
converted), from a file path, raw text, bytes or a stream, as Streamlit
accepts them."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path
from typing import Any

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueError

_SRT_TIME = re.compile(r"(\d{2}:\d{2}:\d{2}),(\d{3})")
_SRT_TIMING_LINE = re.compile(r"\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}")
ALLOWED_SUFFIXES = (".srt", ".vtt")


def _decoded(data: "str | bytes") -> str:
    if isinstance(data, bytes):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise StreamlitAPIException("Could not decode the input stream as UTF-8.") from e
    return data


def _looks_like_srt(text: str) -> bool:
    lines = text[:33].strip().split("\n")
    return len(lines) >= 2 and lines[0].isdigit() and bool(_SRT_TIMING_LINE.search(lines[1]))


def srt_to_vtt(data: "str | bytes") -> str:
    return ("WEBVTT\n\n" + _SRT_TIME.sub(r"\1.\2", _decoded(data))).strip()


def _track_text(data: Any) -> str:
    if isinstance(data, (str, Path)):
        text = str(data)
        if os.path.isfile(text):
            suffix = Path(text).suffix.lower()
            if suffix not in ALLOWED_SUFFIXES:
                raise StreamlitValueError("subtitles", list(ALLOWED_SUFFIXES), detail=f"Got {suffix}.")
            content = Path(text).read_bytes()
            return srt_to_vtt(content) if suffix == ".srt" else _decoded(content)
        if isinstance(data, Path):
            raise StreamlitAPIException(f"File {data} does not exist.")
        stripped = text.strip()
        if stripped.startswith("WEBVTT") or stripped == "":
            return stripped
        if _looks_like_srt(stripped):
            return srt_to_vtt(stripped)
        raise StreamlitValueError("subtitles", ["VTT-formatted text", "SRT-formatted text"])
    if isinstance(data, io.BytesIO):
        data = data.getvalue()
    if isinstance(data, bytes):
        text = _decoded(data)
        return srt_to_vtt(text) if _looks_like_srt(text) else text
    raise StreamlitInvalidParameterTypeError("subtitles", type(data).__name__, ["str", "bytes", "Path", "BytesIO"])


def subtitle_tracks(subtitles: Any) -> list[dict[str, str]]:
    """[{label, vtt}] for the page's <track> elements."""
    if isinstance(subtitles, (str, bytes, io.BytesIO, Path)):
        items = [("default", subtitles)]
    elif isinstance(subtitles, dict):
        items = list(subtitles.items())
    else:
        raise StreamlitInvalidParameterTypeError(
            "subtitles", type(subtitles).__name__, ["str", "bytes", "BytesIO", "Path", "dict"]
        )
    return [{"label": str(label or ""), "vtt": _track_text(data)} for label, data in items]
