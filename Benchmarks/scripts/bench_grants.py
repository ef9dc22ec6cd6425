#!/usr/bin/env python3
"""make bench-grants and make bench-meeting-places: a domain scenario under load, per RPC.

samarbeid-server (release, one thread, pinned to CPU 0, a fresh data directory) and
samarbeid-load (one thread, pinned to CPU 1) running the grants scenario on every active
test tenant: each workflow registers an organisation, reads it, applies, submits, declares
impartiality, scores, decides, pays and lists (ten RPCs, each a durable write or a read).
Prints the harness's report: workflows/s, latency per RPC, and the books check (every
acknowledged organisation, decision and payment found on the server, no budget exceeded).
With --mix meeting-places the same set-up runs the meeting-places scenario: a place per
worker, then per workflow a gathering planned, completed, read and listed; CompleteGathering's
rate is the gatherings recorded per second, and the books check every acknowledged place,
gathering and count, and each place's summary against the sums acknowledged.

Usage: bench_grants.py SERVER_BINARY LOAD_BINARY [--mix grants|meeting-places] [--duration SECONDS]
       [--connections C] [--streams S]
"""

import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_server import CERTS, ROOT, free_port  # noqa: E402


def start_server(binary, port):
    # Client certificates required: the tenant and oversight identities are the point.
    data = tempfile.mkdtemp(prefix="bench-grants-")
    process = subprocess.Popen(
        ["taskset", "-c", "0", binary, "--host", "127.0.0.1", "--port", str(port), "--threads", "1",
         "--cert", f"{CERTS}/server.pem", "--key", f"{CERTS}/server.key", "--ca", f"{CERTS}/ca.pem",
         "--crl", f"{CERTS}/crl.pem", "--require-client-certificate", "--log-level", "error",
         # Capacity, not fairness: no per-municipality call rate (make bench-fairness).
         "--tenant-calls-per-second", "0",
         "--data-dir", data, "--tenants-file", os.path.join(ROOT, "certs", "tenants.txt")],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    process.stdout.readline()  # "ready" line
    return process


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("server")
    parser.add_argument("load")
    parser.add_argument("--duration", type=int, default=20)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--streams", type=int, default=8)
    parser.add_argument("--mix", choices=["grants", "meeting-places", "dialogues"], default="grants")
    arguments = parser.parse_args()

    port = free_port()
    server = start_server(arguments.server, port)
    try:
        command = ["taskset", "-c", "1", arguments.load, "--port", str(port), "--threads", "1",
                   "--connections", str(arguments.connections), "--streams", str(arguments.streams),
                   "--duration", str(arguments.duration), "--requests", "10000000",
                   "--mix", arguments.mix, "--quiet",
                   "--ca", f"{CERTS}/ca.pem", "--cert", f"{CERTS}/loadtest.pem",
                   "--key", f"{CERTS}/loadtest.key",
                   "--oversight-cert", f"{CERTS}/oversight-imdi.pem",
                   "--oversight-key", f"{CERTS}/oversight-imdi.key"]
        result = subprocess.run(command, capture_output=True, text=True, timeout=arguments.duration + 300)
        print(result.stdout, end="")
        print(result.stderr, end="", file=sys.stderr)
        if result.returncode != 0:
            sys.exit(f"samarbeid-load exited with {result.returncode}")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
