"""st.chat_message: a container with an avatar, one per chat message."""

from __future__ import annotations

import base64
import unicodedata
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException, StreamlitMissingRequiredParameterError
from wasmlit.type_aliases import Width
from wasmlit.elements.layout_checks import validate_width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

PRESET_NAMES = ("user", "assistant", "ai", "human")


def is_emoji(text: str) -> bool:
    """A short string made of pictographic characters (and joiners/modifiers)."""
    if not text or len(text) > 12:
        return False
    significant = False
    for char in text:
        if char in "\u200d\ufe0f\ufe0e\u20e3" or 0x1F3FB <= ord(char) <= 0x1F3FF:
            continue
        if unicodedata.category(char) == "So" or ord(char) >= 0x1F000:
            significant = True
            continue
        return False
    return significant


def _image_mime(data: bytes) -> str:
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image/webp"
    if data.lstrip().startswith(b"<svg") or data.lstrip().startswith(b"<?xml"):
        return "image/svg+xml"
    raise ValueError("unknown image format")


def avatar_props(avatar: Any) -> tuple[str, str]:
    """(avatarType, avatar): "icon" ("user"/"assistant"/":material/x:"/""),
    "emoji", or "image" (a URL)."""
    if avatar is None:
        return "icon", ""
    if isinstance(avatar, str) and avatar in PRESET_NAMES:
        return "icon", "assistant" if avatar in ("ai", "assistant") else "user"
    if isinstance(avatar, str) and is_emoji(avatar):
        return "emoji", avatar
    if isinstance(avatar, str) and avatar.startswith(":material"):
        return "icon", avatar
    try:
        if isinstance(avatar, (str, PurePath)):
            # As Streamlit's image_to_url: an http(s)/data URL, an SVG, or a file;
            # anything else (a javascript: URL too) is no image.
            from wasmlit.elements.image_data import image_source

            source = image_source(avatar, False, "RGB", "auto")
            return "image", source["url"] or f"data:{source['mime']};base64,{source['data']}"
        data = avatar.getvalue() if hasattr(avatar, "getvalue") else avatar
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(type(avatar))
        data = bytes(data)
        return "image", f"data:{_image_mime(data)};base64,{base64.b64encode(data).decode('ascii')}"
    except Exception as ex:
        raise StreamlitAPIException(
            "Failed to load the provided avatar value as an image.",
            error_id="chat-failed-loading-avatar-image",
        ) from ex


class ChatMessageMixin:
    def chat_message(self, name: str, *, avatar: Any = None, width: Width = "stretch") -> "DeltaGenerator":
        """A chat message container with an avatar ("user", "assistant", an emoji, an icon or an image).

        Args:
            name: "user", "assistant", "ai", "human" or any name (its avatar).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        dg = as_dg(self)
        if name is None:
            raise StreamlitMissingRequiredParameterError("name")
        name = str(name)
        if avatar is None and (name.lower() in PRESET_NAMES or is_emoji(name)):
            avatar = name.lower()
        avatar_type, avatar_value = avatar_props(avatar)
        # Checked as in Streamlit 1.67; the page does not size it by ``width`` yet.
        validate_width(width, allow_content=True)
        return dg._block("chatMessage", {"name": name, "avatar": avatar_value, "avatarType": avatar_type})
