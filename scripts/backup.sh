#!/usr/bin/env bash
# Backup and restore of DX Awards: ONE PostgreSQL database holds the app's tables, the attachments
# and the BPMN engine's tables, so one pg_dump is a consistent picture of everything (it reads a
# single snapshot, also while the app runs). docs/operations.md describes the procedure and drill.
#
#   scripts/backup.sh backup  FILE   dump the database to FILE (custom format, compressed)
#   scripts/backup.sh restore FILE   restore FILE into the database (its old objects dropped first),
#                                    in one transaction: all or nothing
#   scripts/backup.sh check   FILE   list what FILE holds (a readable archive with our tables)
#
# The database: DX_DB_URL (jdbc:postgresql://host:port/name), DX_DB_USER and DX_DB_PASSWORD, as
# the app reads them; or libpq's PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD. Needs pg_dump and
# pg_restore of the server's major version or newer (Debian: postgresql-client).
set -euo pipefail

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -eq 2 ] || usage
command="$1"
file="$2"

if [ -n "${DX_DB_URL:-}" ]; then
  # jdbc:postgresql://host[:port]/database[?params]
  rest="${DX_DB_URL#jdbc:postgresql://}"
  [ "$rest" != "$DX_DB_URL" ] || { echo "DX_DB_URL is not a jdbc:postgresql:// URL: $DX_DB_URL" >&2; exit 2; }
  rest="${rest%%\?*}"
  hostport="${rest%%/*}"
  export PGDATABASE="${rest#*/}"
  export PGHOST="${hostport%%:*}"
  if [ "$hostport" != "$PGHOST" ]; then export PGPORT="${hostport#*:}"; fi
fi
[ -n "${DX_DB_USER:-}" ] && export PGUSER="$DX_DB_USER"
[ -n "${DX_DB_PASSWORD:-}" ] && export PGPASSWORD="$DX_DB_PASSWORD"
if [ "$command" != check ]; then
  : "${PGDATABASE:?set DX_DB_URL or PGDATABASE}"
  target="${PGUSER:-$USER}@${PGHOST:-local socket}:${PGPORT:-5432}/$PGDATABASE"
fi

case "$command" in
  backup)
    start=$(date +%s)
    pg_dump --format=custom --compress=6 --no-owner --file="$file.partial" "$PGDATABASE"
    mv "$file.partial" "$file"
    contents="$(pg_restore --list "$file")"   # read whole: grep -q would cut pg_restore off mid-write
    grep -qi "TABLE DATA .* flyway_schema_history" <<<"$contents" \
      || { echo "$file holds no DX Awards schema (no flyway_schema_history)" >&2; exit 1; }
    echo "Backed up $target to $file ($(du -h "$file" | cut -f1), $(( $(date +%s) - start )) s)"
    ;;
  restore)
    [ -r "$file" ] || { echo "Cannot read $file" >&2; exit 1; }
    start=$(date +%s)
    pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
      --dbname="$PGDATABASE" "$file"
    echo "Restored $file into $target ($(( $(date +%s) - start )) s)"
    psql -X -q -At -d "$PGDATABASE" -c "select 'flyway version ' || max(version::int) from flyway_schema_history where success" \
      -c "select 'campaigns ' || count(*) from campaign" \
      -c "select 'dossiers ' || count(*) from dossier" \
      -c "select 'running process instances ' || count(*) from act_ru_execution where id_ = proc_inst_id_"
    ;;
  check)
    pg_restore --list "$file" | grep -E "TABLE DATA" | awk '{print $(NF-1)}' | sort | tr '\n' ' '
    echo
    ;;
  *) usage ;;
esac
