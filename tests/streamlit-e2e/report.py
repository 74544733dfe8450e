"""Markdown tables of run.py results (for docs/streamlit-e2e.md).

    python3 tests/streamlit-e2e/report.py wasmlit.json [more.json ...] > tables.md

Files given later replace the same test file's results from earlier ones (a
re-run of one file after a fix). Uses baseline-streamlit-1.67.json next to this
file for Streamlit's own figures.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from portability import CORE_FILES  # noqa: E402

KINDS = ("passed", "failed", "not portable", "skipped")


def counts(tests: dict) -> dict:
    return {k: sum(1 for t in tests.values() if t["outcome"] == k) for k in KINDS}


def table(files: list[dict], baseline: dict[str, dict]) -> list[str]:
    lines = ["| file | passed | failed | not portable | skipped | pass rate (portable) | Streamlit 1.67 passed / run |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    total = dict.fromkeys(KINDS, 0)
    base_total = [0, 0]
    for result in files:
        c = counts(result["tests"])
        for k in KINDS:
            total[k] += c[k]
        ran = c["passed"] + c["failed"]
        rate = f"{100 * c['passed'] / ran:.0f} %" if ran else "–"
        base = baseline.get(result["file"])
        if base:
            bc = counts(base["tests"])
            base_total[0] += bc["passed"]
            base_total[1] += bc["passed"] + bc["failed"]
            base_text = f"{bc['passed']} / {bc['passed'] + bc['failed']}"
        else:
            base_text = "–"
        lines.append(f"| {result['file']} | {c['passed']} | {c['failed']} | {c['not portable']} | {c['skipped']} | {rate} | {base_text} |")
    ran = total["passed"] + total["failed"]
    rate = f"{100 * total['passed'] / ran:.1f} %" if ran else "–"
    lines.append(f"| **total** | {total['passed']} | {total['failed']} | {total['not portable']} | {total['skipped']} | **{rate}** | {base_total[0]} / {base_total[1]} |")
    return lines


def main() -> None:
    by_file: dict[str, dict] = {}
    for path in sys.argv[1:]:
        for result in json.loads(Path(path).read_text())["files"]:
            by_file[result["file"]] = result
    baseline = {r["file"]: r for r in json.loads((HERE / "baseline-streamlit-1.67.json").read_text())["files"]}
    core = [by_file[f] for f in CORE_FILES if f in by_file]
    other = [r for f, r in by_file.items() if f not in CORE_FILES]
    print("### Core files (issue #11's target)\n")
    print("\n".join(table(core, baseline)))
    if other:
        print("\n### Other files\n")
        print("\n".join(table(other, baseline)))
    print("\n### Failed against wasmlit\n")
    for result in core + other:
        for test, outcome in result["tests"].items():
            if outcome["outcome"] == "failed":
                print(f"- `{result['file']}::{test}`: {outcome['message'][:160]}")
    print("\n### Not portable\n")
    for result in core + other:
        for test, outcome in result["tests"].items():
            if outcome["outcome"] == "not portable":
                extra = f" (against wasmlit it {outcome['wasmlit']})" if outcome.get("wasmlit") else ""
                print(f"- `{result['file']}::{test}`: {outcome['message'][:160]}{extra}")


if __name__ == "__main__":
    main()
