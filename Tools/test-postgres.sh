#!/usr/bin/env bash
# A throwaway PostgreSQL (the newest installed: 15 on Debian 12) for the test suite, in a directory of its own on a free loopback
# port, run by a user other than root (PostgreSQL refuses root; CI runs as root).
#
#   Tools/test-postgres.sh start DIR    prints the URL to export as SAMARBEID_TEST_POSTGRES
#   Tools/test-postgres.sh crash DIR    stops it at once, as a crash would (pg_ctl -m immediate)
#   Tools/test-postgres.sh restart DIR  starts it again on the same port
#   Tools/test-postgres.sh stop DIR     stops it and removes DIR
#
# The superuser is `samarbeid` with password `samarbeid-test` (scram-sha-256 over TCP): the
# tests pass it in PGPASSWORD, as a deployment would.
set -euo pipefail

command=${1:?start or stop}
dir=${2:?a directory}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)

# The database must inherit no file of whoever started this script but the standard three:
# a pipe it held open would never reach its end for the reader (a test process).
for fd in $(ls /proc/$$/fd); do
  if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
done

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
start)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL is missing: apt-get install postgresql (make test-deps does)" >&2
    exit 1
  fi
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_owner bash -c "echo samarbeid-test > '$dir/pwfile'"
  as_owner "$bin/initdb" -D "$dir/data" -U samarbeid --pwfile="$dir/pwfile" -E UTF8 --locale=C \
    --auth-host=scram-sha-256 --auth-local=trust >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # SAMARBEID_TEST_PG_FSYNC=off (the test command sets it): the durability tests kill the
  # server, not the database, so the disk's flushes only cost the suite time; what the store
  # sets on every connection (synchronous_commit on) is tested from inside a transaction.
  # Benchmarks keep the default, on: their writes are durable as a deployment's.
  # Room for the connections of every test server at once.
  fsync=${SAMARBEID_TEST_PG_FSYNC:-on}
  [ "$fsync" = on ] || [ "$fsync" = off ] || { echo "SAMARBEID_TEST_PG_FSYNC is on or off" >&2; exit 2; }
  as_owner bash -c "echo '-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=1000 -c fsync=$fsync -c full_page_writes=$fsync -c synchronous_commit=on' > '$dir/options'"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$(cat "$dir/options")" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "postgres://samarbeid@127.0.0.1:$port/postgres"
  ;;
crash)
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
  ;;
restart)
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$(cat "$dir/options")" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  ;;
stop)
  if [ -d "$dir/data" ] && [ -n "$bin" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|crash|restart|stop DIR" >&2
  exit 2
  ;;
esac
