#!/usr/bin/env bash
# `npm test`: every test the project has, in the order that fails fastest.
#   1. types, format    tsc --noEmit; prettier --check (.prettierrc.json)
#   2. unit             vitest (pure logic, seed content, schemas)
#   3. data layer       vitest against a new SQLite file and a new PostgreSQL
#                       database per test file (TEST_POSTGRES_URL)
#   4. durability       next build, then load, crash and failed-commit tests over
#                       HTTP against the built app (tests/durability)
#   5. end to end       Playwright in Debian's Chromium against the built app on
#                       a fresh SQLite file
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-deps.sh
export NEXT_TELEMETRY_DISABLED=1

ensure_deps
ensure_env

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "==> installing Debian's chromium for the end-to-end tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The end-to-end tests need Chromium at /usr/bin/chromium (sudo apt-get install chromium), or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi

# Korean pages must show Hangul in screenshots and layout checks, not boxes.
if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "==> installing Debian's fonts-noto-cjk for Korean pages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null
  else
    echo "warning: Korean fonts missing (sudo apt-get install fonts-noto-cjk); Korean screenshots will show boxes." >&2
  fi
fi

pg_url="${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
if ! node -e "const {Client}=require('pg');const c=new Client({connectionString:process.argv[1]});c.connect().then(()=>c.end()).catch(e=>{console.error(e.message);process.exit(1)})" "$pg_url"; then
  echo "The data-layer tests need PostgreSQL at $pg_url (set TEST_POSTGRES_URL)." >&2
  exit 1
fi

# Each phase says how long the run has taken so far, so a slow phase shows in CI's log.
phase() { echo "==> $1 (at $((SECONDS / 60)) min $((SECONDS % 60)) s)"; }
trap 'echo "==> finished after $((SECONDS / 60)) min $((SECONDS % 60)) s"' EXIT

phase "types"
npx tsc --noEmit -p .
phase "format (npm run format fixes it)"
npx prettier --check . --log-level warn
phase "unit and data-layer tests"
npx vitest run --project unit --project db --project db-timed
phase "production build"
BUILD_TYPES_CHECKED=1 npm run --silent build # tsc has just checked every file
phase "durability: load, faults and a failed commit, over HTTP against the build"
npm run --silent test:durability
phase "end-to-end tests (Chromium)"
npx playwright test
