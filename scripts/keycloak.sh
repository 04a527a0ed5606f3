#!/usr/bin/env bash
# Local Keycloak for DX Awards development and tests, with the DEMO realm.
#
#   scripts/keycloak.sh fetch               download + unpack the Keycloak distribution (once)
#   scripts/keycloak.sh build               build it once for our options (kc.sh build), remembered by a stamp
#   scripts/keycloak.sh start [port]        start it (optimised) on 127.0.0.1 (default port 8180), import the demo realm
#   scripts/keycloak.sh check-ports [port]  fail at once if its HTTP or management port is taken, naming the process
#   scripts/keycloak.sh stop                stop the instance started by this script
#   scripts/keycloak.sh token <user> [pw]   print an access token (client dx-cli, password grant)
#   scripts/keycloak.sh claims <user> [pw]  print the decoded payload of that token (for debugging)
#
# Environment:
#   DX_KEYCLOAK_HOME  where the distribution is unpacked (default <repo>/.cache/keycloak-26.7.3)
#   KC_PORT           HTTP port (default 8180); the management port is KC_PORT+1000
#   JAVA_HOME         JDK to run Keycloak with (default: the `java` on the PATH, 17 or later)
#   MVN               Maven command used by `fetch` (default: the project's ./mvnw)
#   KC_KEEP_DATA=1    keep the dev database if the realm file is unchanged (faster start, see below)
#   DX_KEYCLOAK_START_TIMEOUT  ceiling of the wait for the realm, in s (default 900); the wait ends
#                     earlier only if Keycloak exits or logs nothing for DX_STALL_TIMEOUT s (default 600)
#   DX_KC_OWNER       a token naming the command that starts Keycloak: `stop` with the same token set
#                     stops only an instance started under it (run.sh and test.sh use it)
#   KC_START_DELAY    seconds to sleep before starting (a slow machine, for the scripts' own tests)
#
# Why a script and not Dev Services: Quarkus Dev Services for Keycloak need containers, and the
# build/CI machines have none. The distribution comes from Maven Central, the only registry reachable.
# Everything here is demo-only (bootstrap admin admin/admin, user passwords "demo").
set -euo pipefail

KC_VERSION=26.7.3
REALM=dx-awards
REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE_DIR="$REPO_DIR/.cache"
KC_HOME="${DX_KEYCLOAK_HOME:-$CACHE_DIR/keycloak-$KC_VERSION}"
REALM_FILE="$REPO_DIR/keycloak/$REALM-realm.json"
# One instance per distribution (they share its database), so pid and log are per distribution too.
PID_FILE="$KC_HOME.pid"
LOG_FILE="$KC_HOME.log"
OWNER_FILE="$KC_HOME.owner"
BUILD_STAMP="$KC_HOME/lib/quarkus/dx-build-options"
# The wait for the realm lasts while the process is alive and logging, up to this generous ceiling.
START_TIMEOUT="${DX_KEYCLOAK_START_TIMEOUT:-900}"
# Build-time options: the start is `start --optimized` on a build made once with these (a local
# cache: no cluster discovery on a shared machine; the file-based dev database: nothing to install).
BUILD_OPTIONS=(--db=dev-file --cache=local --health-enabled=false --metrics-enabled=false)

DX_SCRIPT=keycloak.sh
# shellcheck source=scripts/lib.sh
. "$REPO_DIR/scripts/lib.sh"
die() { dx_die "$@"; }

port_arg() { echo "${1:-${KC_PORT:-8180}}"; }

# "localhost" (not 127.0.0.1) on purpose: it is the host in the issuer the app is configured with.
realm_url() { echo "http://localhost:$1/realms/$REALM"; }

# True when a Keycloak with our realm answers on the port (whoever started it).
realm_answers() {
  curl -fsS -o /dev/null --max-time 3 "$(realm_url "$1")/.well-known/openid-configuration" 2>/dev/null
}

cmd_check_ports() {
  local port
  port="$(port_arg "${1:-}")"
  dx_need_ss
  dx_port_free "$port" "Keycloak HTTP, KC_PORT"
  dx_port_free "$((port + 1000))" "Keycloak management, KC_PORT+1000"
}

# Pid from the pid file, only if that process is still alive and still a Keycloak
# (guards against a stale pid file whose number was reused by an unrelated process).
running_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -e kc.sh -e keycloak || return 1
  echo "$pid"
}

cmd_fetch() {
  if [ -x "$KC_HOME/bin/kc.sh" ]; then
    echo "Keycloak $KC_VERSION already unpacked in $KC_HOME"
    return 0
  fi
  command -v unzip >/dev/null || die "unzip is missing (apt-get install unzip)"
  [ ! -e "$KC_HOME" ] || die "$KC_HOME exists but has no bin/kc.sh (interrupted?); remove it and retry"
  mkdir -p "$CACHE_DIR" "$(dirname "$KC_HOME")"
  local tmp
  tmp="$(mktemp -d "$CACHE_DIR/keycloak-fetch.XXXXXX")"
  # shellcheck disable=SC2064  # expand $tmp now: it is local and gone when the trap fires
  trap "rm -rf '$tmp'" EXIT
  echo "Fetching org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip (≈170 MB, cached in ~/.m2) ..."
  # Run Maven from an empty directory: standalone mode, so a half-edited project pom.xml cannot
  # break the download. The plugin version is pinned so the prefix is not resolved anew each time.
  # Maven's output is kept back unless it fails (-q still leaves stray ANSI resets on stdout).
  local out
  if ! out="$(cd "$tmp" && ${MVN:-$REPO_DIR/mvnw} -q -B -Dstyle.color=never \
      org.apache.maven.plugins:maven-dependency-plugin:3.9.0:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
      -DoutputDirectory="$tmp" 2>&1)"; then
    echo "$out" >&2
    die "could not fetch the Keycloak distribution from Maven"
  fi
  # Unpack next to the target and move into place at the end, so an interrupted unzip never
  # leaves a half distribution that the idempotence check above would take for a complete one.
  unzip -q "$tmp/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$tmp"
  mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$tmp"
  trap - EXIT
  echo "Keycloak $KC_VERSION unpacked in $KC_HOME"
}

# `kc.sh build` once for BUILD_OPTIONS; the stamp (inside lib/quarkus, which the build rewrites)
# records them, so a changed option or a fresh distribution builds again and nothing else does.
cmd_build() {
  cmd_fetch
  dx_java
  local want="$KC_VERSION ${BUILD_OPTIONS[*]}"
  if [ -f "$BUILD_STAMP" ] && [ "$(cat "$BUILD_STAMP")" = "$want" ]; then
    return 0
  fi
  echo "Building Keycloak once for: ${BUILD_OPTIONS[*]} (a minute or more on a busy machine; log: $KC_HOME.build.log)"
  local started=$SECONDS
  if ! "$KC_HOME/bin/kc.sh" build "${BUILD_OPTIONS[@]}" >"$KC_HOME.build.log" 2>&1 </dev/null; then
    tail -n 30 "$KC_HOME.build.log" >&2
    die "kc.sh build failed (log above: $KC_HOME.build.log)"
  fi
  mkdir -p "$(dirname "$BUILD_STAMP")"
  echo "$want" >"$BUILD_STAMP"
  echo "Keycloak built in $((SECONDS - started)) s"
}

cmd_start() {
  local port mgmt_port pid started
  port="$(port_arg "${1:-}")"
  mgmt_port=$((port + 1000))

  if realm_answers "$port"; then
    echo "Keycloak already answers on port $port with realm $REALM: $(realm_url "$port")"
    return 0
  fi
  if pid="$(running_pid)"; then
    die "Keycloak started by this script (pid $pid) is running (still starting, or on another port) but realm $REALM does not answer on port $port; one instance per distribution, as they share its database; see $LOG_FILE or run: $0 stop"
  fi
  cmd_check_ports "$port"
  [ -f "$REALM_FILE" ] || die "realm file not found: $REALM_FILE"

  cmd_build
  # --import-realm skips a realm that already exists in the database ("Import skipped"), so an
  # edited realm file would silently not apply. Wiping the dev H2 database makes every start import
  # the file afresh (sessions and admin-console edits are lost on purpose: the file is the truth).
  # It costs ≈ 10 s (schema creation + import). KC_KEEP_DATA=1 keeps the database when the realm
  # file is byte-identical to the one imported last time (the copy in data/import is that record).
  local imported
  imported="$KC_HOME/data/import/$(basename "$REALM_FILE")"
  if [ "${KC_KEEP_DATA:-0}" = 1 ] && [ -d "$KC_HOME/data/h2" ] && cmp -s "$REALM_FILE" "$imported"; then
    echo "KC_KEEP_DATA=1 and realm file unchanged: keeping the existing database"
  else
    rm -rf "$KC_HOME/data/h2"
  fi
  mkdir -p "$KC_HOME/data/import"
  rm -f "$KC_HOME"/data/import/*.json
  cp "$REALM_FILE" "$imported"

  echo "Starting Keycloak $KC_VERSION on http://localhost:$port (Java: $JAVA_HOME, log: $LOG_FILE)"
  # start --optimized: the build above is reused, nothing is re-augmented at start.
  # --http-host=127.0.0.1: never expose the demo realm/admin (admin/admin) to the network.
  # --hostname: a fixed issuer (http://localhost:PORT/realms/dx-awards) whether a client calls
  #   localhost or 127.0.0.1; the app validates `iss` against this exact string.
  # --http-management-port: kept next to the HTTP port (its default 9000 clashes easily); its host
  #   is inherited from --http-host (127.0.0.1).
  # setsid: own process group, so `stop` can also reach the JVM child if kc.sh does not forward.
  started=$SECONDS
  # interrupted from here on: stop what was started (pid, or $! if the signal came before it was
  # recorded), and only that
  pid=""
  trap 'trap - INT TERM; echo; echo "Interrupted: stopping the Keycloak this command started ..." >&2
        if [ -z "$pid" ] && [ -n "${!:-}" ]; then pid=$!; echo "$pid" >"$PID_FILE"; echo "${DX_KC_OWNER:-}" >"$OWNER_FILE"; fi
        cmd_stop >&2; exit 130' INT TERM
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin KC_START_DELAY="${KC_START_DELAY:-0}" \
    setsid bash -c 'sleep "$KC_START_DELAY"; exec "$0" "$@"' "$KC_HOME/bin/kc.sh" start --optimized \
      --http-enabled=true --http-host=127.0.0.1 --http-port="$port" \
      --hostname="http://localhost:$port" \
      --http-management-port="$mgmt_port" \
      --import-realm \
      >"$LOG_FILE" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PID_FILE"
  # who started it: `stop` with DX_KC_OWNER set stops only an instance started under the same owner
  echo "${DX_KC_OWNER:-}" >"$OWNER_FILE"

  # Usually 15-30 s; the wait lasts while the process is alive and logging, up to the ceiling.
  if ! dx_wait_ready "Keycloak (realm $REALM)" "$(realm_url "$port")/.well-known/openid-configuration" \
      "$pid" "$LOG_FILE" "$START_TIMEOUT"; then
    echo "Stopping the Keycloak this command started ..." >&2
    cmd_stop >&2
    exit 1
  fi
  trap - INT TERM
  echo "Keycloak ready in $((SECONDS - started)) s (pid $pid): $(realm_url "$port")"
  echo "  admin console: http://localhost:$port/admin  (admin / admin, demo only)"
  echo "  demo users: see keycloak/README.md (password: demo)"
}

cmd_stop() {
  local pid i
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE" "$OWNER_FILE"
    echo "No Keycloak started by this script is running."
    return 0
  fi
  if [ -n "${DX_KC_OWNER:-}" ] && [ "$(cat "$OWNER_FILE" 2>/dev/null)" != "$DX_KC_OWNER" ]; then
    echo "The Keycloak running from $KC_HOME (pid $pid) was not started by this command: left running."
    return 0
  fi
  echo -n "Stopping Keycloak (pid $pid) "
  # kc.sh traps TERM and forwards it to the JVM, which shuts down cleanly (H2 closed properly).
  kill -TERM "$pid" 2>/dev/null || true
  # A clean shutdown takes seconds, longer on a busy machine; only one that hangs is killed.
  for i in $(seq 1 240); do
    kill -0 "$pid" 2>/dev/null || break
    printf '.'
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo " still alive after 120 s, killing its process group"
    kill -KILL -- "-$pid" 2>/dev/null || true
    sleep 1
  fi
  # Whatever is left in its process group (setsid made the group ours alone: a sleeping start
  # delay, a JVM that kc.sh did not take down with it).
  if kill -0 -- "-$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for i in $(seq 1 20); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE" "$OWNER_FILE"
  echo " stopped."
}

# Prints the raw token endpoint response on success; the error body on stderr otherwise.
token_response() {
  local user="$1" password="${2:-demo}" port body code
  port="$(port_arg)"
  body="$(curl -sS --max-time 20 -w '\n%{http_code}' \
    -d grant_type=password -d client_id=dx-cli -d scope=openid \
    --data-urlencode "username=$user" --data-urlencode "password=$password" \
    "$(realm_url "$port")/protocol/openid-connect/token")" || die "Keycloak not reachable on port $port"
  code="${body##*$'\n'}"
  body="${body%$'\n'*}"
  [ "$code" = 200 ] || die "token request for '$user' failed (HTTP $code): $body"
  echo "$body"
}

cmd_token() {
  [ $# -ge 1 ] || die "usage: $0 token <user> [password]"
  # A JWT is base64url plus dots: no quotes or escapes, so a plain sed extraction is exact (no jq).
  token_response "$@" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

cmd_claims() {
  [ $# -ge 1 ] || die "usage: $0 claims <user> [password]"
  local payload
  payload="$(cmd_token "$@" | cut -d. -f2 | tr '_-' '/+')"
  # base64url drops the '=' padding; restore it for base64 -d.
  while [ $(( ${#payload} % 4 )) -ne 0 ]; do payload="$payload="; done
  echo "$payload" | base64 -d
  echo
}

case "${1:-}" in
  fetch) cmd_fetch ;;
  build) cmd_build ;;
  check-ports) shift; cmd_check_ports "$@" ;;
  start) shift; cmd_start "$@" ;;
  stop) cmd_stop ;;
  token) shift; cmd_token "$@" ;;
  claims) shift; cmd_claims "$@" ;;
  *) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
