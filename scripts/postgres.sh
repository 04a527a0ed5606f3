#!/usr/bin/env bash
# Makes sure a local PostgreSQL (Debian's package) runs on 127.0.0.1:5432 with the role and
# databases the tests use. Installs it when it is missing. Idempotent.
#
#   scripts/postgres.sh start    install if needed, start the cluster, create role + databases
#   scripts/postgres.sh stop     stop the cluster again (only if this script started it)
#   scripts/postgres.sh check-port   fail at once if 5432 is taken by something other than the
#                                    local cluster, naming the process
#
# Role dxawards / password dxawards (test and demo only), databases dxawards and dxawards_test.
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STARTED_FLAG="$REPO_DIR/.cache/postgres.started-by-us"
DB_USER=dxawards
DB_PASSWORD=dxawards
DX_SCRIPT=postgres.sh
# shellcheck source=scripts/lib.sh
. "$REPO_DIR/scripts/lib.sh"

as_postgres() { su postgres -s /bin/sh -c "$*"; }

cluster_version() {
  ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1
}

install_if_missing() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(cluster_version)" ]; then
    echo "Installing PostgreSQL from Debian's packages ..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
  fi
}

cluster_online() {
  command -v pg_lsclusters >/dev/null 2>&1 && [ -n "$(cluster_version)" ] \
    && pg_lsclusters -h | awk -v v="$(cluster_version)" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .
}

# 5432 is fine when our cluster holds it (it is reused), or when it is free (we start it there).
cmd_check_port() {
  dx_need_ss
  cluster_online || dx_port_free 5432 "PostgreSQL"
}

cmd_start() {
  cmd_check_port
  install_if_missing
  local version
  version="$(cluster_version)"
  if ! cluster_online; then
    pg_ctlcluster "$version" main start
    mkdir -p "$(dirname "$STARTED_FLAG")" && touch "$STARTED_FLAG"
  fi
  for _ in $(seq 1 30); do
    as_postgres "pg_isready -q -h 127.0.0.1 -p 5432" && break
    sleep 1
  done
  as_postgres "psql -q -tAc \"select 1 from pg_roles where rolname = '$DB_USER'\"" | grep -q 1 \
    || as_postgres "psql -q -c \"create role $DB_USER login createdb password '$DB_PASSWORD'\""
  for db in dxawards dxawards_test; do
    as_postgres "psql -q -tAc \"select 1 from pg_database where datname = '$db'\"" | grep -q 1 \
      || as_postgres "createdb -O $DB_USER $db"
  done
  echo "PostgreSQL $version is ready on 127.0.0.1:5432 (role $DB_USER)"
}

cmd_stop() {
  if [ -f "$STARTED_FLAG" ]; then
    pg_ctlcluster "$(cluster_version)" main stop || true
    rm -f "$STARTED_FLAG"
  fi
}

case "${1:-start}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  check-port) cmd_check_port ;;
  *) echo "usage: $0 start|stop|check-port" >&2; exit 2 ;;
esac
