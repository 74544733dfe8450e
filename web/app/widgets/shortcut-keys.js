// Keyboard shortcuts of buttons (shortcut="Ctrl+K", Streamlit 1.67). Python
// normalizes them ("ctrl+shift+k": modifiers, then one key; py/wasmlit/
// widgets/shortcuts.py). Ctrl, Cmd and Mod all mean the platform's key
// (Cmd on a Mac, Ctrl elsewhere). A shortcut without Ctrl/Cmd/Alt whose key
// types text or moves the caret does not fire while the user types in a
// field, as in Streamlit.

const MODIFIERS = ["ctrl", "cmd", "alt", "shift", "mod"];
const MODIFIER_TEXT = { ctrl: "Ctrl", cmd: "⌘", alt: "Alt", shift: "Shift", mod: "Mod" };
const KEY_TEXT = {
  enter: "Enter", space: "Space", tab: "Tab", escape: "Esc", backspace: "Backspace", delete: "Delete",
  home: "Home", end: "End", pageup: "PageUp", pagedown: "PageDown", left: "←", right: "→", up: "↑", down: "↓",
};
const EDITING_KEYS = new Set(["left", "right", "up", "down", "home", "end", "pageup", "pagedown", "backspace", "delete"]);
const TYPING_TAGS = new Set(["INPUT", "TEXTAREA", "SELECT"]);
const EVENT_KEYS = {
  " ": "space", arrowleft: "left", arrowright: "right", arrowup: "up", arrowdown: "down", esc: "escape",
};

export function isMac() {
  return typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent || "");
}

/** "ctrl+shift+k" -> {tokens: ["ctrl", "shift"], baseKey: "k"} (null when empty). */
export function parseShortcut(shortcut) {
  if (!shortcut) return null;
  const tokens = [];
  let baseKey = null;
  for (const part of String(shortcut).toLowerCase().split("+").map((p) => p.trim()).filter(Boolean)) {
    if (MODIFIERS.includes(part)) tokens.push(part);
    else baseKey = part;
  }
  const hasSystemModifier = tokens.some((t) => t !== "shift");
  return { tokens, baseKey, hasSystemModifier };
}

/** The text Streamlit shows for a shortcut: "Ctrl + K", "⌘ + ⌥ + K" (Mac), "Shift + Enter". */
export function shortcutText(shortcut, mac = isMac()) {
  const parsed = parseShortcut(shortcut);
  if (!parsed) return null;
  const parts = [];
  for (const modifier of MODIFIERS) {
    if (!parsed.tokens.includes(modifier)) continue;
    if (modifier === "ctrl" || modifier === "cmd" || modifier === "mod") parts.push(mac ? MODIFIER_TEXT.cmd : MODIFIER_TEXT.ctrl);
    else if (modifier === "alt" && mac) parts.push("⌥");
    else parts.push(MODIFIER_TEXT[modifier]);
  }
  if (parsed.baseKey) parts.push(KEY_TEXT[parsed.baseKey] ?? parsed.baseKey.toUpperCase());
  return parts.length ? [...new Set(parts)].join(" + ") : null;
}

/** The key of a keydown event in the shortcut's vocabulary ("k", "1", "enter", "left", "f5"). */
export function eventKey(event) {
  const code = event.code || "";
  if (/^Key[A-Z]$/.test(code)) return code.slice(3).toLowerCase();
  if (/^Digit[0-9]$/.test(code)) return code.slice(5);
  const key = String(event.key || "").toLowerCase();
  return EVENT_KEYS[key] ?? key;
}

export function matchesShortcut(event, parsed, mac = isMac()) {
  if (!parsed || !parsed.baseKey) return false;
  const wantsPlatform = parsed.tokens.some((t) => t === "ctrl" || t === "cmd" || t === "mod");
  const platform = mac ? event.metaKey : event.ctrlKey;
  const other = mac ? event.ctrlKey : event.metaKey;
  if (wantsPlatform !== platform || other) return false;
  if (parsed.tokens.includes("alt") !== event.altKey) return false;
  if (parsed.tokens.includes("shift") !== event.shiftKey) return false;
  return eventKey(event) === parsed.baseKey;
}

function typingTarget(event) {
  const path = event.composedPath ? event.composedPath() : [event.target];
  return path.some((node) => node && node.tagName && (TYPING_TAGS.has(node.tagName) || node.isContentEditable));
}

/** True when the shortcut must not fire because the user is typing in a field. */
export function suppressedWhileTyping(event, parsed) {
  if (!typingTarget(event) || parsed.hasSystemModifier) return false;
  const key = parsed.baseKey;
  return !key || /^[a-z0-9]$/.test(key) || key === "space" || key === "tab" || key === "enter" || EDITING_KEYS.has(key);
}
