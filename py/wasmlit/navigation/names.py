"""Page names, icons and URL pathnames inferred from file names, as Streamlit
infers them (``03_📈_Plot_data.py`` -> icon 📈, name ``Plot_data``)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

PAGE_FILENAME = re.compile(r"([0-9]*)[_ -]*(.*)\.py")


def _is_emoji_char(char: str) -> bool:
    return unicodedata.category(char) == "So" or ord(char) >= 0x1F000


_EMOJI_JOINERS = "\u200d\ufe0f\ufe0e\u20e3"


def extract_leading_emoji(text: str) -> tuple[str, str]:
    """(the leading emoji, the rest without a separator after it)."""
    if not text or text.isascii() or not _is_emoji_char(text[0]):
        return "", text
    end = 1
    while end < len(text) and (
        text[end] in _EMOJI_JOINERS
        or 0x1F3FB <= ord(text[end]) <= 0x1F3FF
        or (text[end - 1] == "\u200d" and _is_emoji_char(text[end]))
    ):
        end += 1
    return text[:end], re.sub(r"^[_ -]+", "", text[end:])


def page_icon_and_name(script_path: Path) -> tuple[str, str]:
    """Icon and name (underscores kept: it is also the URL pathname)."""
    match = PAGE_FILENAME.search(script_path.name)
    if match is None:
        return "", ""
    icon_and_name = re.sub(r"[_ ]+", "_", match.group(2)).strip() or match.group(1)
    return extract_leading_emoji(icon_and_name)


def page_sort_key(script_path: Path) -> tuple[float, str]:
    match = PAGE_FILENAME.search(script_path.name)
    number, label = (match.group(1), match.group(2)) if match else ("", script_path.name)
    return (float(number) if number else float("inf"), label.lower())


def sanitize_url_path(title: str) -> str:
    """A URL pathname from an external page's title."""
    path = re.sub(r"\s+", "_", title.lower())
    path = re.sub(r"[&#?/\\:*\"<>|']", "", path).strip("_")
    return re.sub(r"_+", "_", path)
