#!/usr/bin/env bash
# Set everything up (idempotent) and start SafeReply on SQLite (./data/safereply.db).
# Demo mode by default: a demo practice and demo users whose passwords are printed
# once at start. Production: SAFEREPLY_DEMO=false SAFEREPLY_SECRET_KEY=... scripts/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export SAFEREPLY_DEMO="${SAFEREPLY_DEMO:-true}"
./scripts/setup.sh requirements.lock
if [ "$SAFEREPLY_DEMO" = "true" ]; then
  # The demo is served over plain http on localhost, where Secure cookies would not be sent.
  export SAFEREPLY_COOKIE_SECURE="${SAFEREPLY_COOKIE_SECURE:-false}"
fi
exec .venv/bin/python -m app serve "$@"
