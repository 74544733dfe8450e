"""The registered ``st.components.v2`` components: name -> HTML, CSS and JS.

As in Streamlit, ``css`` and ``js`` are inline content unless they look like
a file path or glob (one line with a path separator, a glob character, a
leading ``./`` or ``/``, or a .js/.css/.mjs/.cjs ending). File-backed assets
need the component to be declared by an installed package with an
``asset_dir`` (pyproject.toml); wasmlit does not read package manifests yet,
so a path gives Streamlit's error for a component without ``asset_dir``.
Registering a name again replaces the earlier definition (the last one wins).
"""

from __future__ import annotations

from dataclasses import dataclass

from wasmlit.errors import StreamlitAPIException

_GLOB_CHARACTERS = ("*", "?", "[", "]")


@dataclass(frozen=True)
class ComponentDefinition:
    name: str
    html: str | None = None
    css: str | None = None
    js: str | None = None


def looks_like_inline_content(value: str) -> bool:
    """Streamlit's heuristic: True for inline JS/CSS, False for a path or glob."""
    text = value.strip()
    if "\n" in text or "\r" in text:
        return True
    if any(c in text for c in _GLOB_CHARACTERS):
        return False
    if text.startswith(("./", "/", "\\")):
        return False
    if "/" in text or "\\" in text:
        return False
    return not text.lower().endswith((".js", ".css", ".mjs", ".cjs"))


_definitions: dict[str, ComponentDefinition] = {}


def register(name: str, html: str | None, css: str | None, js: str | None) -> ComponentDefinition:
    for kind, value in (("css", css), ("js", js)):
        if value is not None and not looks_like_inline_content(value):
            raise StreamlitAPIException(
                f"Component '{name}' must be declared in pyproject.toml with asset_dir "
                f"to use file-backed {kind}.",
                error_id="component-missing-asset-dir",
            )
    definition = ComponentDefinition(name, html, css, js)
    _definitions[name] = definition
    return definition


def ensure(name: str, html: str | None, css: str | None, js: str | None) -> None:
    """Registers the captured content again when the name is unknown (a new session's run)."""
    if name not in _definitions:
        register(name, html, css, js)


def get(name: str) -> ComponentDefinition | None:
    return _definitions.get(name)
