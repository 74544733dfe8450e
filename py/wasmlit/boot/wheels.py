"""Installing the site's vendored pure-Python wheels at boot, without micropip.

The build (``wasmlit build``/``serve``) resolved the app's requirements and
their dependencies into a wheelhouse already, so the worker only has to unpack
each wheel into site-packages, as pip does for a pure-Python wheel: its files
go to site-packages, the contents of ``<name>.data/purelib`` and ``platlib``
too, and the ``.dist-info`` folder gets an ``INSTALLER`` file (so
``importlib.metadata`` sees the distribution). Loading micropip and running
its resolver would cost more than the app's whole boot.
"""

from __future__ import annotations

import os
import posixpath
import zipfile
from typing import Iterable

INSTALLER = "wasmlit"
_LIBRARY_SCHEMES = ("purelib", "platlib")


class WheelInstallError(Exception):
    pass


def install_wheels(paths: Iterable[str], site_packages: str) -> list[str]:
    """Installs each wheel file; returns the installed distributions' dist-info folders."""
    return [install_wheel(path, site_packages) for path in paths]


def install_wheel(path: str, site_packages: str) -> str:
    name = os.path.basename(path)
    try:
        wheel = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        raise WheelInstallError(f"{name} is not a wheel (a zip file): {error}") from None
    with wheel:
        members = [info for info in wheel.infolist() if not info.is_dir()]
        dist_info = _dist_info_folder(name, members)
        data_folder = dist_info[: -len(".dist-info")] + ".data"
        for info in members:
            target = _target(info.filename, data_folder)
            if target is None:
                continue
            destination = os.path.join(site_packages, *target.split("/"))
            os.makedirs(os.path.dirname(destination), exist_ok=True)
            with wheel.open(info) as source, open(destination, "wb") as out:
                out.write(source.read())
    with open(os.path.join(site_packages, dist_info, "INSTALLER"), "w", encoding="utf-8") as file:
        file.write(INSTALLER + "\n")
    return dist_info


def _dist_info_folder(name: str, members: list[zipfile.ZipInfo]) -> str:
    folders = {
        info.filename.split("/", 1)[0]
        for info in members
        if "/" in info.filename and info.filename.split("/", 1)[0].endswith(".dist-info")
    }
    if len(folders) != 1:
        raise WheelInstallError(f"{name} has {len(folders)} .dist-info folders (a wheel has exactly one)")
    return folders.pop()


def _target(member: str, data_folder: str) -> str | None:
    """Where a wheel member goes, relative to site-packages (None: not installed)."""
    path = posixpath.normpath(member)
    if path.startswith(("/", "../")) or path == ".." or "\\" in member:
        raise WheelInstallError(f"the wheel member {member!r} would be written outside site-packages")
    head, _, rest = path.partition("/")
    if head != data_folder:
        return path
    scheme, _, inner = rest.partition("/")
    # Scripts, headers and data files have no place in a browser's Python.
    return inner if scheme in _LIBRARY_SCHEMES and inner else None
