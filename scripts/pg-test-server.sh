#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL 15 cluster for tests and CI, installing PostgreSQL from
# Debian's packages when it is missing. Idempotent: a second `start` finds the running cluster and
# only prints its URL again.
#
#   scripts/pg-test-server.sh [start]   # prints postgres://sitrep@127.0.0.1:54329/sitrep last on stdout
#   scripts/pg-test-server.sh stop      # stops the cluster and deletes its data directory
#
# Use:  export SITREP_PG_URL="$(scripts/pg-test-server.sh | tail -n 1)"
# Progress goes to stderr, so stdout holds only the URL. Needs no standard input (CI=true is fine).
set -euo pipefail

# 54329, not 5432: never collide with a PostgreSQL the machine already runs.
PORT="${SITREP_PG_PORT:-54329}"
# A fixed path under the temp dir, so `stop` and a second `start` find the same cluster.
DATA_DIR="${SITREP_PG_DIR:-${TMPDIR:-/tmp}/sitrep-pg-$PORT}"
# The Debian package layout of PostgreSQL 15 (initdb and pg_ctl are not on PATH there).
PG_BIN="${SITREP_PG_BIN:-/usr/lib/postgresql/15/bin}"
ROLE=sitrep
DATABASE=sitrep
URL="postgres://$ROLE@127.0.0.1:$PORT/$DATABASE"
# Seconds pg_ctl waits for the server to accept connections; a fresh cluster starts in about 1 s.
START_WAIT_S=60

say() { echo "pg-test-server: $*" >&2; }
fail() { say "error: $*"; exit 1; }

# initdb and postgres refuse to run as root: run the cluster as the `postgres` user then.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_postgres() {
  [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ] && return 0
  [ "$(id -u)" = 0 ] || fail "PostgreSQL 15 is not installed in $PG_BIN and we are not root to apt-get it"
  say "installing postgresql-15 from Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # The package's own main cluster is not needed; skip it so install stays fast.
  mkdir -p /etc/postgresql-common/createcluster.d
  echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.d/sitrep-no-main.conf
  apt-get install -y -qq --no-install-recommends postgresql-15 </dev/null >&2
  [ -x "$PG_BIN/initdb" ] || fail "postgresql-15 installed but $PG_BIN/initdb is missing"
}

is_running() {
  [ -f "$DATA_DIR/PG_VERSION" ] && as_owner "$PG_BIN/pg_ctl" status -D "$DATA_DIR" >/dev/null 2>&1
}

init_cluster() {
  [ -f "$DATA_DIR/PG_VERSION" ] && return 0
  say "creating cluster in $DATA_DIR"
  rm -rf "$DATA_DIR"
  mkdir -p "$DATA_DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$DATA_DIR"; fi
  chmod 700 "$DATA_DIR"
  # Trust auth is safe only because the server listens on loopback and its socket dir is private.
  as_owner "$PG_BIN/initdb" -D "$DATA_DIR" -U postgres --auth-local=trust --auth-host=trust \
    -E UTF8 --locale=C.UTF-8 >"$DATA_DIR.initdb.log" 2>&1 \
    || { cat "$DATA_DIR.initdb.log" >&2; fail "initdb failed"; }
}

start_cluster() {
  say "starting PostgreSQL on 127.0.0.1:$PORT"
  # fsync and full-page writes off: the data is thrown away, and tests run several times faster.
  local opts="-c listen_addresses=127.0.0.1 -p $PORT -k $DATA_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  as_owner "$PG_BIN/pg_ctl" start -D "$DATA_DIR" -l "$DATA_DIR/server.log" -w -t "$START_WAIT_S" -o "$opts" >&2 \
    || { tail -n 20 "$DATA_DIR/server.log" >&2 || true; fail "server did not start (is port $PORT taken?)"; }
}

psql_admin() {
  as_owner "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

ensure_role_and_database() {
  if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]; then
    psql_admin -c "CREATE ROLE $ROLE LOGIN" >&2
  fi
  if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != 1 ]; then
    psql_admin -c "CREATE DATABASE $DATABASE OWNER $ROLE" >&2
  fi
}

start() {
  install_postgres
  if is_running; then
    say "already running in $DATA_DIR"
  else
    init_cluster
    start_cluster
  fi
  ensure_role_and_database
  echo "$URL"
}

stop() {
  if [ -x "$PG_BIN/pg_ctl" ] && is_running; then
    say "stopping the cluster in $DATA_DIR"
    as_owner "$PG_BIN/pg_ctl" stop -D "$DATA_DIR" -m fast -w >&2
  fi
  rm -rf "$DATA_DIR" "$DATA_DIR.initdb.log"
  say "stopped"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  url) echo "$URL" ;;
  *) fail "usage: $0 [start|stop|url]" ;;
esac
