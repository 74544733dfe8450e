"""Runs Streamlit's own Playwright e2e tests against wasmlit.

    python3 tests/streamlit-e2e/run.py SOURCE [FILE ...] [--set core|implemented]
                                       [--out results.json] [--keep] [-k EXPR]

SOURCE is a checkout of Streamlit's repository or a bare git directory of it
(e.g. /work/.mirror/streamlit+streamlit/repo). Nothing is fetched: the runner
exports `e2e_playwright/` (without its __snapshots__) from SOURCE into a
temporary folder, appends one import to that copy's conftest.py so its
app-server fixture starts `node cli/wasmlit.js serve <script>` instead of
`streamlit run` and its snapshot comparison does nothing (wasmlit_fixtures.py),
runs each test file with pytest in that folder, and deletes the copy. Streamlit's
test files never enter this repository.

Each test ends as one of:
  passed / failed       its checks against wasmlit;
  not portable          it needs what a browser-only runtime cannot have or what
                        is not Streamlit's public behaviour: a server feature, a
                        screenshot, or a Streamlit-internal API (portability.py
                        lists these with the reason; a test whose only check is a
                        screenshot is found automatically; these are not run);
                        or real Streamlit 1.67 fails it too (the suite is from
                        Oct 2024: the test checks an older Streamlit), per the
                        baseline (baseline-streamlit-1.67.json, written by this
                        runner with WASMLIT_E2E_STREAMLIT set);
  skipped               skipped by the suite itself (e.g. browser-specific).

FILE names test files (st_button_test.py or st_button); --set core is the files
of issue #11's target (session state, widget state, buttons, number/text input,
forms, checkbox, headings, rerun), --set implemented every file of a feature
wasmlit implements (the default). WASMLIT_E2E_STREAMLIT=/path/to/streamlit runs
the same tests against real Streamlit instead (the baseline).

The page bundle must be built (npm run build). Figures: docs/streamlit-e2e.md.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from portability import CORE_FILES, IMPLEMENTED_FILES, NEEDS_PACKAGES, NOT_PORTABLE  # noqa: E402

SUITE = "e2e_playwright"


# --------------------------------------------------------------------------- export


def is_bare_git(source: Path) -> bool:
    """A git directory without a work tree (a checkout's files are read as they are)."""
    if (source / SUITE).is_dir():
        return False
    out = subprocess.run(["git", "--git-dir", str(source), "rev-parse", "--verify", "HEAD"],
                         capture_output=True, text=True)
    return out.returncode == 0


def export_from_git(git_dir: Path, target: Path) -> str:
    """Every blob under e2e_playwright/ at HEAD (bar __snapshots__), read with
    `git cat-file --batch`; blobs a partial mirror lacks (large media) are left
    out and named."""
    git = ["git", "--git-dir", str(git_dir)]
    rev = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    listing = subprocess.run([*git, "ls-tree", "-r", "-z", "HEAD", SUITE], capture_output=True, check=True).stdout
    entries = []
    for record in listing.split(b"\0"):
        if not record:
            continue
        meta, path = record.split(b"\t", 1)
        mode, kind, sha = meta.split()
        path = path.decode()
        if kind == b"blob" and not path.startswith(f"{SUITE}/__snapshots__/"):
            entries.append((sha.decode(), path, mode == b"100755"))
    batch = subprocess.Popen([*git, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    batch.stdin.write("".join(f"{sha}\n" for sha, _, _ in entries).encode())
    batch.stdin.close()
    missing = []
    for sha, path, executable in entries:
        header = batch.stdout.readline().split()
        if len(header) < 3 or header[1] == b"missing":
            missing.append(path)
            continue
        data = batch.stdout.read(int(header[2]))
        batch.stdout.read(1)
        out = target / path
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        if executable:
            out.chmod(0o755)
    batch.wait()
    note = f" ({len(missing)} files absent from the mirror: {', '.join(Path(m).name for m in missing)})" if missing else ""
    return f"{git_dir} at {rev[:12]}{note}"


def export_suite(source: Path, target: Path) -> str:
    """e2e_playwright/ of SOURCE (bare repo: its HEAD) into target/; returns a
    description of what was exported."""
    if is_bare_git(source):
        return export_from_git(source, target)
    suite = source / SUITE
    if not (suite / "conftest.py").is_file():
        raise SystemExit(f"{source} is neither a bare git repository nor a checkout with {SUITE}/conftest.py")
    shutil.copytree(suite, target / SUITE, ignore=shutil.ignore_patterns("__snapshots__", "__pycache__"))
    return str(source)


def wire_fixtures(target: Path) -> None:
    shutil.copy(HERE / "wasmlit_fixtures.py", target / "_wasmlit_e2e.py")
    conftest = target / SUITE / "conftest.py"
    with conftest.open("a") as handle:
        handle.write("\n\n# Added by wasmlit's runner: serve the apps with wasmlit, no snapshots.\n"
                     "from _wasmlit_e2e import *  # noqa: E402,F401,F403\n")


# --------------------------------------------------------------------------- selecting tests


def _checks(node: ast.AST, helpers: dict[str, ast.FunctionDef], seen: set[str]) -> bool:
    """Whether `node` makes a check other than a screenshot comparison."""
    for inner in ast.walk(node):
        if isinstance(inner, ast.Assert):
            return True
        if isinstance(inner, ast.Call):
            func = inner.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name.startswith(("expect", "check_", "wait_until", "to_")) or name in ("fail",):
                return True
            if name in helpers and name not in seen:
                seen.add(name)
                if _checks(helpers[name], helpers, seen):
                    return True
    return False


def _test_functions(test_file: Path) -> list[str]:
    tree = ast.parse(test_file.read_text())
    return [n.name for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")]


def snapshot_only_tests(test_file: Path) -> list[str]:
    """Test functions whose only check is assert_snapshot."""
    tree = ast.parse(test_file.read_text())
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    found = []
    for name, func in functions.items():
        if not name.startswith("test_"):
            continue
        if "assert_snapshot" in {a.arg for a in func.args.args} and not _checks(func, functions, {name}):
            found.append(name)
    return found


# --------------------------------------------------------------------------- running


def load_baseline(paths: list[Path]) -> dict[tuple[str, str], dict]:
    """(file, test) -> its result against real Streamlit (run.py's JSON from a
    WASMLIT_E2E_STREAMLIT run)."""
    found: dict[tuple[str, str], dict] = {}
    for path in paths:
        for result in json.loads(path.read_text())["files"]:
            for test, outcome in result["tests"].items():
                found[(result["file"], test)] = outcome
    return found


def apply_baseline(result: dict, baseline: dict[tuple[str, str], dict]) -> None:
    """A test that fails against Streamlit 1.67 itself checks an older
    Streamlit's behaviour or DOM: not portable (wasmlit's own outcome is kept)."""
    for test, outcome in result["tests"].items():
        base = baseline.get((result["file"], test))
        if base and base["outcome"] == "failed" and outcome["outcome"] in ("passed", "failed"):
            outcome["wasmlit"] = outcome["outcome"]
            outcome["outcome"] = "not portable"
            outcome["message"] = f"fails against Streamlit 1.67 too: {base['message'][:200]}"
    result["counts"] = {k: sum(1 for t in result["tests"].values() if t["outcome"] == k)
                        for k in ("passed", "failed", "not portable", "skipped")}


def run_file(target: Path, name: str, extra: list[str], log) -> dict:
    test_file = target / SUITE / name
    not_portable = {test: why for (file, test), why in NOT_PORTABLE.items() if file == name}
    for test in snapshot_only_tests(test_file):
        not_portable.setdefault(test, "needs a snapshot: its only check is a screenshot comparison")
    if name in NEEDS_PACKAGES and not os.environ.get("WASMLIT_E2E_STREAMLIT"):
        package = NEEDS_PACKAGES[name]
        for test in _test_functions(test_file):
            not_portable.setdefault(test, f"its app imports {package}, which the offline site has no Pyodide package for")
    report = target / f"{name}.xml"
    command = [sys.executable, "-m", "pytest", f"{SUITE}/{name}", "-c", f"{SUITE}/pytest.ini",
               "--rootdir", str(target), "-p", "no:cacheprovider", "-o", "addopts=",
               "--browser", "chromium", f"--junitxml={report}", "-q", "-rN", *extra]
    for test in not_portable:
        command += ["--deselect", f"{SUITE}/{name}::{test}"]
    env = {**os.environ,
           "PYTHONPATH": os.pathsep.join([str(ROOT / "py"), str(target), os.environ.get("PYTHONPATH", "")]),
           "WASMLIT_E2E_CLI": str(ROOT / "cli" / "wasmlit.js")}
    started = time.monotonic()
    proc = subprocess.run(command, cwd=target, env=env, capture_output=True, text=True)
    seconds = time.monotonic() - started
    log.write(f"===== {name} ({seconds:.0f} s)\n{proc.stdout}\n{proc.stderr}\n")
    tests: dict[str, dict] = {}
    if report.exists():
        for case in ET.parse(report).getroot().iter("testcase"):
            outcome, message = "passed", ""
            for child in case:
                if child.tag in ("failure", "error"):
                    outcome, message = "failed", (child.get("message") or "").splitlines()[0][:300] if child.get("message") else ""
                elif child.tag == "skipped":
                    outcome, message = "skipped", (child.get("message") or "")[:300]
            tests[case.get("name")] = {"outcome": outcome, "message": message}
    elif proc.returncode not in (0, 5):
        tests["<collection>"] = {"outcome": "failed", "message": (proc.stdout + proc.stderr).strip()[-300:]}
    for test, why in not_portable.items():
        tests[test] = {"outcome": "not portable", "message": why}
    counts = {k: sum(1 for t in tests.values() if t["outcome"] == k) for k in ("passed", "failed", "not portable", "skipped")}
    return {"file": name, "seconds": round(seconds), "counts": counts, "tests": tests}


def summarize(results: list[dict]) -> str:
    lines = [f"{'file':44} {'passed':>6} {'failed':>6} {'n/port':>6} {'skip':>5} {'pass %':>7} {'secs':>5}"]
    total = {"passed": 0, "failed": 0, "not portable": 0, "skipped": 0}
    for result in results:
        c = result["counts"]
        for k in total:
            total[k] += c[k]
        ran = c["passed"] + c["failed"]
        rate = f"{100 * c['passed'] / ran:.0f}%" if ran else "-"
        lines.append(f"{result['file']:44} {c['passed']:6} {c['failed']:6} {c['not portable']:6} {c['skipped']:5} {rate:>7} {result['seconds']:5}")
    ran = total["passed"] + total["failed"]
    rate = f"{100 * total['passed'] / ran:.1f}%" if ran else "-"
    lines.append(f"{'total':44} {total['passed']:6} {total['failed']:6} {total['not portable']:6} {total['skipped']:5} {rate:>7}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, help="Streamlit checkout or bare git directory")
    parser.add_argument("files", nargs="*", help="test files (default: --set)")
    parser.add_argument("--set", choices=("core", "implemented"), default="implemented")
    parser.add_argument("--out", type=Path, help="write the per-test results as JSON here")
    parser.add_argument("--log", type=Path, help="pytest output of every file (default: next to --out, or a temp file)")
    parser.add_argument("--keep", action="store_true", help="keep the exported suite (its path is printed)")
    parser.add_argument("-k", dest="keyword", help="pytest -k expression")
    parser.add_argument("--baseline", type=Path, action="append", default=[],
                        help="results of the same runner against real Streamlit 1.67 (JSON, repeatable; "
                             "default: baseline-streamlit-1.67.json here): tests Streamlit fails too are not portable")
    args = parser.parse_args()
    names = [f if f.endswith("_test.py") else f"{f}_test.py" for f in args.files] or (
        CORE_FILES if args.set == "core" else IMPLEMENTED_FILES)
    if not (ROOT / "dist" / "index.html").is_file() and not os.environ.get("WASMLIT_E2E_STREAMLIT"):
        raise SystemExit("dist/ is not built: run `npm run build` first")
    baseline_files = args.baseline or [p for p in [HERE / "baseline-streamlit-1.67.json"] if p.is_file()]
    baseline = load_baseline(baseline_files)
    target = Path(tempfile.mkdtemp(prefix="streamlit-e2e-"))
    log_path = args.log or (args.out.with_suffix(".log") if args.out else target.with_suffix(".log"))
    try:
        what = export_suite(args.source.resolve(), target)
        wire_fixtures(target)
        against = os.environ.get("WASMLIT_E2E_STREAMLIT") or "wasmlit"
        shim = " (with the stMainMenu shim)" if os.environ.get("WASMLIT_E2E_MAIN_MENU_SHIM") == "1" else ""
        print(f"Streamlit e2e suite from {what}, against {against}{shim}; exported to {target}; log {log_path}", flush=True)
        extra = ["-k", args.keyword] if args.keyword else []
        results = []
        started = time.monotonic()
        with open(log_path, "w") as log:
            for name in names:
                if not (target / SUITE / name).is_file():
                    print(f"{name}: not in this snapshot of the suite", flush=True)
                    continue
                result = run_file(target, name, extra, log)
                if not os.environ.get("WASMLIT_E2E_STREAMLIT"):
                    apply_baseline(result, baseline)
                log.flush()
                c = result["counts"]
                print(f"{name}: {c['passed']} passed, {c['failed']} failed, {c['not portable']} not portable, "
                      f"{c['skipped']} skipped ({result['seconds']} s)", flush=True)
                results.append(result)
                if args.out:  # after every file, so a long run can be read before it ends
                    args.out.write_text(json.dumps({"source": what, "against": against + shim, "files": results}, indent=1) + "\n")
        print()
        print(summarize(results))
        print(f"\n{time.monotonic() - started:.0f} s in all")
        if args.out:
            args.out.write_text(json.dumps({"source": what, "against": against + shim, "files": results}, indent=1) + "\n")
    finally:
        if args.keep:
            print(f"kept {target}")
        else:
            shutil.rmtree(target, ignore_errors=True)


if __name__ == "__main__":
    main()
