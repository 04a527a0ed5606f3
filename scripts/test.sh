#!/usr/bin/env bash
# The test command: installs and starts what the tests need (PostgreSQL from Debian's packages,
# Keycloak 26 from Maven Central with the demo realm, the lint tools from npm), runs every test,
# and stops again what it started. Usage: scripts/test.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

need() { # need COMMAND DEBIAN_PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "Installing $2 from Debian's packages ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "$2" >/dev/null
}
need unzip unzip
need curl curl
need npm npm
# the browser tests drive Debian's Chromium through Debian's chromedriver (never a downloaded browser)
need chromium chromium
need chromedriver chromium-driver
# BackupRestoreIT runs scripts/backup.sh (pg_dump, pg_restore, psql)
need pg_dump postgresql-client
# the decision and publication tests check signatures with pdfsig and render pages with pdftoppm (poppler)
need pdfsig poppler-utils

realm_on() { curl -fsS -o /dev/null --max-time 3 "http://localhost:$1/realms/dx-awards/.well-known/openid-configuration"; }

started_keycloak=0
cleanup() {
  if [ "$started_keycloak" = 1 ]; then scripts/keycloak.sh stop || true; fi
  scripts/postgres.sh stop || true
}
trap cleanup EXIT

scripts/postgres.sh start

# Reuse a Keycloak with the demo realm that already runs (the run command's, say); else start one.
if [ -n "${KC_PORT:-}" ] && realm_on "$KC_PORT"; then
  :
elif realm_on 8190; then
  export KC_PORT=8190
elif realm_on 8180; then
  export KC_PORT=8180
else
  export KC_PORT="${KC_PORT:-8190}"
  scripts/keycloak.sh start "$KC_PORT"
  started_keycloak=1
fi
echo "Tests use Keycloak on http://localhost:$KC_PORT"

# The lint tools the tests call (bpmnlint, redocly), pinned in tools/lint/package-lock.json.
[ -x tools/lint/node_modules/.bin/bpmnlint ] || npm ci --silent --prefix tools/lint
# axe-core, which the browser tests inject into every page they check
[ -f tools/browser/node_modules/axe-core/axe.min.js ] || npm ci --silent --prefix tools/browser

start=$(date +%s)
./mvnw -B verify "$@"
echo "Test command finished in $(( $(date +%s) - start )) s"
