"""Runs a type checker and holds its errors to a per-file baseline (a ratchet).

    python3 scripts/type-baseline.py tsc     # npx tsc -p jsconfig.json
    python3 scripts/type-baseline.py mypy    # mypy, configured in py/pyproject.toml
    python3 scripts/type-baseline.py tsc --update   # write the current counts

Fails when a file has more errors than scripts/type-baseline.json allows (so a
new file must be clean, and no file gets worse); a file with fewer is reported
(rerun with --update and commit it, so the baseline only shrinks). The errors the
baseline still holds predate the checks; each is code to fix, not to silence.
"""

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "scripts" / "type-baseline.json"
COMMANDS = {
    "tsc": (["npx", "--no-install", "tsc", "-p", "jsconfig.json"], ROOT, re.compile(r"^(\S+?\.js)\(\d+,\d+\): error TS\d+")),
    "mypy": ([sys.executable, "-m", "mypy"], ROOT / "py", re.compile(r"^(\S+?\.py):\d+: error:")),
}


def main() -> int:
    tool = sys.argv[1]
    command, cwd, pattern = COMMANDS[tool]
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    output = result.stdout + result.stderr
    lines = [line for line in output.splitlines() if pattern.match(line)]
    counts = Counter(pattern.match(line).group(1) for line in lines)  # type: ignore[union-attr]
    if result.returncode != 0 and not lines:
        print(output)
        print(f"{tool} failed without reporting errors")
        return 1
    baselines = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    if "--update" in sys.argv:
        baselines[tool] = dict(sorted(counts.items()))
        BASELINE.write_text(json.dumps(baselines, indent=2) + "\n")
        print(f"{tool}: baseline written ({sum(counts.values())} errors in {len(counts)} files)")
        return 0
    allowed: dict[str, int] = baselines.get(tool, {})
    worse = {name: count for name, count in counts.items() if count > allowed.get(name, 0)}
    better = {name: count for name, count in allowed.items() if counts.get(name, 0) < count}
    for name in sorted(worse):
        print("\n".join(line for line in lines if line.startswith(name)))
        print(f"{name}: {worse[name]} errors, the baseline allows {allowed.get(name, 0)}")
    for name in sorted(better):
        print(f"{name}: {counts.get(name, 0)} errors, fewer than the baseline's {better[name]}: "
              f"run python3 scripts/type-baseline.py {tool} --update and commit it")
    total = sum(counts.values())
    print(f"{tool}: {total} errors left in {len(counts)} files (baseline {sum(allowed.values())})")
    # Fewer errors is news, not a failure (a machine with other optional packages
    # may count differently); --update records it.
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main())
