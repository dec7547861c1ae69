#!/usr/bin/env bash
# Set up everything a fresh checkout needs: .venv with locked Python packages
# (hashes checked), the spaCy model, htmx vendored into static/vendor/, and the
# database schema. Safe to run again: each step skips work already done.
set -euo pipefail
cd "$(dirname "$0")/.."

lock="${1:-requirements.lock}"
py="${PYTHON:-python3.11}"
command -v "$py" >/dev/null 2>&1 || py=python3

if [ ! -x .venv/bin/python ]; then
  echo "==> creating .venv"
  "$py" -m venv .venv
fi

stamp=".venv/.installed-$(sha256sum "$lock" pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "==> installing locked Python packages from $lock"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r "$lock"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
  rm -f .venv/.installed-*
  touch "$stamp"
fi

htmx_version=$(node -p "require('./package-lock.json').packages['node_modules/htmx.org'].version")
if [ "$(cat static/vendor/htmx.version 2>/dev/null)" != "$htmx_version" ] || [ ! -f static/vendor/htmx.min.js ]; then
  echo "==> installing htmx ${htmx_version} from npm (package-lock.json)"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  mkdir -p static/vendor
  cp node_modules/htmx.org/dist/htmx.min.js static/vendor/htmx.min.js
  echo "$htmx_version" > static/vendor/htmx.version
fi

mkdir -p data
echo "==> applying database migrations"
# Setup is for development and the demo: unless told otherwise, migrate in demo mode
# (its local key file encrypts any rows an older schema left in ./data).
SAFEREPLY_DEMO="${SAFEREPLY_DEMO:-true}" .venv/bin/python -m app migrate
