#!/usr/bin/env bash
# Started by Playwright: a new, empty instance (migrated and seeded, no
# accounts) served from the existing production build on port $E2E_PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f .next/BUILD_ID ]; then
  echo "No production build: run npm run build first (npm test does it)." >&2
  exit 1
fi
rm -rf e2e/.artifacts/db && mkdir -p e2e/.artifacts/db
export DATABASE_URL="file:./e2e/.artifacts/db/e2e.db"
export PORT="${E2E_PORT:-3100}"
export APP_URL="http://localhost:${PORT}"
export BETTER_AUTH_SECRET="e2e-only-secret-$(node -e 'console.log(require("crypto").randomBytes(24).toString("hex"))')"
export SCHEDULER_INSTANCE="e2e"
npm run --silent db:migrate
npm run --silent db:seed
exec node scripts/serve.mjs
