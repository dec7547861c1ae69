#!/usr/bin/env bash
# Set everything up (idempotent, with test dependencies and Chromium) and run the
# whole test suite: unit, web and browser tests. Extra arguments go to pytest.
# On PostgreSQL: SAFEREPLY_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/DB scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh requirements-dev.lock
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> installing Chromium for the browser tests (Debian package)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "WARNING: /usr/bin/chromium is missing and cannot be installed here; browser tests will be skipped." >&2
  fi
fi
exec .venv/bin/python -m pytest "$@"
