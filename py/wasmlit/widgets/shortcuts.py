"""Keyboard shortcuts of buttons (``shortcut="Ctrl+K"``): checked and
normalized as Streamlit 1.67 does ("ctrl+shift+k": modifiers in a fixed
order, then one key), so the page can match key presses against them."""

from __future__ import annotations

import sys

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

MODIFIER_ALIASES = {
    "ctrl": "ctrl",
    "control": "ctrl",
    "mod": "ctrl",
    "cmd": "cmd",
    "command": "cmd",
    "meta": "cmd",
    "alt": "alt",
    "option": "alt",
    "shift": "shift",
}
MODIFIER_ORDER = ("ctrl", "cmd", "alt", "shift")
KEY_ALIASES = {
    "enter": "enter",
    "return": "enter",
    "space": "space",
    "spacebar": "space",
    "tab": "tab",
    "escape": "escape",
    "esc": "escape",
    "backspace": "backspace",
    "delete": "delete",
    "del": "delete",
    "home": "home",
    "end": "end",
    "pageup": "pageup",
    "pagedown": "pagedown",
    "left": "left",
    "arrowleft": "left",
    "right": "right",
    "arrowright": "right",
    "up": "up",
    "arrowup": "up",
    "down": "down",
    "arrowdown": "down",
}
# The page's own shortcuts: Clear cache and Rerun.
RESERVED_KEYS = {"c", "r"}
BROWSER_RESERVED = frozenset(
    {
        "ctrl+t",
        "cmd+t",
        "ctrl+w",
        "cmd+w",
        "ctrl+n",
        "cmd+n",
        "ctrl+shift+t",
        "cmd+shift+t",
        "ctrl+shift+n",
        "cmd+shift+n",
        "ctrl+shift+w",
        "cmd+shift+w",
        "ctrl+tab",
        "ctrl+shift+tab",
        "cmd+tab",
        "cmd+shift+tab",
        "ctrl+pageup",
        "ctrl+pagedown",
        "cmd+pageup",
        "cmd+pagedown",
        "ctrl+l",
        "cmd+l",
        "alt+f4",
        "f11",
    }
)
_warned: set[str] = set()


def _key_token(token: str) -> str:
    if token in KEY_ALIASES:
        return KEY_ALIASES[token]
    if len(token) == 1 and token.isalnum():
        return token
    if token.startswith("f") and token[1:].isdigit():
        return token
    raise StreamlitAPIException(
        "shortcut must include a single character or one of the supported keys (e.g. Enter, Space, Tab, Escape).",
        error_id="shortcut-missing-character-or-key",
    )


def normalize_shortcut(shortcut: object) -> str:
    if not isinstance(shortcut, str):
        raise StreamlitInvalidParameterTypeError("shortcut", type(shortcut).__name__, ["str"])
    tokens = [token.strip() for token in shortcut.split("+") if token.strip()]
    if not tokens:
        raise StreamlitAPIException(
            "The `shortcut` must contain at least one key or modifier.", error_id="shortcut-empty"
        )
    modifiers: list[str] = []
    key: str | None = None
    for raw in tokens:
        token = raw.lower()
        if token in MODIFIER_ALIASES:
            if MODIFIER_ALIASES[token] not in modifiers:
                modifiers.append(MODIFIER_ALIASES[token])
            continue
        if key is not None:
            raise StreamlitAPIException(
                "The `shortcut` may only specify a single non-modifier key.",
                error_id="shortcut-multiple-non-modifier-keys",
            )
        key = _key_token(token)
        if key in RESERVED_KEYS:
            raise StreamlitAPIException(
                "The `shortcut` cannot use the keys 'C' or 'R', with or without modifiers.",
                error_id="shortcut-reserved-key",
            )
    if key is None:
        raise StreamlitAPIException(
            "The `shortcut` must include a non-modifier key such as 'K' or 'Ctrl+K'.",
            error_id="shortcut-missing-non-modifier-key",
        )
    normalized = "+".join([m for m in MODIFIER_ORDER if m in modifiers] + [key])
    if normalized in BROWSER_RESERVED and normalized not in _warned:
        _warned.add(normalized)
        print(
            f"The shortcut {shortcut} is typically reserved by the browser or operating "
            "system and may never reach Streamlit. Consider choosing a different combination.",
            file=sys.stderr,
        )
    return normalized
