"""Where the page finds a custom component's frontend folder.

A component declared with ``path=DIR`` is shown in an iframe that loads
``DIR/index.html``. In the browser there is no server that could read DIR
from Python's file system, so ``wasmlit build`` and ``wasmlit serve`` put the
frontends into the site ahead of time (cli/components.js), at URLs that follow
the folder's place:

- a folder inside the app's folder: ``_wasmlit/components/app/<path from the
  app folder>/``;
- a folder inside an installed package (site-packages, from the app's
  vendored wheels): ``_wasmlit/components/site-packages/<path from
  site-packages>/``.

``frontend_url(path)`` gives that site-relative URL (with a trailing slash),
or None for a folder that is neither (the page then says so).
"""

from __future__ import annotations

import os
import site
import sysconfig
from urllib.parse import quote

SITE_PREFIX = "_wasmlit/components"
APP_PREFIX = f"{SITE_PREFIX}/app"
PACKAGES_PREFIX = f"{SITE_PREFIX}/site-packages"


def site_packages_dirs() -> list[str]:
    """Absolute folders Python installs packages into, most specific first."""
    dirs: list[str] = []
    for getter in (
        lambda: [sysconfig.get_path("purelib")],
        lambda: [sysconfig.get_path("platlib")],
        site.getsitepackages,
        lambda: [site.getusersitepackages()],
    ):
        try:
            found = getter()
        except Exception:  # noqa: BLE001 - some interpreters lack a user site
            continue
        for folder in found or []:
            if folder:
                real = os.path.realpath(folder)
                if real not in dirs:
                    dirs.append(real)
    return dirs


def _inside(path: str, folder: str) -> str | None:
    """`path` relative to `folder` (POSIX separators), or None when outside it."""
    try:
        rel = os.path.relpath(path, folder)
    except ValueError:  # another drive (Windows)
        return None
    if rel == os.curdir:
        return ""
    if rel.startswith(os.pardir + os.sep) or rel == os.pardir or os.path.isabs(rel):
        return None
    return rel.replace(os.sep, "/")


def _url(prefix: str, rel: str) -> str:
    parts = [quote(part) for part in rel.split("/") if part]
    return "/".join([prefix, *parts]) + "/"


def frontend_url(path: str, app_dir: str | None) -> str | None:
    """The site-relative URL of the component folder `path`, or None."""
    real = os.path.realpath(path)
    for folder in site_packages_dirs():
        rel = _inside(real, folder)
        if rel:
            return _url(PACKAGES_PREFIX, rel)
    if app_dir:
        rel = _inside(real, os.path.realpath(app_dir))
        if rel is not None:
            return _url(APP_PREFIX, rel)
    return None
