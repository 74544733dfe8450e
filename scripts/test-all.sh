#!/usr/bin/env bash
# Installs everything the tests need (Debian 12, Python 3.11, Node 20) and runs
# them all: the static checks (scripts/check.sh), the JS unit tests, the Python
# runtime's CPython tests, then the browser tests.
#   WASMLIT_SKIP_INSTALL=1  skip apt/npm/pip (everything is installed already)
set -euo pipefail
cd "$(dirname "$0")/.."

# Progress: each phase prints a header with the time spent so far and what it
# usually takes on a 2-core CI machine; the end prints every phase's duration.
START=$SECONDS
PHASE_NAME=""
PHASE_START=$SECONDS
SUMMARY=()
end_phase() {
  if [ -n "$PHASE_NAME" ]; then
    SUMMARY+=("$(printf '%4ds  %s' $((SECONDS - PHASE_START)) "$PHASE_NAME")")
  fi
}
phase() {  # phase NAME EXPECTED
  end_phase
  PHASE_NAME=$1
  PHASE_START=$SECONDS
  printf '\n== %s  (at %dm%02ds; usually %s)\n' "$1" $(((SECONDS - START) / 60)) $(((SECONDS - START) % 60)) "$2"
}
finish() {
  local status=$?
  end_phase
  printf '\n== phases\n'
  printf '%s\n' "${SUMMARY[@]}"
  printf '%4ds  total (exit %d)\n' $((SECONDS - START)) "$status"
}
trap finish EXIT

CHROMIUM=/usr/lib/chromium/chromium
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if [ "${WASMLIT_SKIP_INSTALL:-}" != 1 ]; then
  if [ ! -x "$CHROMIUM" ]; then
    phase "installing Chromium" "1 min"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  fi

  phase "npm dependencies" "under 1 min"
  if [ ! -f package-lock.json ]; then
    npm install --no-audit --no-fund
  elif [ ! -d node_modules ] || ! npm ls --depth=0 >/dev/null 2>&1; then
    npm ci --no-audit --no-fund
  fi

  phase "Python dependencies" "under 1 min"
  # Debian's python3 is "externally managed"; allow pip to install next to it.
  PIP_BREAK_SYSTEM_PACKAGES=1 python3 -m pip install --quiet -r requirements-dev.txt
fi

phase "checks: generated protocol, tsc, biome, ruff, mypy (scripts/check.sh)" "under 1 min"
bash scripts/check.sh

phase "build (site, bytecode, boot snapshot)" "under 1 min"
npm run build

# Two test processes: the browser tests mostly wait for Pyodide and the
# browser, so two of them use 2 cores well. --dist loadfile keeps each file's
# module fixtures (one served app, one browser page) in one process.
WORKERS=${WASMLIT_TEST_WORKERS:-2}
PARALLEL=()
if [ "$WORKERS" -gt 1 ]; then PARALLEL=(-n "$WORKERS" --dist loadfile); fi

phase "JS unit tests (node:test)" "seconds"
npm run --silent test:js

phase "CPython runtime tests (py/tests)" "1 min"
python3 -m pytest "${PARALLEL[@]}" py/tests

phase "browser tests (tests)" "7-9 min"
WASMLIT_SITE_BUILT=1 python3 -m pytest "${PARALLEL[@]}" --durations=10 tests

phase "sample project: AppTest and browser tests (examples/testing-project)" "under 1 min"
PYTHONPATH="$PWD/py${PYTHONPATH:+:$PYTHONPATH}" python3 -m pytest examples/testing-project
