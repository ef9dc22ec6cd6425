#!/usr/bin/env bash
# Starts samarbeid-server on a free loopback port, runs the Python interop client and the
# samarbeid.v1 checks against it over TLS (with client certificates), then stops the server
# with SIGTERM and checks that it exits 0. Usage: run_interop.sh SERVER_BINARY PYTHON
set -euo pipefail
cd "$(dirname "$0")/../.."
SERVER="$1"
PYTHON="$2"
WORK="$(mktemp -d)"
LOG="$WORK/server"
"$SERVER" --host 127.0.0.1 --port 0 --cert certs/out/server.pem --key certs/out/server.key \
  --ca certs/out/ca.pem --crl certs/out/crl.pem --data-dir "$WORK/data" --tenants-file certs/tenants.txt \
  --log-level warning \
  >"$LOG.out" 2>"$LOG.err" &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do
  grep -q "ready on" "$LOG.out" 2>/dev/null && break
  sleep 0.1
done
PORT=$(sed -n 's/.*ready on 127.0.0.1:\([0-9]*\).*/\1/p' "$LOG.out")
[ -n "$PORT" ] || { echo "server did not start"; cat "$LOG.err"; exit 1; }
STATUS=0
timeout 300 "$PYTHON" Tests/Interop/interop_client.py --server_port "$PORT" --ca certs/out/ca.pem \
  --cert certs/out/kommune-0301.pem --key certs/out/kommune-0301.key || STATUS=$?
# Samarbeid's own services, from stubs generated from proto/samarbeid/v1.
timeout 120 "$PYTHON" Tests/Interop/samarbeid_client.py --server_port "$PORT" --certs certs/out || STATUS=$?
timeout 300 "$PYTHON" Tests/Interop/grant_year.py --server_port "$PORT" --certs certs/out || STATUS=$?
timeout 300 "$PYTHON" Tests/Interop/meeting_place_year.py --server_port "$PORT" --certs certs/out || STATUS=$?
timeout 300 "$PYTHON" Tests/Interop/dialogue_year.py --server_port "$PORT" --certs certs/out || STATUS=$?
kill -TERM $PID
EXIT=0
wait $PID || EXIT=$?
trap - EXIT
if [ "$EXIT" != 0 ]; then echo "server exited with $EXIT after SIGTERM"; cat "$LOG.err"; rm -rf "$WORK"; exit 1; fi
if [ -s "$LOG.err" ]; then echo "server log:"; cat "$LOG.err"; fi
rm -rf "$WORK"
exit $STATUS
