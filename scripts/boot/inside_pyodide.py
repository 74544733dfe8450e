"""Build-time helpers run by Pyodide's own CPython inside Node (scripts/boot/make.mjs).

Nothing here runs in the browser. The functions are called from JavaScript
through `pyodide.globals`; file contents pass through Pyodide's file system.

Bytecode files are *unchecked hash-based* pycs (PEP 552): the interpreter
loads them without comparing them against the source, so the sources can sit
next to them (for tracebacks and `inspect`) without a timestamp that would
have to match. They are made by the same interpreter build that loads them, so
the magic number always matches.
"""

import importlib
import importlib.util
import marshal
import os
import sys
import zipfile

STDLIB_ZIP_PREFIX = f"/lib/python{sys.version_info.major}{sys.version_info.minor}.zip/"
# A fixed date for the zip entries written here: the same inputs make the same bytes.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def pyc_bytes(source: bytes, filename: str) -> bytes:
    """An unchecked hash-based pyc of `source`; `filename` becomes co_filename."""
    code = compile(source, filename, "exec", dont_inherit=True, optimize=0)
    header = importlib.util.MAGIC_NUMBER + (0b01).to_bytes(4, "little") + importlib.util.source_hash(source)
    return header + marshal.dumps(code)


def loaded_modules(prefixes):
    """{module name: file} for the loaded modules whose file starts with one of `prefixes`."""
    found = {}
    for name, module in list(sys.modules.items()):
        origin = getattr(getattr(module, "__spec__", None), "origin", None) or getattr(module, "__file__", None)
        if isinstance(origin, str) and origin.startswith(tuple(prefixes)):
            found[name] = origin
    return found


def stdlib_members(modules):
    """The stdlib zip's member names (e.g. "json/__init__.py") of these {name: file}."""
    members = set()
    for origin in modules.values():
        if origin.startswith(STDLIB_ZIP_PREFIX) and origin.endswith(".py"):
            members.add(origin[len(STDLIB_ZIP_PREFIX):])
    return sorted(members)


def import_all(names):
    """Imports each module; returns the ones that failed, with the reason."""
    failed = {}
    for name in names:
        try:
            importlib.import_module(name)
        except BaseException as error:  # noqa: BLE001 - report, never stop the build
            failed[name] = f"{type(error).__name__}: {error}"
    return failed


def write_stdlib_with_bytecode(source_zip: str, dest_zip: str, members) -> dict:
    """Copies the stdlib zip, adding `<module>.pyc` beside each listed `<module>.py`."""
    wanted = set(members)
    added = 0
    with zipfile.ZipFile(source_zip) as source, zipfile.ZipFile(dest_zip, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dest:
        for info in source.infolist():
            data = source.read(info)
            dest.writestr(_entry(info.filename, info), data)
            if info.filename in wanted:
                pyc = pyc_bytes(data, STDLIB_ZIP_PREFIX + info.filename)
                dest.writestr(_entry(info.filename[:-3] + ".pyc", info), pyc)
                added += 1
    return {"pycs": added, "bytes": os.path.getsize(dest_zip)}


def _entry(name, like):
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED if like.compress_type != zipfile.ZIP_STORED else zipfile.ZIP_STORED
    info.external_attr = like.external_attr
    return info


def runtime_bytecode(site_packages: str, relative_paths):
    """Writes __pycache__/<name>.<tag>.pyc beside each runtime source under
    `site_packages`; returns the pyc paths relative to `site_packages`."""
    written = []
    for relative in relative_paths:
        source_path = os.path.join(site_packages, relative)
        with open(source_path, "rb") as file:
            source = file.read()
        cache_path = importlib.util.cache_from_source(source_path)
        os.makedirs(os.path.dirname(cache_path), exist_ok=True)
        with open(cache_path, "wb") as file:
            file.write(pyc_bytes(source, source_path))
        written.append(os.path.relpath(cache_path, site_packages))
    return written
