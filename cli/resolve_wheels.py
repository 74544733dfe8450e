"""Resolves an app's requirements for Pyodide at build time (run by cli/packages.js).

Reads a JSON job on stdin:
  {"requirements": [...], "lockFile": path to pyodide-lock.json, "dest": folder,
   "pip": [extra pip arguments, e.g. "--no-index", "--find-links", DIR],
   "componentsDest": folder or null}
and prints the resolution as JSON on stdout:
  {"wheels": [{"name", "version", "file", "sha256", "requiredBy"}],
   "pyodide": [{"name", "version", "file", "requiredBy"}],
   "components": [{"wheel", "folder"}]}

With "componentsDest", the custom component frontends inside the downloaded
wheels (each folder holding an index.html, with what is below it; source maps
left out) are extracted there at their place in site-packages, so the site can
serve them to the component iframes (py/wasmlit/components/frontend_urls.py).

Each requirement, and each dependency a downloaded wheel declares for the
Pyodide environment, is one of:
- a package compiled for Pyodide (pyodide-lock.json lists a wasm32 wheel for it):
  not downloaded, loaded at boot from the Pyodide package base URL;
- a pure-Python package: its py3-none-any wheel is downloaded into `dest` with
  pip (one `pip download --no-deps` per package). A package Pyodide also ships
  as a pure wheel is fetched at the version Pyodide pins.
Problems (no wheel, only platform wheels, only sdists, a version conflict) are
collected and printed on stderr, one per line, with exit status 1.
"""

import email.parser
import hashlib
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

try:
    import tomllib
except ImportError:  # Python < 3.11: no package-based v2 components
    tomllib = None

try:
    from packaging.markers import default_environment
    from packaging.requirements import InvalidRequirement, Requirement
    from packaging.utils import canonicalize_name
except ImportError:  # pip always carries a copy
    from pip._vendor.packaging.markers import default_environment
    from pip._vendor.packaging.requirements import InvalidRequirement, Requirement
    from pip._vendor.packaging.utils import canonicalize_name


class ResolveError(Exception):
    pass


def pyodide_environment(python_version: str) -> dict:
    """PEP 508 marker values inside Pyodide's Python."""
    env = default_environment()
    major_minor = ".".join(python_version.split(".")[:2])
    env.update(
        implementation_name="cpython",
        implementation_version=python_version,
        os_name="posix",
        platform_machine="wasm32",
        platform_python_implementation="CPython",
        platform_release="",
        platform_system="Emscripten",
        platform_version="",
        python_full_version=python_version,
        python_version=major_minor,
        sys_platform="emscripten",
    )
    return env


def is_pure_wheel(file_name: str) -> bool:
    """py3-none-any, py2.py3-none-any, py314-none-any, ... (every tag pure)."""
    if not file_name.endswith(".whl"):
        return False
    parts = file_name[: -len(".whl")].split("-")
    if len(parts) < 5:
        return False
    pythons, abis, platforms = parts[-3], parts[-2], parts[-1]
    return (
        all(p.startswith("py") for p in pythons.split("."))
        and abis == "none"
        and platforms == "any"
    )


def wheel_metadata(path: str):
    with zipfile.ZipFile(path) as wheel:
        names = [n for n in wheel.namelist() if re.fullmatch(r"[^/]+\.dist-info/METADATA", n)]
        if len(names) != 1:
            raise ResolveError(f"{os.path.basename(path)} is not a valid wheel (no single .dist-info/METADATA)")
        text = wheel.read(names[0]).decode("utf-8", "replace")
    return email.parser.Parser().parsestr(text, headersonly=True)


def sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


# pip -vv: "Skipping link: <reason>: <url>", and pip 23+ appends " (from <index page>)".
SKIPPED_LINK = re.compile(r"Skipping link: (.*): (\S+?)(?: \(from [^)]*\))?\s*$")
WHEEL_TAGS = re.compile(r"none of the wheel's tags \(([^)]*)\) are compatible")
FROM_VERSIONS = re.compile(r"Could not find a version that satisfies the requirement .* \(from versions: ([^)]*)\)")


def _link_version(link: str) -> str:
    """'psycopg2_binary-2.9.10-cp313-cp313-win_amd64.whl' -> '2.9.10'."""
    parts = link.split("-")
    return parts[1] if len(parts) > 1 else ""


def _version_key(version: str):
    try:
        from packaging.version import Version
    except ImportError:
        from pip._vendor.packaging.version import Version
    try:
        return (1, Version(version))
    except Exception:  # noqa: BLE001 - an odd file name sorts first
        return (0, version)


def explain_pip_failure(requirement: str, output: str, python_version: str, no_index: bool = False) -> str:
    """A one-paragraph reason from pip's -vv log: only platform wheels, no such
    version, no such package, only source distributions."""
    name = canonicalize_name(Requirement(requirement).name)
    platform_links, sdists, other = [], [], []
    for line in output.splitlines():
        match = SKIPPED_LINK.search(line)
        if not match or "wrong project name" in match.group(1):
            continue
        link = match.group(2).rsplit("/", 1)[-1].split("#")[0]
        if not canonicalize_name(re.split(r"-\d", link, maxsplit=1)[0]) == name:
            continue
        tags = WHEEL_TAGS.search(match.group(1))
        if tags:
            platform_links.append((_link_version(link), tags.group(1)))
        elif not link.endswith(".whl"):
            sdists.append(link)
        else:
            other.append(f"{link} ({match.group(1)})")
    versions_match = None
    for line in output.splitlines():
        versions_match = FROM_VERSIONS.search(line) or versions_match
    versions = []
    if versions_match and versions_match.group(1).strip() != "none":
        versions = [v.strip() for v in versions_match.group(1).split(",") if v.strip()]
    newest_platform = ""
    if platform_links:
        newest_platform = max((v for v, _ in platform_links), key=_version_key)
        examples = sorted({tag for v, tags in platform_links if v == newest_platform for tag in tags.split(", ")})[:3]
    if versions:
        shown = ", ".join(versions[-6:])
        more = " (and older)" if len(versions) > 6 else ""
        platform_note = (
            f"; newer releases, up to {newest_platform}, have only platform-specific wheels"
            if platform_links and _version_key(newest_platform) > _version_key(versions[-1]) else ""
        )
        return (
            f"{requirement}: no such version with a pure-Python wheel. The versions wasmlit can install "
            f"are {shown}{more}{platform_note}: change the version in requirements.txt."
        )
    if platform_links:
        return (
            f"{requirement}: has only platform-specific wheels (e.g. {', '.join(examples)} for "
            f"{newest_platform}), no pure-Python wheel: it contains compiled code, and Pyodide does not "
            f"build it (it is not in pyodide-lock.json), so it cannot run in the browser. Remove it from "
            f"requirements.txt or use a pure-Python alternative."
        )
    if sdists:
        return (
            f"{requirement}: only source distributions were found ({', '.join(sdists[:3])}); "
            f"wasmlit needs a pure-Python wheel (py3-none-any)."
        )
    if other:
        return f"{requirement}: no usable wheel for Python {python_version}: {'; '.join(other[:3])}"
    errors = [line.strip() for line in output.splitlines() if line.startswith("ERROR:")]
    if versions_match:
        where = "in the --find-links folders (--no-index)" if no_index else "on the package index"
        return (
            f"{requirement}: no package named {Requirement(requirement).name!r} was found {where}: "
            f"check the name in requirements.txt."
        )
    reason = errors[-1] if errors else "pip found nothing"
    return f"{requirement}: no pure-Python wheel found ({reason.removeprefix('ERROR: ')})"


def pip_download(requirement: str, dest: str, pip_args: list, python_version: str) -> str:
    """Downloads the one pure-Python wheel for `requirement` into `dest`; returns its path."""
    major_minor = ".".join(python_version.split(".")[:2])
    with tempfile.TemporaryDirectory() as tmp:
        command = [
            sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
            "--platform", "any", "--implementation", "py", "--abi", "none",
            "--python-version", major_minor, "--disable-pip-version-check",
            "-vv", "-d", tmp, *pip_args, requirement,
        ]
        result = subprocess.run(command, capture_output=True, text=True)
        files = [f for f in os.listdir(tmp) if f.endswith(".whl")]
        if result.returncode != 0 or len(files) != 1:
            raise ResolveError(explain_pip_failure(
                requirement, result.stdout + result.stderr, python_version, no_index="--no-index" in pip_args,
            ))
        if not is_pure_wheel(files[0]):
            raise ResolveError(f"{requirement}: {files[0]} is not a pure-Python wheel")
        target = os.path.join(dest, files[0])
        shutil.move(os.path.join(tmp, files[0]), target)
        return target


def _site_packages_path(name: str) -> str | None:
    """Where a wheel's member lands in site-packages (None: metadata, scripts, headers)."""
    parts = name.split("/")
    if parts[0].endswith(".dist-info"):
        return None
    if parts[0].endswith(".data"):
        if len(parts) < 3 or parts[1] not in ("purelib", "platlib"):
            return None
        parts = parts[2:]
    return "/".join(parts)


def component_folders(names: list) -> list:
    """The folders (site-packages paths) holding an index.html; none inside another."""
    folders = sorted({p.rsplit("/", 1)[0] for p in names if p.endswith("/index.html")})
    kept: list = []
    for folder in folders:
        if not any(folder == k or folder.startswith(k + "/") for k in kept):
            kept.append(folder)
    return kept


def declared_asset_dirs(pyproject_path: str, text: str) -> list:
    """The asset_dir folders (site-packages paths) a package's pyproject.toml
    declares for its st.components.v2 components ([[tool.streamlit.component.components]])."""
    if tomllib is None:
        return []
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return []
    table = data.get("tool", {}).get("streamlit", {}).get("component")
    components = table.get("components") if isinstance(table, dict) else None
    base = posixpath.dirname(pyproject_path)
    folders = []
    for component in components if isinstance(components, list) else []:
        asset_dir = component.get("asset_dir") if isinstance(component, dict) else None
        if not isinstance(asset_dir, str) or posixpath.isabs(asset_dir) or ".." in asset_dir.split("/"):
            continue
        folder = posixpath.normpath(posixpath.join(base, asset_dir))
        if folder not in (".", "") and not folder.startswith("../"):
            folders.append(folder)
    return folders


def extract_components(wheel_path: str, dest: str) -> list:
    """Extracts the wheel's component frontends under `dest`; returns their folders:
    folders holding an index.html (components.v1) and the asset_dirs its
    pyproject.toml files declare (components.v2)."""
    with zipfile.ZipFile(wheel_path) as wheel:
        members = {}
        for info in wheel.infolist():
            if info.is_dir():
                continue
            target = _site_packages_path(info.filename)
            if target:
                members[target] = info
        asset_dirs = []
        for target, info in members.items():
            if target == "pyproject.toml" or target.endswith("/pyproject.toml"):
                with wheel.open(info) as source:
                    asset_dirs += declared_asset_dirs(target, source.read().decode("utf-8", "replace"))
        folders = component_folders(list(members) + [f"{folder}/index.html" for folder in asset_dirs])
        for target, info in members.items():
            if target.endswith(".map") or not any(target.startswith(f + "/") for f in folders):
                continue
            path = os.path.normpath(os.path.join(dest, *target.split("/")))
            if not path.startswith(os.path.normpath(dest) + os.sep):
                continue  # a member that would land outside `dest`
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with wheel.open(info) as source, open(path, "wb") as out:
                shutil.copyfileobj(source, out)
    return folders


def resolve(job: dict) -> dict:
    with open(job["lockFile"], encoding="utf-8") as f:
        lock = json.load(f)
    python_version = lock["info"]["python"]
    locked = {canonicalize_name(name): entry for name, entry in lock["packages"].items()}
    env = pyodide_environment(python_version)
    dest = job["dest"]
    os.makedirs(dest, exist_ok=True)
    pip_args = list(job.get("pip", []))

    wheels: dict = {}  # name -> entry
    pyodide: dict = {}
    errors: list = []
    # (requirement text, what needs it: None for the app)
    queue = [(text, None) for text in job["requirements"]]

    while queue:
        text, required_by = queue.pop(0)
        try:
            req = Requirement(text)
        except InvalidRequirement as error:
            errors.append(f"{text!r} is not a valid requirement: {error}")
            continue
        if req.url:
            errors.append(f"{text}: direct URL requirements are not supported; put the wheel in a --find-links folder")
            continue
        if req.marker and not req.marker.evaluate({**env, "extra": ""}):
            continue  # not for Pyodide's environment
        name = canonicalize_name(req.name)
        if name == "streamlit":
            continue  # wasmlit stands in for it
        done = wheels.get(name) or pyodide.get(name)
        if done:
            if not req.specifier.contains(done["version"], prereleases=True):
                by = f" (needed by {required_by})" if required_by else ""
                errors.append(f"{text}{by} conflicts with {name} {done['version']} already chosen")
            continue
        entry = locked.get(name)
        if entry and entry.get("package_type", "package") == "package":
            if not req.specifier.contains(entry["version"], prereleases=True):
                errors.append(
                    f"{text}: Pyodide ships {name} {entry['version']}, which does not satisfy {req.specifier}"
                )
                continue
            if is_pure_wheel(entry["file_name"]):
                try:
                    path = pip_download(f"{entry['name']}=={entry['version']}", dest, pip_args, python_version)
                except ResolveError:
                    path = None  # not reachable here: Pyodide's base URL must serve it
                if path:
                    add_wheel(wheels, name, path, required_by, env, req, queue)
                    continue
            pyodide[name] = {
                "name": entry["name"], "version": entry["version"], "file": entry["file_name"],
                "requiredBy": required_by,
            }
            queue.extend((dep, entry["name"]) for dep in entry.get("depends", []))
            continue
        try:
            path = pip_download(str(strip_marker(req)), dest, pip_args, python_version)
        except ResolveError as error:
            by = f" (needed by {required_by})" if required_by else ""
            errors.append(f"{error}{by}")
            continue
        add_wheel(wheels, name, path, required_by, env, req, queue)

    if errors:
        raise ResolveError("\n".join(errors))
    components = []
    if job.get("componentsDest"):
        for wheel in sorted(wheels.values(), key=lambda w: w["name"].lower()):
            for folder in extract_components(os.path.join(dest, wheel["file"]), job["componentsDest"]):
                components.append({"wheel": wheel["file"], "folder": folder})
    return {
        "python": python_version,
        "wheels": sorted(wheels.values(), key=lambda w: w["name"].lower()),
        "pyodide": sorted(pyodide.values(), key=lambda p: p["name"].lower()),
        "components": components,
    }


def strip_marker(req):
    copy = Requirement(str(req))
    copy.marker = None
    return copy


def add_wheel(wheels, name, path, required_by, env, req, queue):
    meta = wheel_metadata(path)
    version = meta["Version"]
    wheels[name] = {
        "name": meta["Name"] or name, "version": version, "file": os.path.basename(path),
        "sha256": sha256(path), "requiredBy": required_by,
    }
    extras = set(req.extras) | {""}
    for dep_text in meta.get_all("Requires-Dist") or []:
        dep = Requirement(dep_text)
        if dep.marker and not any(dep.marker.evaluate({**env, "extra": extra}) for extra in extras):
            continue
        queue.append((str(strip_marker(dep)), f"{meta['Name'] or name} {version}"))


def main() -> int:
    job = json.load(sys.stdin)
    try:
        result = resolve(job)
    except ResolveError as error:
        print(str(error), file=sys.stderr)
        return 1
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
