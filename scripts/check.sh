#!/usr/bin/env bash
# The static checks (seconds; scripts/test-all.sh runs them before the build,
# and the JS unit tests, npm run test:js, in a phase of their own). Each fails
# on a violation.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== check: protocol/messages.js is generated from py/wasmlit/protocol.py"
python3 scripts/gen_protocol.py --check

echo "== check: tsc --noEmit (web/, worker/, protocol/: any error fails)"
npx --no-install tsc -p jsconfig.json

echo "== check: tsc --noEmit (cli/)"
npx --no-install tsc -p cli/jsconfig.json

echo "== check: biome lint (JavaScript: errors fail; the recommended rules' warnings are listed by npx biome lint .)"
npx --no-install biome lint --diagnostic-level=error .

echo "== check: ruff (py/)"
python3 -m ruff check py

echo "== check: ruff pyflakes (tests/, bench/, scripts/: unused imports and names, undefined names)"
python3 -m ruff check --select F --extend-exclude tests/apps tests bench scripts

echo "== check: ruff format (py/ is formatted: python3 -m ruff format py)"
python3 -m ruff format --check py

echo "== check: mypy (py/wasmlit, configured in py/pyproject.toml: any error fails)"
(cd py && python3 -m mypy)
