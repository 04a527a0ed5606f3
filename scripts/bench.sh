#!/usr/bin/env bash
# The scale benchmark of issue 11: the national campaign at full size and the deadline-day rush,
# through the packaged app's HTTP API, with the raw-engine baseline in the same run. One command:
#
#   scripts/bench.sh                 full size: 2,000 dossiers, 200 bodies, council 30, rush 500 at 100 and 500
#   DX_BENCH_DOSSIERS=100 DX_BENCH_COUNCIL=10 DX_BENCH_RUSH=50 DX_BENCH_RUSH_CONCURRENCY="10 50" scripts/bench.sh
#
# It starts PostgreSQL (scripts/postgres.sh) and a Keycloak of its own (scripts/keycloak.sh, port
# DX_BENCH_KC_PORT, default 8490, its own distribution directory; one it started earlier is reused,
# someone else's only with DX_BENCH_KC_REUSE=1), builds the packaged app when a source is newer than it, creates fresh databases, runs the
# raw-engine baseline (EngineBaseline), starts the app with `java -jar` in the prod profile with
# default settings on DX_BENCH_APP_PORT (default 8086), measures the time to ready, runs the load
# client (NationalBench), and stops what it started on every exit. Output: BENCH lines on stdout and
# in target/bench/bench-<time>.log; the app's log beside it in target/bench/app-<time>.log (app.log: the
# latest). See docs/performance.md.
#
# Why a Keycloak of its own: the benchmark adds jurors to the realm, and the app's council is every
# user with the role juror — on a shared Keycloak that would change the council of everyone else's
# campaigns while it runs (the client takes the role back at the end either way).
#
# Settings (environment): DX_BENCH_DOSSIERS (2000), DX_BENCH_BODIES (200), DX_BENCH_COUNCIL (30),
# DX_BENCH_RUSH (500), DX_BENCH_RUSH_CONCURRENCY ("100 500"), DX_BENCH_THREADS (8, client threads of
# the campaign phases), DX_BENCH_REPEATS (20), DX_BENCH_TASKLIST_REPEATS (100), DX_BENCH_PROPOSALS (5),
# DX_BENCH_BASELINE (1; 0 skips it), DX_BENCH_BASELINE_JOURNEYS (500), DX_BENCH_BASELINE_WARMUP (100),
# DX_BENCH_BASELINE_THREADS (4), DX_BENCH_DB (dxawards_bench), DX_BENCH_KEEP_DB (0), DX_BENCH_APP_PORT
# (8086), DX_BENCH_MANAGEMENT_PORT (9096, the app's management interface: health), DX_BENCH_KC_PORT (8490), DX_BENCH_KC_REUSE (0), DX_BENCH_KEYCLOAK_HOME (.cache/keycloak-bench-26.7.3),
# DX_BENCH_JAVA_OPTS (extra JVM options for the app, none by default), DX_BENCH_TIMEOUT_MINUTES (0 = none).
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_DIR"

APP_PORT="${DX_BENCH_APP_PORT:-8086}"
MANAGEMENT_PORT="${DX_BENCH_MANAGEMENT_PORT:-9096}"
KC_PORT="${DX_BENCH_KC_PORT:-8490}"
export KC_PORT
KC_HOME="${DX_BENCH_KEYCLOAK_HOME:-$REPO_DIR/.cache/keycloak-bench-26.7.3}"
DB="${DX_BENCH_DB:-dxawards_bench}"
ENGINE_DB="${DB}_engine"
DB_USER="${DX_BENCH_DB_USER:-dxawards}"
DB_PASSWORD="${DX_BENCH_DB_PASSWORD:-dxawards}"
OUT="$REPO_DIR/target/bench"
JAR="$REPO_DIR/target/quarkus-app/quarkus-run.jar"
# the JDK of JAVA_HOME when set, else the java on the PATH (any architecture)
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/java}"
[ -n "$JAVA" ] && [ -x "$JAVA" ] || JAVA=java
STAMP="$(date -u +%Y%m%d-%H%M%S)"
LOG="$OUT/bench-$STAMP.log"
APP_LOG="$OUT/app-$STAMP.log"

app_pid=""
kc_bg=""
started_keycloak=0

say() { echo "bench.sh: $*" | tee -a "$LOG" >&2; }

psql_admin() {
  PGPASSWORD="$DB_PASSWORD" psql -q -h 127.0.0.1 -U "$DB_USER" -d postgres -v ON_ERROR_STOP=1 -c "$1" >/dev/null
}

stop_all() {
  local rc=$?
  trap - INT TERM EXIT
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    say "stopping the app (pid $app_pid)"
    kill -TERM "$app_pid" 2>/dev/null || true
    # it may take long on a busy machine: wait while it is alive, up to a generous ceiling
    local waited=0
    while kill -0 "$app_pid" 2>/dev/null && [ "$waited" -lt "${DX_APP_STOP_TIMEOUT:-120}" ]; do
      sleep 1; waited=$((waited + 1))
    done
    kill -0 "$app_pid" 2>/dev/null && say "the app did not stop in ${DX_APP_STOP_TIMEOUT:-120} s: killed"
    kill -KILL "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  # A Keycloak start still under way in the background: wait for it, then stop it (it is ours).
  if [ -n "$kc_bg" ]; then
    wait "$kc_bg" 2>/dev/null || true
    started_keycloak=1
  fi
  if [ "$started_keycloak" = 1 ]; then
    say "stopping the bench's Keycloak"
    DX_KEYCLOAK_HOME="$KC_HOME" scripts/keycloak.sh stop >/dev/null 2>&1 || true
  fi
  if [ "${DX_BENCH_KEEP_DB:-0}" != 1 ]; then
    psql_admin "drop database if exists $DB with (force)" 2>/dev/null || true
  fi
  psql_admin "drop database if exists $ENGINE_DB with (force)" 2>/dev/null || true
  exit "$rc"
}
trap stop_all INT TERM EXIT

mkdir -p "$OUT"
: >"$LOG"
say "log: $LOG"
say "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(free -m | awk '/Mem:/ {print $7}') MiB available"

scripts/postgres.sh start | tee -a "$LOG"

realm_answers() {
  curl -fsS -o /dev/null --max-time 3 "http://localhost:$KC_PORT/realms/dx-awards/.well-known/openid-configuration" 2>/dev/null
}
ours_alive() {
  local pid
  pid="$(cat "$KC_HOME.pid" 2>/dev/null)" && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}
if realm_answers; then
  if ours_alive; then
    say "reusing the bench's Keycloak that answers on port $KC_PORT (left running)"
  elif [ "${DX_BENCH_KC_REUSE:-0}" = 1 ]; then
    say "reusing the Keycloak on port $KC_PORT (DX_BENCH_KC_REUSE=1): its council gains the bench jurors while the bench runs"
  else
    say "a Keycloak the bench did not start answers on port $KC_PORT; choose another DX_BENCH_KC_PORT, or set DX_BENCH_KC_REUSE=1 to use it (the bench adds jurors to its realm while it runs)"
    exit 1
  fi
elif [ -n "$(ss -Htln "sport = :$KC_PORT" 2>/dev/null)" ] || [ -n "$(ss -Htln "sport = :$((KC_PORT + 1000))" 2>/dev/null)" ]; then
  say "port $KC_PORT or $((KC_PORT + 1000)) is taken by another process; choose another DX_BENCH_KC_PORT"
  exit 1
else
  say "starting a Keycloak for the bench on port $KC_PORT ($KC_HOME)"
  DX_KEYCLOAK_HOME="$KC_HOME" KC_KEEP_DATA=1 scripts/keycloak.sh start "$KC_PORT" >>"$LOG" 2>&1 &
  kc_bg=$!
fi

# Build when the packaged app is missing or older than a source; when only the client (test tree)
# changed, compiling the tests is enough.
CLIENT_CLASS="$REPO_DIR/target/test-classes/vn/dxawards/bench/national/NationalBench.class"
if [ ! -f "$JAR" ] || [ -n "$(find src/main processes pom.xml -newer "$JAR" -type f -print -quit)" ]; then
  say "building the packaged app (./mvnw -B ${DX_BENCH_MVN_FLAGS:--o} -DskipTests package)"
  # shellcheck disable=SC2086
  nice ./mvnw -B ${DX_BENCH_MVN_FLAGS:--o} -q -DskipTests package >>"$LOG" 2>&1 || { say "build failed (see $LOG)"; exit 1; }
elif [ ! -f "$CLIENT_CLASS" ] || [ -n "$(find src/test -newer "$CLIENT_CLASS" -type f -print -quit)" ]; then
  say "compiling the tests (./mvnw -B ${DX_BENCH_MVN_FLAGS:--o} test-compile)"
  # shellcheck disable=SC2086
  nice ./mvnw -B ${DX_BENCH_MVN_FLAGS:--o} -q test-compile >>"$LOG" 2>&1 || { say "build failed (see $LOG)"; exit 1; }
fi
# the boot libraries too: the log4j bridge of the app (POI) needs the JBoss LogManager there
CP="$REPO_DIR/target/test-classes:$REPO_DIR/target/quarkus-app/lib/main/*:$REPO_DIR/target/quarkus-app/lib/boot/*"

if [ -n "$kc_bg" ]; then
  if ! wait "$kc_bg"; then kc_bg=""; say "Keycloak did not start (see $LOG)"; exit 1; fi
  kc_bg=""
  started_keycloak=1
fi
kc_pid="$(ss -Htlnp "sport = :$KC_PORT" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)"
say "Keycloak pid ${kc_pid:-unknown}"

COMMON=(-Djava.awt.headless=true -Dbench.clk.tck="$(getconf CLK_TCK)" -Dbench.db.server=jdbc:postgresql://localhost:5432/
  -Dbench.db.user="$DB_USER" -Dbench.db.password="$DB_PASSWORD" -Dbench.baseline.file="$OUT/baseline.properties")

rm -f "$OUT/baseline.properties"
if [ "${DX_BENCH_BASELINE:-1}" = 1 ]; then
  say "raw-engine baseline (database $ENGINE_DB)"
  nice "$JAVA" "${COMMON[@]}" -Dbench.engine.db="$ENGINE_DB" -cp "$CP" vn.dxawards.bench.national.EngineBaseline 2>&1 \
    | grep --line-buffered -v -e '^SLF4J' -e 'SLF4JServiceProvider' -e 'Log4j API could not find' | tee -a "$LOG"
fi

# an autovacuum worker of the previous run (a superuser's process) cannot be terminated by the
# database's owner: the drop is tried again until it has finished
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  psql_admin "drop database if exists $DB with (force)" 2>/dev/null && break
  [ "$attempt" = 10 ] && psql_admin "drop database if exists $DB with (force)"
  sleep 2
done
psql_admin "create database $DB"

say "starting the app on 127.0.0.1:$APP_PORT (prod profile, default settings; database $DB)"
mkdir -p "$OUT/data"
start_ns=$(date +%s%N)
# shellcheck disable=SC2086
env QUARKUS_PROFILE=prod QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$APP_PORT" \
  QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
  DX_DB_URL="jdbc:postgresql://localhost:5432/$DB" DX_DB_USER="$DB_USER" DX_DB_PASSWORD="$DB_PASSWORD" \
  DX_OIDC_URL="http://localhost:$KC_PORT/realms/dx-awards" DX_OIDC_CLIENT_SECRET=dx-app-demo-secret \
  DX_SESSION_SECRET=bench-session-secret-0123456789-0123456789 DX_CSRF_KEY=bench-csrf-key-0123456789-0123456789 \
  DX_SIGNING_DEMO=true DX_DATA_DIR="$OUT/data" DX_MAIL_MOCK=true DX_ENGINE_NODE_NAME=bench \
  DX_PUBLIC_BASE_URL=https://bench.dx-awards.test DX_ALLOW_DEFAULT_DB_PASSWORD=true \
  "$JAVA" ${DX_BENCH_JAVA_OPTS:-} -jar "$JAR" >"$APP_LOG" 2>&1 &
app_pid=$!
ln -sfn "$(basename "$APP_LOG")" "$OUT/app.log"
until curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"; do
  if ! kill -0 "$app_pid" 2>/dev/null; then tail -n 40 "$APP_LOG"; say "the app stopped during start-up"; exit 1; fi
  if [ $(( ($(date +%s%N) - start_ns) / 1000000000 )) -ge "${DX_APP_START_TIMEOUT:-600}" ]; then
    say "the app was not ready within ${DX_APP_START_TIMEOUT:-600} s"; exit 1
  fi
  sleep 0.2
done
ready_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
ready_rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$app_pid/status")
say "app ready after $ready_ms ms (pid $app_pid, RSS $ready_rss MiB)"

timeout_arg=()
[ "${DX_BENCH_TIMEOUT_MINUTES:-0}" != 0 ] && timeout_arg=(timeout "$((DX_BENCH_TIMEOUT_MINUTES * 60))")
set +e
"${timeout_arg[@]}" nice "$JAVA" "${COMMON[@]}" -Dbench.app.pid="$app_pid" -Dbench.kc.pid="${kc_pid:--1}" \
  -Dbench.app.url="http://127.0.0.1:$APP_PORT" -Dbench.db="$DB" -Dbench.ready.ms="$ready_ms" -Dbench.ready.rss="$ready_rss" \
  -cp "$CP" vn.dxawards.bench.national.NationalBench 2>&1 | grep --line-buffered -v -e '^SLF4J' -e 'SLF4JServiceProvider' -e 'Log4j API could not find' | tee -a "$LOG"
rc=${PIPESTATUS[0]}
set -e
errors=$(grep -c '"level":"ERROR"' "$APP_LOG" || true)
say "app log: $errors ERROR lines ($APP_LOG)"
# the first of them with the run's figures: a failed phase keeps its cause
grep '"level":"ERROR"' "$APP_LOG" | head -n 3 | cut -c 1-1500 | sed 's/^/bench.sh: app ERROR: /' | tee -a "$LOG" >&2 || true
[ "$rc" = 124 ] && say "stopped after DX_BENCH_TIMEOUT_MINUTES=${DX_BENCH_TIMEOUT_MINUTES} minutes"
exit "$rc"
