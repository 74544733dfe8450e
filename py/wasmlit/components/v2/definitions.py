"""The registered ``st.components.v2`` components: name -> HTML, CSS and JS.

As in Streamlit, ``css`` and ``js`` are inline content unless they look like
a file path or glob (one line with a path separator, a glob character, a
leading ``./`` or ``/``, or a .js/.css/.mjs/.cjs ending). File-backed assets
need the component to be declared by an installed package with an
``asset_dir`` (pyproject.toml, manifests.py); the page then loads the file
from the site (``jsUrl`` / ``cssUrl``: the asset_dir extracted from the wheel
under _wasmlit/components/site-packages/). Without a manifest, a path gives
Streamlit's error for a component without ``asset_dir``.
Registering a name again replaces the earlier definition (the last one wins).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from wasmlit.components.frontend_urls import frontend_url
from wasmlit.components.v2 import manifests
from wasmlit.errors import StreamlitAPIException

_GLOB_CHARACTERS = ("*", "?", "[", "]")


@dataclass(frozen=True)
class ComponentDefinition:
    name: str
    html: str | None = None
    css: str | None = None
    js: str | None = None
    # Site-relative URLs of file-backed css/js (package-based components).
    css_url: str | None = None
    js_url: str | None = None


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


def _file_backed(name: str, value: str, kind: str) -> tuple[str | None, str | None]:
    """(inline content, site URL) for a path or glob into the component's asset_dir."""
    root = manifests.asset_root(name)
    if root is None:
        raise StreamlitAPIException(
            f"Component '{name}' must be declared in pyproject.toml with asset_dir to use file-backed {kind}.",
            error_id="component-missing-asset-dir",
        )
    rel = manifests.resolve_asset(value, root, kind)
    base = frontend_url(str(root), None)
    if base is None:  # an asset_dir outside site-packages: the site lacks it, send the file itself
        return (root / rel).read_text(encoding="utf-8"), None
    return None, base + "/".join(quote(part) for part in rel.split("/"))


def register(name: str, html: str | None, css: str | None, js: str | None) -> ComponentDefinition:
    urls: dict[str, str | None] = {"css": None, "js": None}
    content = {"css": css, "js": js}
    for kind, value in (("css", css), ("js", js)):
        if value is not None and not looks_like_inline_content(value):
            content[kind], urls[kind] = _file_backed(name, value, kind)
    definition = ComponentDefinition(name, html, content["css"], content["js"], urls["css"], urls["js"])
    _definitions[name] = definition
    return definition


def ensure(name: str, html: str | None, css: str | None, js: str | None) -> None:
    """Registers the captured content again when the name is unknown (a new session's run)."""
    if name not in _definitions:
        register(name, html, css, js)


def get(name: str) -> ComponentDefinition | None:
    return _definitions.get(name)
