"""What to do about an uncaught exception whose cause is the browser, not the
script: a package the app did not list, a file outside the app's folder. The
page shows these lines under Streamlit's own exception element (whose texts
stay Streamlit's). No hint without an app environment (plain CPython)."""

from __future__ import annotations

import os
import posixpath
import sys
from typing import Any

from wasmlit.runtime.app_environment import AppEnvironment, canonical_name

# Folders the CLI leaves out of the app (cli/app-bundle.js, skippedDir).
LEFT_OUT_DIRS = frozenset({"__pycache__", "node_modules", "venv", "site-packages"})


def exception_hints(exc: BaseException, env: AppEnvironment | None) -> list[str]:
    """Markdown paragraphs for ``exc`` (or the exceptions it was raised from)."""
    if env is None:
        return []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        hint = _hint(current, env)
        if hint:
            return [hint]
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    return []


def _hint(exc: BaseException, env: AppEnvironment) -> str | None:
    try:
        if isinstance(exc, ModuleNotFoundError) and exc.name:
            return missing_module_hint(exc.name, env)
        if isinstance(exc, FileNotFoundError) and exc.filename is not None:
            return missing_file_hint(os.fsdecode(exc.filename), env)
    except Exception:  # noqa: BLE001 - a hint never replaces the error it explains
        return None
    return None


# --------------------------------------------------------------------------- modules


def _lock_index(env: AppEnvironment) -> dict[str, tuple[str, bool]]:
    """import name -> (Pyodide package name, compiled?) from pyodide-lock.json."""
    packages = env.lock_packages() if env.lock_packages else {}
    index: dict[str, tuple[str, bool]] = {}
    for key, entry in packages.items():
        if entry.get("package_type", "package") != "package":
            continue
        name = entry.get("name") or key
        compiled = not str(entry.get("file_name", "")).endswith("-none-any.whl")
        for module in entry.get("imports") or [name]:
            index.setdefault(module, (name, compiled))
    return index


RELOAD = "reload the page (`wasmlit serve`) or build the site again"


def _distribution_step(env: AppEnvironment) -> str:
    dist = env.distribution
    version = dist.version or "of the same version"
    size = f" ({dist.archive_size})" if dist.archive_size else ""
    archive = (
        f"[{posixpath.basename(dist.archive_url)}]({dist.archive_url}){size}"
        if dist.archive_url
        else "its release archive"
    )
    online = f"`--pyodide-packages-url {dist.cdn_url}`" if dist.cdn_url else "`--pyodide-packages-url URL`"
    return (
        f"wasmlit takes these packages from a Pyodide {version} distribution, which it does not bundle: "
        f"download {archive}, extract it and pass `--pyodide-packages path/to/pyodide` to `wasmlit serve` "
        f"or `wasmlit build` (the site then ships the package files it needs), or pass {online} "
        f"(the page then loads them from there, online)."
    )


def missing_module_hint(module_name: str, env: AppEnvironment) -> str | None:
    top = module_name.split(".")[0]
    if not top or top in sys.modules:
        return None  # a missing submodule of an importable package: the package's own business
    requirements = f"`requirements.txt` next to `{env.entrypoint}`"
    if top in getattr(sys, "stdlib_module_names", ()):
        return (
            f"`{top}` is part of Python's standard library, but not of the Python that runs in the "
            f"browser (Pyodide): a wasmlit app cannot use it."
        )
    found = _lock_index(env).get(top)
    if found is not None:
        package, compiled = found
        if canonical_name(package) in env.required_names():
            return None  # listed, yet not importable: the boot said why
        if compiled:
            tail = _distribution_step(env) if env.pyodide_packages is None else f"Then {RELOAD}."
            what = (
                f"**{package}** is one of Pyodide's compiled packages"
                if top == package
                else f"`{top}` comes with Pyodide's compiled package **{package}**"
            )
            return f"{what}: add the line `{package}` to {requirements}. {tail}"
        return (
            f"`{top}` is not installed: add the line `{package}` to {requirements}, "
            f"then {RELOAD} (wasmlit ships its pure-Python wheel with the app)."
        )
    return (
        f"If `{top}` is a package from PyPI, add it to {requirements} (its name there may differ from "
        f"the module's), then {RELOAD}: wasmlit ships pure-Python wheels with the app; a package "
        f"with compiled code runs only if Pyodide builds it. If it is a module of your own, put "
        f"`{top}.py` into the app's folder."
    )


# --------------------------------------------------------------------------- files


def missing_file_hint(filename: str, env: AppEnvironment) -> str | None:
    folder = f"the app's folder (`{env.source_dir}`)" if env.source_dir else "the app's folder"
    source = env.source_dir.rstrip("/\\") if env.source_dir else None
    if source and (filename == source or filename.startswith((source + "/", source + "\\"))):
        relative = filename[len(source) + 1 :].replace("\\", "/")
        return (
            f"In the browser {folder} is `{env.app_dir}`, so your computer's paths do not exist there: "
            f"open the file by a path relative to the app's folder (`{relative}`), or as "
            f'`pathlib.Path(__file__).parent / "{relative}"`.'
        )
    full = posixpath.normpath(posixpath.join(os.getcwd(), filename))
    inside = env.in_app_dir(full)
    if inside is None:
        return (
            f"Only {folder} is shipped with the app, and `{filename}` is outside it. Move the file "
            f"into the app's folder (or a subfolder) and open it by a relative path such as "
            f"`{posixpath.basename(full) or 'data.csv'}`."
        )
    parts = inside.split("/")[:-1]
    left_out = next(
        (
            p
            for p in parts
            if (p.startswith(".") and p != ".streamlit") or p in LEFT_OUT_DIRS or p.endswith(".egg-info")
        ),
        None,
    )
    if left_out:
        return (
            f"`{left_out}/` is left out of the app (wasmlit does not ship hidden folders, "
            f"`node_modules`, virtual environments or caches): move the file into another folder of the app."
        )
    return None


def hints_props(exc: BaseException, env: AppEnvironment | None) -> dict[str, Any]:
    hints = exception_hints(exc, env)
    return {"hints": hints} if hints else {}
