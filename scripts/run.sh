#!/usr/bin/env bash
# The run command: Keycloak with the demo realm on :8180, and DX Awards on :8080 with its embedded
# H2 database (in ./data) and the demo campaign top100-demo. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

command -v unzip >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq unzip >/dev/null; }

app_pid=""
kc_pid=""
started_keycloak=0
stop_all() {
  trap - INT TERM EXIT
  echo
  echo "Stopping ..."
  # A Keycloak start still under way: stop it only if it turns out to be ours.
  if [ -n "$kc_pid" ] && [ "$started_keycloak" = 0 ] && wait "$kc_pid" 2>/dev/null; then
    started_keycloak=1
  fi
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ "$started_keycloak" = 1 ] && scripts/keycloak.sh stop || true
}
trap stop_all INT TERM EXIT

start=$(date +%s)
if curl -fs -o /dev/null --max-time 3 http://localhost:8180/realms/dx-awards/.well-known/openid-configuration; then
  echo "Keycloak with the demo realm already runs on :8180"
else
  KC_KEEP_DATA=1 scripts/keycloak.sh start 8180 &
  kc_pid=$!
fi

echo "Building DX Awards (profile demo: embedded H2 database) ..."
./mvnw -B -q package -DskipTests -Dquarkus.profile=demo
if [ -n "$kc_pid" ]; then
  wait "$kc_pid" || { kc_pid=""; echo "Keycloak did not start (see above)." >&2; exit 1; }
  kc_pid=""
  started_keycloak=1
fi

mkdir -p data
java -Dquarkus.profile=demo -jar target/quarkus-app/quarkus-run.jar > data/dx-awards.log 2>&1 &
app_pid=$!
# Wait while the app is alive (a busy machine starts it slowly), up to a generous ceiling; say so if
# it never became ready.
app_timeout="${DX_APP_START_TIMEOUT:-600}"
app_start=$(date +%s)
until curl -fs -o /dev/null --max-time 2 http://localhost:8080/q/health/ready; do
  kill -0 "$app_pid" 2>/dev/null || { tail -n 40 data/dx-awards.log; echo "DX Awards stopped before it was ready (log above)." >&2; exit 1; }
  if [ $(( $(date +%s) - app_start )) -ge "$app_timeout" ]; then
    tail -n 40 data/dx-awards.log
    echo "DX Awards did not become ready within ${app_timeout}s (log above; DX_APP_START_TIMEOUT raises the limit)." >&2
    exit 1
  fi
  sleep 1
done

cat <<INFO

DX Awards is running (ready in $(( $(date +%s) - start )) s):
  Sign in              http://localhost:8080/app   (start page: http://localhost:8080/)
  API and its docs     http://localhost:8080/q/swagger-ui   (OpenAPI: http://localhost:8080/q/openapi)
  Demo campaign        top100-demo (phase NOMINATION)
  Keycloak (sign-in)   http://localhost:8180/realms/dx-awards/account   admin console: http://localhost:8180/admin (admin/admin)
  Demo accounts        admin, secretary1, secretary2, chair, juror1 … juror8, nominator.hanoi, nominator.danang,
                       nominator.hcm, nominator.haiphong, nominator.vinasa — password: demo
  A token for the API  scripts/keycloak.sh token nominator.hanoi
Log: data/dx-awards.log. Press Ctrl-C to stop.
INFO
wait "$app_pid"
