"""Package-based ``st.components.v2`` components: their ``asset_dir``.

An installed package declares its components in a ``pyproject.toml`` it ships
inside the package (next to its ``__init__.py``, as package data)::

    [project]
    name = "my-package"

    [[tool.streamlit.component.components]]
    name = "my_component"
    asset_dir = "frontend/build"

``st.components.v2.component("my-package.my_component", js="index-*.js")``
then names files of that folder (relative to the ``pyproject.toml``) by path
or glob. In wasmlit the folder is part of the site: ``wasmlit build`` and
``serve`` extract it from the wheel under ``_wasmlit/components/site-packages/``
(cli/resolve_wheels.py), and the page loads the files from there.

``asset_root(component_name)`` finds the folder among the installed
distributions; ``resolve_asset(value, root, kind)`` turns a path or glob into
the one file it names, as Streamlit does (same checks, same messages).
"""

from __future__ import annotations

import functools
import sys
import re
from typing import TYPE_CHECKING, Any
from pathlib import Path, PurePosixPath

from wasmlit.errors import StreamlitComponentRegistryError

if TYPE_CHECKING:
    # Imported where they are used: importlib.metadata brings ~30 modules
    # (email, socket, csv, ...) that every boot would otherwise load or restore.
    import importlib.metadata

_GLOB_CHARACTERS = ("*", "?", "[", "]")


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _components_of(pyproject: Path) -> tuple[str | None, list[dict[str, Any]]]:
    """(project name, the component tables) of a pyproject.toml; ([]) when it declares none."""
    import tomllib

    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None, []
    table = data.get("tool", {}).get("streamlit", {}).get("component")
    raw = table.get("components") if isinstance(table, dict) else None
    if not isinstance(raw, list):
        return None, []
    project = data.get("project", {}).get("name")
    return (project if isinstance(project, str) else None), [c for c in raw if isinstance(c, dict)]


def _metadata_field(metadata: importlib.metadata.PackageMetadata, field: str) -> str:
    """One field of a distribution's metadata ("" when it has none). (Its
    ``get`` is typed only from Python 3.12 on.)"""
    return (metadata[field] if field in metadata else None) or ""


def _may_hold_components(dist: importlib.metadata.Distribution) -> bool:
    """Streamlit's cheap filter before reading a distribution's files: its name,
    summary or requirements mention streamlit, or its name starts with st-/st_."""
    metadata = dist.metadata
    name = _metadata_field(metadata, "Name").lower()
    if not name:
        return False
    if "streamlit" in name or "streamlit" in _metadata_field(metadata, "Summary").lower():
        return True
    if any("streamlit" in (req or "").lower() for req in metadata.get_all("Requires-Dist") or []):
        return True
    return name.startswith(("streamlit-", "streamlit_", "st-", "st_"))


@functools.lru_cache(maxsize=8)
def _declared_roots(search_path: tuple[str, ...]) -> dict[str, Path]:
    """Qualified component name ("<project>.<component>", canonical project) -> its asset_dir."""
    import importlib.metadata

    roots: dict[str, Path] = {}
    for dist in importlib.metadata.distributions(path=list(search_path)):
        if not _may_hold_components(dist):
            continue
        files = dist.files or []
        for file in files:
            if file.name != "pyproject.toml" or ".dist-info" in str(file):
                continue
            pyproject = Path(str(dist.locate_file(file)))
            project, components = _components_of(pyproject)
            project = project or _metadata_field(dist.metadata, "Name")
            for component in components:
                name, asset_dir = component.get("name"), component.get("asset_dir")
                if not isinstance(name, str) or not isinstance(asset_dir, str):
                    continue
                if PurePosixPath(asset_dir).is_absolute() or ".." in PurePosixPath(asset_dir).parts:
                    continue
                root = (pyproject.parent / asset_dir).resolve()
                if root.is_dir():
                    roots.setdefault(f"{_canonical(project)}.{name}", root)
    return roots


def asset_root(component_name: str) -> Path | None:
    """The asset_dir an installed package declares for `component_name`, or None."""
    project, _, name = component_name.rpartition(".")
    if not project:
        return None
    found = _declared_roots(tuple(sys.path)).get(f"{_canonical(project)}.{name}")
    if found is None:  # a package installed since the last look
        _declared_roots.cache_clear()
        found = _declared_roots(tuple(sys.path)).get(f"{_canonical(project)}.{name}")
    return found


def _assert_relative(path: str, label: str) -> None:
    pure = PurePosixPath(path.replace("\\", "/"))
    if ".." in pure.parts:
        raise StreamlitComponentRegistryError(f"Path traversal attempts are not allowed in {label}: {path}")
    if pure.is_absolute() or re.match(r"^[A-Za-z]:", path) or path.startswith("~"):
        raise StreamlitComponentRegistryError(f"Unsafe paths are not allowed in {label}: {path}")


def resolve_asset(value: str, root: Path, kind: str) -> str:
    """The asset_dir-relative POSIX path of the one file `value` (a path or glob) names."""
    if any(c in value for c in _GLOB_CHARACTERS):
        _assert_relative(value, "glob patterns")
        matches = [p.resolve() for p in root.glob(value)]
        matches = [p for p in matches if p.is_relative_to(root) and p.is_file()]
        if not matches:
            raise StreamlitComponentRegistryError(f"No files found matching pattern '{value}' in package root {root}")
        if len(matches) > 1:
            raise StreamlitComponentRegistryError(
                f"Multiple files found matching pattern '{value}': {', '.join(str(p) for p in matches)}. "
                "Exactly one file must match the pattern."
            )
        return matches[0].relative_to(root).as_posix()
    _assert_relative(value, kind)
    candidate = (root / value).resolve()
    if not candidate.is_relative_to(root):
        raise StreamlitComponentRegistryError(f"{kind} path '{candidate}' is outside the declared asset_dir '{root}'.")
    return candidate.relative_to(root).as_posix()
