"""st.error, st.warning, st.info, st.success.

As in Streamlit 1.67, a body that starts with an emoji or a
``:material/...:`` icon (and no ``icon`` given) shows it as the icon;
``title`` is a bold markdown line above the body."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from wasmlit.elements.icons import validate_icon_or_emoji, validate_material_icon
from wasmlit.elements.layout_checks import layout_values, validate_width
from wasmlit.elements.text_util import clean_text
from wasmlit.errors import StreamlitAPIException
from wasmlit.navigation.names import extract_leading_emoji
from wasmlit.type_aliases import Width
from wasmlit.dg_mixin import as_dg

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


def extract_leading_icon(text: str) -> tuple[str, str]:
    """(a leading emoji or Material icon, the rest without the separator)."""
    if text.startswith(":material"):
        match = re.match(r"^(:[^:]+:)\s*(.*)", text, re.DOTALL)
        if match:
            try:
                return validate_material_icon(match.group(1)), match.group(2)
            except StreamlitAPIException:
                pass
    icon, rest = extract_leading_emoji(text)
    if icon:
        return icon, rest.lstrip()
    return "", text


def body_and_icon(body: Any, icon: Any) -> tuple[str, str]:
    text = clean_text(body)
    if icon is not None:
        return text, validate_icon_or_emoji(icon)
    found, rest = extract_leading_icon(text)
    return (rest, found) if found else (text, "")


class AlertMixin:
    def _alert(self, fmt: str, body: Any, icon: Any, width: Any, title: Any) -> "DeltaGenerator":
        text, icon_text = body_and_icon(body, icon)
        props: dict[str, Any] = {"body": text, "format": fmt, "icon": icon_text or None}
        if title is not None:
            props["title"] = clean_text(title)
        validate_width(width)
        props["layout"] = layout_values(width=(width, "stretch"))
        return as_dg(self)._enqueue("alert", props)

    def error(
        self, body: Any, *, icon: str | None = None, width: Width = "stretch", title: Any = None
    ) -> "DeltaGenerator":
        """An error message box (markdown), with an optional bold ``title``.

        Args:
            body: The message (Markdown).
            icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        return self._alert("error", body, icon, width, title)

    def warning(
        self, body: Any, *, icon: str | None = None, width: Width = "stretch", title: Any = None
    ) -> "DeltaGenerator":
        """A warning message box (markdown), with an optional bold ``title``.

        Args:
            body: The message (Markdown).
            icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        return self._alert("warning", body, icon, width, title)

    def info(
        self, body: Any, *, icon: str | None = None, width: Width = "stretch", title: Any = None
    ) -> "DeltaGenerator":
        """An informational message box (markdown), with an optional bold ``title``.

        Args:
            body: The message (Markdown).
            icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        return self._alert("info", body, icon, width, title)

    def success(
        self, body: Any, *, icon: str | None = None, width: Width = "stretch", title: Any = None
    ) -> "DeltaGenerator":
        """A success message box (markdown), with an optional bold ``title``.

        Args:
            body: The message (Markdown).
            icon: An emoji or a ``:material/name:`` icon shown beside it (None: none).
            width: "stretch" (the container's width), "content" (as wide as its content) or
                pixels.
        """
        return self._alert("success", body, icon, width, title)
