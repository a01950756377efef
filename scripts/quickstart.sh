#!/usr/bin/env bash
# One command from a fresh clone to a running product on http://localhost:3000:
# installs, creates and migrates the SQLite file, seeds the baseline, builds,
# then serves the app with the scheduler beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/ensure-deps.sh

ensure_deps
ensure_env
echo "==> database: migrate and seed"
npm run --silent db:migrate
npm run --silent db:seed

if [ ! -f .next/BUILD_ID ] || [ -n "$(find app lib jobs next.config.js package-lock.json -newer .next/BUILD_ID -print -quit)" ]; then
  echo "==> next build"
  npm run build
fi

echo "==> serving on http://localhost:${PORT:-3000} (Ctrl-C stops the app and the scheduler)"
exec npm start
