"""Changed files of the app: which modules are imported anew, and whether the
change is one Streamlit reruns (or offers to rerun) for.

The page writes new versions of the app's files into the worker (``wasmlit
serve`` when a file changes on disk, a live-edit playground,
``controller.writeFile``). The entrypoint is read again by the next run anyway;
modules the script imports are cached in ``sys.modules`` and would keep their
old code. As Streamlit does when a watched source file changes, every module
loaded from the app's folder is dropped then (not only the changed one: a
module that did ``from helper import X`` must see the new ``X``), so the next
run imports them anew.

Streamlit watches the main script, the pages, the modules loaded from the
app's folder and ``.streamlit/secrets.toml``; a change of another file (data,
requirements, a module nothing imports) neither reruns nor prompts. A change
of a page script other than the one shown does not either.
"""

from __future__ import annotations

import importlib
import os
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from wasmlit.runtime.app_session import AppSession

SECRETS_FILE = os.path.join(".streamlit", "secrets.toml")


def _real(path: str) -> str:
    return os.path.normcase(os.path.realpath(path))


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _module_file(module: ModuleType) -> str | None:
    file = getattr(module, "__file__", None)
    if isinstance(file, str):
        return file
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    return origin if isinstance(origin, str) and os.path.isabs(origin) else None


def app_modules(app_dir: str) -> dict[str, str]:
    """Modules loaded from the app's folder: name -> real path of their file."""
    folder = _real(app_dir)
    found = {}
    for name, module in list(sys.modules.items()):
        if name == "__main__" or module is None:
            continue
        file = _module_file(module)
        if file is not None and _inside(_real(file), folder):
            found[name] = _real(file)
    return found


def forget_changed_modules(app_dir: str, changed: Iterable[str]) -> list[str]:
    """When one of ``changed`` (paths relative to ``app_dir``, or absolute) is
    the file of a module loaded from the app's folder, removes every module
    loaded from that folder (and their submodules) from sys.modules. Returns the
    removed names, sorted."""
    targets = {_real(os.path.join(app_dir, path)) for path in changed}
    modules = app_modules(app_dir)
    removed: list[str] = []
    if targets & set(modules.values()):
        prefixes = tuple(f"{name}." for name in modules)
        for name in list(sys.modules):
            if name in modules or name.startswith(prefixes):
                del sys.modules[name]
                removed.append(name)
    # New files must be found by the next import, too.
    importlib.invalidate_caches()
    return sorted(removed)


def is_source_change(
    app_dir: str,
    changed: Iterable[str],
    *,
    main_script: str,
    page_scripts: Iterable[str] = (),
    current_page_script: str | None = None,
    module_files: Iterable[str] = (),
) -> bool:
    """Whether Streamlit would rerun (or offer to) for these changed files:
    the main script, the page shown (other pages do not count), a module
    loaded from the app's folder (``module_files``, real paths, as they were
    before the change) or the secrets file."""
    pages = {_real(p) for p in page_scripts}
    current = _real(current_page_script) if current_page_script else None
    watched = {_real(main_script), _real(os.path.join(app_dir, SECRETS_FILE)), *module_files, *pages}
    for path in changed:
        real = _real(os.path.join(app_dir, path))
        if real in pages and real != current:
            continue
        if real in watched:
            return True
    return False


def files_changed(session: AppSession, app_dir: str, paths: Iterable[str]) -> dict[str, bool]:
    """After the page wrote (or removed) ``paths`` in the app's folder: drops
    the app's modules when one of them changed, and says what the page should
    do, as Streamlit's server decides for a watched file:
    ``{"sourceChanged", "runOnSave", "allowRunOnSave"}`` (rerun at once when
    the change is a source change and runOnSave is set, else offer Rerun)."""
    paths = list(paths)
    module_files = set(app_modules(app_dir).values())
    forget_changed_modules(app_dir, paths)
    pages_manager = session.runner.pages_manager
    pages = [page.script_path for page in (pages_manager.pages or {}).values() if page.script_path]
    shown = pages_manager.page(pages_manager.current_page_hash)
    config = session.config
    return {
        "sourceChanged": is_source_change(
            app_dir,
            paths,
            main_script=session.script_path,
            page_scripts=pages,
            current_page_script=shown.script_path if shown is not None else None,
            module_files=module_files,
        ),
        "runOnSave": bool(config.get_option("server.runOnSave")),
        "allowRunOnSave": bool(config.get_option("server.allowRunOnSave")),
    }
