"""Runs a function on a module right after it is first imported (or at once,
when it already is): a finder at the front of ``sys.meta_path`` wraps the
loader of the named modules only; every other import is untouched."""

from __future__ import annotations

import importlib
import importlib.abc
import sys
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any, Callable, Sequence


def _resolve(target: str) -> Callable[[Any], Any]:
    module_name, _, function = target.partition(":")
    return getattr(importlib.import_module(module_name), function)


class _PatchingLoader(importlib.abc.Loader):
    """The original loader, then the patch; everything else is forwarded."""

    def __init__(self, loader: Any, patch: str) -> None:
        self._loader = loader
        self._patch = patch

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:  # importlib protocol
        create = getattr(self._loader, "create_module", None)
        return create(spec) if create else None

    def exec_module(self, module: ModuleType) -> None:
        self._loader.exec_module(module)
        _resolve(self._patch)(module)

    def __getattr__(self, name: str) -> Any:  # get_source, is_package, ... for tracebacks
        return getattr(self._loader, name)


class PostImportPatcher(importlib.abc.MetaPathFinder):
    def __init__(self, patches: dict[str, str]) -> None:
        self.patches = dict(patches)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        patch = self.patches.get(fullname)
        if patch is None:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                break
        else:
            return None
        if spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = _PatchingLoader(spec.loader, patch)
        return spec


def install_post_import_patches(patches: dict[str, str]) -> PostImportPatcher:
    """Patches the modules already imported now, the others when they are."""
    for finder in sys.meta_path:
        if isinstance(finder, PostImportPatcher):
            return finder
    waiting = {}
    for name, patch in patches.items():
        if name in sys.modules:
            _resolve(patch)(sys.modules[name])
        else:
            waiting[name] = patch
    patcher = PostImportPatcher(waiting)
    sys.meta_path.insert(0, patcher)
    return patcher
