#!/usr/bin/env bash
# Installs everything the tests need (Debian 12, Python 3.11, Node 20) and runs
# them all: the static checks and JS unit tests (scripts/check.sh), the Python
# runtime's CPython tests, then the browser tests.
#   WASMLIT_SKIP_INSTALL=1  skip apt/npm/pip (everything is installed already)
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM=/usr/lib/chromium/chromium
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if [ "${WASMLIT_SKIP_INSTALL:-}" != 1 ]; then
  if [ ! -x "$CHROMIUM" ]; then
    echo "== installing Chromium"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  fi

  echo "== npm dependencies"
  if [ ! -f package-lock.json ]; then
    npm install --no-audit --no-fund
  elif [ ! -d node_modules ] || ! npm ls --depth=0 >/dev/null 2>&1; then
    npm ci --no-audit --no-fund
  fi

  echo "== Python dependencies"
  # Debian's python3 is "externally managed"; allow pip to install next to it.
  PIP_BREAK_SYSTEM_PACKAGES=1 python3 -m pip install --quiet -r requirements-dev.txt
fi

bash scripts/check.sh

echo "== build"
npm run build

echo "== CPython runtime tests (py/tests)"
python3 -m pytest py/tests

echo "== browser tests (tests)"
WASMLIT_SITE_BUILT=1 python3 -m pytest tests

echo "== sample project: AppTest and browser tests (examples/testing-project)"
PYTHONPATH="$PWD/py${PYTHONPATH:+:$PYTHONPATH}" python3 -m pytest examples/testing-project
