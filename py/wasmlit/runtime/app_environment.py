"""Where the app runs, as the page told the runtime at boot: the app's folder in
the browser and the path its author knows it by, its requirements, and the
Pyodide it runs on. Error messages use it to show the author's own paths and
to say what to do (:mod:`wasmlit.elements.exception_hints`). Under plain
CPython (tests, AppTest) there is none: paths are real and no hints apply."""

from __future__ import annotations

import json
import ntpath
import re
from dataclasses import dataclass, field
from typing import Any, Callable

_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def canonical_name(name: str) -> str:
    """PEP 503: "Scikit_Learn" -> "scikit-learn"."""
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass
class PyodideDistribution:
    """Where Pyodide's compiled packages come from (cli/pyodide-distribution.js)."""

    version: str = ""
    archive_url: str = ""
    archive_size: str = ""
    cdn_url: str = ""


@dataclass
class AppEnvironment:
    app_dir: str
    # The app's folder as its author knows it (`wasmlit serve`: the real path);
    # None: paths are shown relative to the app's folder (a built site, an
    # embedded app), so no build machine's path reaches the page.
    source_dir: str | None = None
    entrypoint: str = "app.py"
    requirements: list[str] = field(default_factory=list)
    # How the site gets Pyodide's compiled packages: "url" (a base URL was
    # given), "shipped" (copied into the site), or None (nowhere: the npm
    # package that wasmlit bundles has none).
    pyodide_packages: str | None = None
    distribution: PyodideDistribution = field(default_factory=PyodideDistribution)
    # () -> pyodide-lock.json's "packages" (read only when a hint needs it).
    lock_packages: Callable[[], dict[str, Any]] | None = None

    @classmethod
    def from_json(cls, text: str | None, app_dir: str, entrypoint: str) -> "AppEnvironment":
        data = json.loads(text) if text else {}
        dist = data.get("distribution") or {}
        return cls(
            app_dir=app_dir,
            source_dir=data.get("sourceDir") or None,
            entrypoint=entrypoint,
            requirements=list(data.get("requirements") or []),
            pyodide_packages=data.get("pyodidePackages") or None,
            distribution=PyodideDistribution(
                version=str(dist.get("version") or ""),
                archive_url=str(dist.get("archiveURL") or ""),
                archive_size=str(dist.get("archiveSize") or ""),
                cdn_url=str(dist.get("cdnURL") or ""),
            ),
            lock_packages=_pyodide_lock_packages,
        )

    def required_names(self) -> set[str]:
        names = set()
        for line in self.requirements:
            match = _REQUIREMENT_NAME.match(line)
            if match:
                names.add(canonical_name(match.group(1)))
        return names

    def in_app_dir(self, path: str) -> str | None:
        """``path`` (absolute, in the browser) relative to the app's folder, or None."""
        root = self.app_dir.rstrip("/")
        if path == root:
            return ""
        if path.startswith(root + "/"):
            return path[len(root) + 1 :]
        return None

    def shown_path(self, path: str) -> str:
        """A path in the browser as the app's author knows it."""
        relative = self.in_app_dir(path)
        if relative is None:
            return path
        if self.source_dir is None:
            return relative or "."
        if not relative:
            return self.source_dir
        if "\\" in self.source_dir and "/" not in self.source_dir:  # served from Windows
            return ntpath.join(self.source_dir, relative.replace("/", "\\"))
        return self.source_dir.rstrip("/") + "/" + relative


def _pyodide_lock_packages() -> dict[str, Any]:
    try:
        import pyodide_js
    except ImportError:
        return {}
    try:
        return dict(pyodide_js.lockfile.packages.to_py())
    except Exception:  # noqa: BLE001 - a hint is never worth an error of its own
        return {}


_current: AppEnvironment | None = None


def set_app_environment(environment: AppEnvironment | None) -> None:
    global _current
    _current = environment


def app_environment() -> AppEnvironment | None:
    return _current
