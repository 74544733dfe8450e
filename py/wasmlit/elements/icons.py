"""The ``icon`` parameters: one emoji, a ``:material/name:`` shortcode, or
"spinner", checked with Streamlit 1.67's rules and messages.

Difference: Streamlit checks a Material name against its list of Material
Symbols and an emoji against its emoji catalogue; wasmlit ships neither
list, so it accepts any well-formed Material name (lowercase letters, digits,
underscores) and any short run of pictographic characters."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

_EMOJI_SHORTCODE = re.compile(r":[a-zA-Z0-9_+-]+:")
_MATERIAL_SHORTCODE = re.compile(r"^\s*:(.+)\/(.+):\s*$")
_MATERIAL_NAME = re.compile(r"[a-z0-9_]+")
_ZWSP = "\u200b"
_FORMAT_HINT = f"Please use a single emoji or a Material icon shortcode like `:material{_ZWSP}/thumb_up:`."
# Joiners, variation selectors, the keycap mark, skin tones and tag
# characters combine with pictographs into one emoji.
_COMBINING = set("\u200d\ufe0f\ufe0e\u20e3")


def is_emoji(text: str) -> bool:
    """A short string of pictographic characters (with their modifiers); a
    character followed by the emoji variation selector (U+FE0F, e.g. "ℹ️")
    or the keycap mark counts whatever its Unicode category."""
    if not text or text.isascii() or len(text) > 16:
        return False
    significant = False
    for index, char in enumerate(text):
        code = ord(char)
        if char in _COMBINING or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:
            continue
        following = text[index + 1 : index + 2]
        if following in ("\ufe0f", "\u20e3") and not char.isspace():
            significant = True
            continue
        if 0x1F1E6 <= code <= 0x1F1FF or unicodedata.category(char) == "So" or code >= 0x1F000:
            significant = True
            continue
        return False
    return significant


def validate_emoji(maybe_emoji: str | None) -> str:
    if maybe_emoji is None:
        return ""
    if is_emoji(maybe_emoji):
        return maybe_emoji
    raise StreamlitAPIException(
        f'The value "{maybe_emoji}" is not a valid emoji. Please use a single emoji.',
    )


def validate_material_icon(maybe_icon: str | None) -> str:
    if maybe_icon is None:
        return ""
    shown = maybe_icon.replace("/", _ZWSP + "/")
    match = _MATERIAL_SHORTCODE.match(maybe_icon)
    if not match:
        raise StreamlitAPIException(
            f'The value `"{shown}"` is not a valid Material icon. Please use a Material icon '
            f"shortcode like **`:material{_ZWSP}/thumb_up:`**",
        )
    pack, name = match.groups()
    if pack != "material" or not _MATERIAL_NAME.fullmatch(name):
        raise StreamlitAPIException(
            f'The value `"{shown}"` is not a valid Material icon. Please use a Material icon '
            f"shortcode like **`:material{_ZWSP}/thumb_up:`**.",
        )
    return f":{pack}/{name}:"


def _looks_like_url(icon: str) -> bool:
    return "://" in icon or icon[:5].lower() == "data:" or icon.startswith("//")


def validate_icon_or_emoji(icon: Any) -> str:
    """The icon in normalized form ("" for none)."""
    if icon is None:
        return ""
    if not isinstance(icon, str):
        raise StreamlitInvalidParameterTypeError("icon", type(icon).__name__, ["str", "None"])
    icon = icon.strip()
    if not icon:
        return ""
    if icon == "spinner":
        return "spinner"
    if icon.startswith(":"):
        if icon.lower().startswith(":material"):
            return validate_material_icon(icon)
        if _EMOJI_SHORTCODE.fullmatch(icon):
            raise StreamlitAPIException(
                f'The value "{icon}" is not a valid icon. Emoji shortcodes are not supported. {_FORMAT_HINT}'
            )
    if _looks_like_url(icon):
        shown = icon if len(icon) <= 60 else f"{icon[:60]}…"
        raise StreamlitAPIException(
            f'The value "{shown}" looks like a URL. Images are not supported for `icon`. '
            f"{_FORMAT_HINT} To follow support for image icons, see "
            "https://github.com/streamlit/streamlit/issues/9770."
        )
    if icon.isascii():
        raise StreamlitAPIException(f'The value "{icon}" is not a valid icon. {_FORMAT_HINT}')
    return validate_emoji(icon)
