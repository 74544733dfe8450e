"""Tiny wheels made at test time (no network): a zip with the module, METADATA,
WHEEL and RECORD, named by PEP 427."""

import base64
import hashlib
import zipfile
from pathlib import Path


def make_wheel(folder: Path, name: str, version: str = "1.0", tag: str = "py3-none-any",
               requires: tuple[str, ...] = (), module_source: str | None = None,
               extra_files: dict[str, str] | None = None) -> Path:
    """Writes folder/<name>-<version>-<tag>.whl holding the package `name` whose
    __init__.py is `module_source` (default: VERSION = "<version>"), plus `extra_files`
    (member path -> text)."""
    folder.mkdir(parents=True, exist_ok=True)
    dist_info = f"{name}-{version}.dist-info"
    metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n" + "".join(
        f"Requires-Dist: {requirement}\n" for requirement in requires
    )
    files = {
        f"{name}/__init__.py": module_source if module_source is not None else f'VERSION = "{version}"\n',
        f"{dist_info}/METADATA": metadata,
        f"{dist_info}/WHEEL": f"Wheel-Version: 1.0\nGenerator: wasmlit-tests\nRoot-Is-Purelib: true\nTag: {tag}\n",
        **(extra_files or {}),
    }
    record = []
    path = folder / f"{name}-{version}-{tag}.whl"
    with zipfile.ZipFile(path, "w") as wheel:
        for member, text in files.items():
            data = text.encode()
            wheel.writestr(member, data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            record.append(f"{member},sha256={digest},{len(data)}")
        record.append(f"{dist_info}/RECORD,,")
        wheel.writestr(f"{dist_info}/RECORD", "\n".join(record) + "\n")
    return path
