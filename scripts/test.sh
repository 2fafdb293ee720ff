#!/usr/bin/env bash
# The whole test suite: lint, types, translations, then the tests on SQLite (with the
# browser tier in Chromium) and on PostgreSQL (with the real-parallel-request tier).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
BIN=$VENV/bin
CI=${CI:-}
say() { printf '\033[1;31m==>\033[0m %s\n' "$*" >&2; }

browser=yes
if ! scripts/system-deps.sh; then
  if [ -n "$CI" ]; then say "system packages are missing"; exit 1; fi
  browser=no
fi

say "lint (ruff) and types (mypy)"
"$BIN/ruff" check jinlin config tests benchmarks
JINLIN_TESTING=true "$BIN/mypy" jinlin config

# Two (at most four) processes share the tests, a module to each at a time (the crawl's and the
# demo's module-wide worlds are built once). Schemathesis runs on its own: under xdist its
# generated cases would fold into one test each; its two runs (SQLite, PostgreSQL) are one
# process each, so they run side by side at the end, one on each core. Arguments (a file,
# -k …) run as asked, in one process.
workers=$(nproc 2>/dev/null || echo 1)
[ "$workers" -gt 4 ] && workers=4
split=no
[ $# -eq 0 ] && [ "$workers" -ge 2 ] && split=yes
run_tier() {
  if [ "$split" = no ]; then
    "$BIN/pytest" "$@"
    return
  fi
  "$BIN/pytest" "$1" -n "$workers" --dist loadscope --no-loadscope-reorder \
    --ignore tests/test_api_schemathesis.py
}

markers="not postgres"
if [ "$browser" = no ]; then
  markers="$markers and not browser"
  say "WARNING: Chromium or the CJK font is missing, so the browser tests will NOT run."
fi
say "tests on SQLite ($markers)"
run_tier "-m$markers" "$@"

PG_URL=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}
postgres=no
if "$BIN/python" - "$PG_URL" <<'PY' 2>/dev/null
import sys, psycopg
psycopg.connect(sys.argv[1].replace("postgres://", "postgresql://", 1), connect_timeout=3).close()
PY
then
  postgres=yes
  say "tests on PostgreSQL (everything but the browser tier and the crawl, plus the parallel-request tier)"
  DATABASE_URL=$PG_URL run_tier "-mnot browser and not crawl" "$@"
else
  say "WARNING: PostgreSQL does not answer at $PG_URL, so the PostgreSQL tier did NOT run."
  say "         Set TEST_DATABASE_URL=postgres://user@host:5432/db to run it."
fi

if [ "$split" = yes ]; then
  if [ "$postgres" = yes ]; then
    say "schemathesis on SQLite and on PostgreSQL, side by side"
    log=$(mktemp)
    "$BIN/pytest" "-m$markers" tests/test_api_schemathesis.py >"$log" 2>&1 &
    sqlite_run=$!
    pg_status=0
    DATABASE_URL=$PG_URL "$BIN/pytest" "-mnot browser and not crawl" \
      tests/test_api_schemathesis.py || pg_status=$?
    sqlite_status=0
    wait "$sqlite_run" || sqlite_status=$?
    say "schemathesis on SQLite:"
    cat "$log"
    rm -f "$log"
    if [ "$pg_status" -ne 0 ] || [ "$sqlite_status" -ne 0 ]; then
      say "schemathesis failed (PostgreSQL: exit $pg_status, SQLite: exit $sqlite_status)"
      exit 1
    fi
  else
    say "schemathesis on SQLite"
    "$BIN/pytest" "-m$markers" tests/test_api_schemathesis.py
  fi
fi
say "all tests passed"
