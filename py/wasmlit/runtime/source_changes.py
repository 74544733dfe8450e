"""Changed source files of the app: the modules loaded from them are forgotten.

When the page writes new versions of the app's files (a live-edit playground,
``controller.writeFile``), the entrypoint is read again by the next run anyway;
modules the script imports are cached in ``sys.modules`` and would keep their
old code. As Streamlit does when a watched source file changes, the modules
loaded from the changed files are dropped, so the next run imports them anew.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Iterable


def _real(path: str) -> str:
    return os.path.normcase(os.path.realpath(path))


def forget_changed_modules(app_dir: str, changed: Iterable[str]) -> list[str]:
    """Removes from sys.modules every module loaded from one of ``changed``
    (paths relative to ``app_dir``, or absolute). Returns the removed names."""
    targets = {_real(os.path.join(app_dir, path)) for path in changed}
    removed = []
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None)
        if name == "__main__" or not isinstance(file, str):
            continue
        if _real(file) in targets:
            del sys.modules[name]
            removed.append(name)
    importlib.invalidate_caches()
    return sorted(removed)
