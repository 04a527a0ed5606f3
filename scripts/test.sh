#!/usr/bin/env bash
# The test command: installs and starts what the tests need (PostgreSQL from Debian's packages,
# Keycloak 26 from Maven Central with the demo realm, the lint tools from npm), runs every test,
# and stops again what it started. Usage: scripts/test.sh [extra Maven arguments]
#
# Environment (all optional): KC_PORT (default: a Keycloak with the demo realm already answering on
# 8190 or 8180, else a new one on 8190; its management port is KC_PORT+1000), QUARKUS_HTTP_TEST_PORT
# (default 8081), DX_MANAGEMENT_TEST_PORT (the test app's health and metrics, default 9001), DX_KEYCLOAK_START_TIMEOUT (900 s), DX_STALL_TIMEOUT (600 s).
#
# Every port is checked before anything is installed, built or started: a clash fails in seconds,
# naming the port and its process. Whatever this command started is stopped on every way out.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DX_SCRIPT=test.sh
# shellcheck source=scripts/lib.sh
. scripts/lib.sh

need() { # need COMMAND DEBIAN_PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "Installing $2 from Debian's packages ..."
  export DEBIAN_FRONTEND=noninteractive
  [ -n "${apt_updated:-}" ] || { apt-get update -qq; apt_updated=1; }
  apt-get install -y -qq "$2" >/dev/null
}

# keycloak.sh stop, under this token, stops only a Keycloak that this command started
export DX_KC_OWNER="test.sh-$$-$RANDOM"
started_keycloak=0
started_postgres=0
cleanup() {
  local code=$?
  trap - EXIT INT TERM
  if [ "$started_keycloak" = 1 ]; then scripts/keycloak.sh stop || true; fi
  if [ "$started_postgres" = 1 ]; then scripts/postgres.sh stop || true; fi
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- 1. what can fail fast: tools for the checks, Java, Node, every port ------------------------
need curl curl
dx_need_ss
dx_java
need node nodejs
need npm npm
dx_node_ok || exit 1

realm_on() { curl -fs -o /dev/null --max-time 3 "http://localhost:$1/realms/dx-awards/.well-known/openid-configuration"; }
# Reuse a Keycloak with the demo realm that already runs (the run command's, say); else start one.
start_keycloak=0
if [ -n "${KC_PORT:-}" ] && realm_on "$KC_PORT"; then
  :
elif [ -z "${KC_PORT:-}" ] && realm_on 8190; then
  export KC_PORT=8190
elif [ -z "${KC_PORT:-}" ] && realm_on 8180; then
  export KC_PORT=8180
else
  export KC_PORT="${KC_PORT:-8190}"
  scripts/keycloak.sh check-ports "$KC_PORT"
  start_keycloak=1
fi
dx_port_free "${QUARKUS_HTTP_TEST_PORT:-8081}" "the tests' app, QUARKUS_HTTP_TEST_PORT"
dx_port_free "${DX_MANAGEMENT_TEST_PORT:-9001}" "the tests' app management interface, DX_MANAGEMENT_TEST_PORT"
scripts/postgres.sh check-port

# --- 2. installs ---------------------------------------------------------------------------------
need unzip unzip
# the browser tests drive Debian's Chromium through Debian's chromedriver (never a downloaded browser)
need chromium chromium
need chromedriver chromium-driver
# BackupRestoreIT runs scripts/backup.sh (pg_dump, pg_restore, psql)
need pg_dump postgresql-client
# the decision and publication tests check signatures with pdfsig and render pages with pdftoppm (poppler)
need pdfsig poppler-utils
# ScriptsTests' stand-in Keycloak serves its discovery document with Python's http.server
need python3 python3

# --- 3. services ---------------------------------------------------------------------------------
# postgres.sh leaves this flag when it starts the cluster itself: then this command stops it at the end
pg_flag=.cache/postgres.started-by-us
[ -f "$pg_flag" ] || started_postgres=1
scripts/postgres.sh start
[ -f "$pg_flag" ] || started_postgres=0
if [ "$start_keycloak" = 1 ]; then
  started_keycloak=1   # from here on, keycloak.sh stop (owner token) stops it whatever happens
  scripts/keycloak.sh start "$KC_PORT"
fi
echo "Tests use Keycloak on http://localhost:$KC_PORT"

# The lint tools the tests call (bpmnlint, redocly), pinned in tools/lint/package-lock.json.
[ -x tools/lint/node_modules/.bin/bpmnlint ] || npm ci --silent --prefix tools/lint
# axe-core, which the browser tests inject into every page they check
[ -f tools/browser/node_modules/axe-core/axe.min.js ] || npm ci --silent --prefix tools/browser

start=$(date +%s)
./mvnw -B verify "$@"
echo "Test command finished in $(( $(date +%s) - start )) s"
