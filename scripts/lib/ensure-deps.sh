# Sourced by quickstart.sh and test-all.sh: installs the npm dependencies when
# node_modules is missing or was installed from another package-lock.json.
ensure_deps() {
  local want have
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  have=$(cat node_modules/.installed-from 2>/dev/null || true)
  if [ "$want" != "$have" ]; then
    echo "==> npm ci (compiles better-sqlite3: a few minutes on a small machine)"
    npm ci --no-audit --no-fund
    echo "$want" > node_modules/.installed-from
  fi
}

# Writes .env with a fresh auth secret when there is none.
ensure_env() {
  if [ ! -f .env ]; then
    echo "==> writing .env (DATABASE_URL=file:./data/tracker.db, a new BETTER_AUTH_SECRET)"
    sed "s|^BETTER_AUTH_SECRET=.*|BETTER_AUTH_SECRET=$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))')|" \
      .env.example > .env
  fi
}
