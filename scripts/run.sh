#!/usr/bin/env bash
# The run command: Keycloak with the demo realm on :8180, and DX Awards on :8080 with its embedded
# H2 database (in ./data) and the demo campaign top100-demo. Ctrl-C stops both.
#
# Environment (all optional):
#   DX_APP_PORT=8080               the app's port
#   DX_MANAGEMENT_PORT=9000        the app's management interface (health, metrics, API document)
#   KC_PORT=8180                   Keycloak's port (its management port is KC_PORT+1000)
#   DX_KEYCLOAK_HOME               the Keycloak distribution (default .cache/keycloak-26.7.3)
#   DX_KEYCLOAK_START_TIMEOUT=900  ceiling of the wait for Keycloak, in s
#   DX_APP_START_TIMEOUT=600       ceiling of the wait for the app, in s
#   DX_STALL_TIMEOUT=600           a start that logs nothing this long is taken as stuck
#   MVNW=./mvnw                    the Maven wrapper that builds the app
#
# Every port is checked first, so a clash fails in seconds naming the port and its process. The app
# is built only when src/, processes/, pom.xml or .mvn/ changed since the last build of this command.
# Whatever this command started is stopped on every way out (Ctrl-C, a failure, the app exiting);
# nothing it did not start is touched.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DX_SCRIPT=run.sh
# shellcheck source=scripts/lib.sh
. scripts/lib.sh

APP_PORT="${DX_APP_PORT:-8080}"
MANAGEMENT_PORT="${DX_MANAGEMENT_PORT:-9000}"
export KC_PORT="${KC_PORT:-8180}"
MVNW="${MVNW:-./mvnw}"
# keycloak.sh stop, under this token, stops only a Keycloak that this command started
export DX_KC_OWNER="run.sh-$$-$RANDOM"
REALM_URL="http://localhost:$KC_PORT/realms/dx-awards"
# the sources' hash at the last build of this command, and the jar it made (any other build, e.g. a
# prod package, rewrites the jar and so invalidates the stamp)
BUILD_STAMP=.cache/run-build-stamp
JAR=target/quarkus-app/quarkus-run.jar
start=$SECONDS

app_pid=""
kc_bg=""
kc_ours=0
stopping=0
stop_all() {
  local code=$?
  [ "$stopping" = 1 ] && return
  stopping=1
  trap - INT TERM EXIT
  echo
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    echo "Stopping DX Awards (pid $app_pid) ..."
    kill -TERM "$app_pid" 2>/dev/null || true
    # a clean stop closes the H2 file database properly (a killed app can leave it damaged): it may
    # take a while on a busy machine; only one that hangs for 2 minutes is killed
    for _ in $(seq 1 240); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$app_pid" 2>/dev/null; then
      echo "DX Awards did not stop within 120 s: killed" >&2
      kill -KILL "$app_pid" 2>/dev/null || true
    fi
  fi
  if [ -n "$kc_bg" ]; then
    # a Keycloak start still under way in the background: end it; its own trap stops what it started
    kill -TERM "$kc_bg" 2>/dev/null || true
    wait "$kc_bg" 2>/dev/null || true
  fi
  # under DX_KC_OWNER, keycloak.sh stop only stops an instance this command started
  if [ "$kc_ours" = 1 ] || [ -n "$kc_bg" ]; then scripts/keycloak.sh stop || true; fi
  exit "$code"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- 1. everything that can fail fast, before anything is built or started ----------------------
command -v curl >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }
command -v unzip >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq unzip >/dev/null; }
dx_need_ss
dx_java
dx_port_free "$APP_PORT" "DX Awards, DX_APP_PORT"
dx_port_free "$MANAGEMENT_PORT" "DX Awards management, DX_MANAGEMENT_PORT"
kc_running=0
if curl -fs -o /dev/null --max-time 3 "$REALM_URL/.well-known/openid-configuration"; then
  kc_running=1
  echo "Keycloak with the demo realm already runs on :$KC_PORT (not started, nor stopped, by this command)"
else
  scripts/keycloak.sh check-ports "$KC_PORT"
fi

# --- 2. Keycloak in the background, the app's build meanwhile ---------------------------------
if [ "$kc_running" = 0 ]; then
  KC_KEEP_DATA="${KC_KEEP_DATA:-1}" scripts/keycloak.sh start "$KC_PORT" &
  kc_bg=$!
fi

source_stamp() {
  {
    echo "profile=demo"
    for path in src processes pom.xml .mvn; do
      [ ! -e "$path" ] || find "$path" -type f -printf '%p %s %T@\n'
    done | sort
  } | sha256sum | cut -d' ' -f1
}
jar_id() { stat -c '%s %Y' "$JAR" 2>/dev/null || echo none; }
stamp="$(source_stamp)"
if [ -f "$JAR" ] && [ -f "$BUILD_STAMP" ] && [ "$(cat "$BUILD_STAMP")" = "$stamp $(jar_id)" ]; then
  echo "Nothing changed since the last build: reusing target/quarkus-app"
else
  echo "Building DX Awards (profile demo: embedded H2 database) ..."
  rm -f "$BUILD_STAMP"
  "$MVNW" -B -q package -DskipTests -Dquarkus.profile=demo || dx_die "the build failed (see above)"
  mkdir -p "$(dirname "$BUILD_STAMP")"
  echo "$stamp $(jar_id)" >"$BUILD_STAMP"
fi

# --- 3. the app, started while Keycloak may still be starting (it waits for Keycloak itself, up to
# quarkus.oidc.connection-delay), so that the two starts overlap ------------------------------------
dx_port_free "$APP_PORT" "DX Awards, DX_APP_PORT"
dx_port_free "$MANAGEMENT_PORT" "DX Awards management, DX_MANAGEMENT_PORT"
mkdir -p data
DX_OIDC_URL="$REALM_URL" "$JAVA_HOME/bin/java" -Dquarkus.profile=demo -Dquarkus.http.port="$APP_PORT" \
  -Dquarkus.management.port="$MANAGEMENT_PORT" \
  -jar target/quarkus-app/quarkus-run.jar >data/dx-awards.log 2>&1 </dev/null &
app_pid=$!

if [ -n "$kc_bg" ]; then
  if ! wait "$kc_bg"; then
    kc_bg=""
    dx_die "Keycloak did not start (see above); nothing of this command is left running"
  fi
  kc_bg=""
  kc_ours=1
fi
if ! dx_wait_ready "DX Awards" "http://localhost:$MANAGEMENT_PORT/q/health/ready" "$app_pid" data/dx-awards.log \
    "${DX_APP_START_TIMEOUT:-600}"; then
  dx_die "DX Awards did not become ready (log above: data/dx-awards.log); DX_APP_START_TIMEOUT raises the ceiling"
fi

cat <<INFO

DX Awards is running (ready in $((SECONDS - start)) s after the command started):
  Sign in              http://localhost:$APP_PORT/app   (start page: http://localhost:$APP_PORT/)
  API and its docs     http://localhost:$MANAGEMENT_PORT/q/swagger-ui   (OpenAPI: http://localhost:$MANAGEMENT_PORT/q/openapi)
  Health and metrics   http://localhost:$MANAGEMENT_PORT/q/health   http://localhost:$MANAGEMENT_PORT/q/metrics
  Demo campaign        top100-demo (phase NOMINATION)
  Keycloak (sign-in)   http://localhost:$KC_PORT/realms/dx-awards/account   admin console: http://localhost:$KC_PORT/admin (admin/admin)
  Demo accounts        admin, secretary1, secretary2, chair, juror1 … juror8, nominator.hanoi, nominator.danang,
                       nominator.hcm, nominator.haiphong, nominator.vinasa — password: demo
  A token for the API  KC_PORT=$KC_PORT scripts/keycloak.sh token nominator.hanoi
Log: data/dx-awards.log. Press Ctrl-C to stop.
INFO
set +e
wait "$app_pid"
code=$?
app_pid=""
echo "DX Awards exited (code $code); log: data/dx-awards.log" >&2
exit "$code"
