#!/usr/bin/env python3
"""make bench-fairness: one municipality at full speed must not starve another.

samarbeid-server (release, one event-loop thread per core, a fresh data directory) and two
samarbeid-load processes running the grants scenario (ten RPCs per workflow, each a durable
write or a read), all sharing the machine's cores:
  - tenant B (3992) at a steady 100 workflows/s (open loop: latency counts from each
    workflow's due time, so a stalled server shows);
  - tenant A (3991) at full speed on 64 streams (closed loop, nice 19 so that its own client
    does not take B's client's CPU; it honours the server's grpc-retry-pushback-ms).
B runs alone, then with A; B's p50/p99 workflow latency are compared. The same is done with
the per-tenant limits off, to show what they buy. Goal: B's p99 grows by less than 2x.

Usage: bench_fairness.py SERVER_BINARY LOAD_BINARY [--duration SECONDS]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_server import CERTS, ROOT, free_port  # noqa: E402

UNLIMITED = ["--tenant-max-concurrent-calls", "0", "--max-concurrent-calls", "0",
             "--tenant-max-queued-calls", "0", "--tenant-calls-per-second", "0"]


def start_server(binary, port, extra):
    data = tempfile.mkdtemp(prefix="bench-fairness-")
    process = subprocess.Popen(
        [binary, "--host", "127.0.0.1", "--port", str(port),
         "--cert", f"{CERTS}/server.pem", "--key", f"{CERTS}/server.key", "--ca", f"{CERTS}/ca.pem",
         "--crl", f"{CERTS}/crl.pem", "--require-client-certificate", "--log-level", "error",
         "--data-dir", data, "--tenants-file", os.path.join(ROOT, "certs", "tenants.txt")] + extra,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    process.stdout.readline()  # "ready" line
    return process


def load(binary, port, tenant, duration, report, rate=None, connections=1, streams=16, nice=False):
    command = (["nice", "-n", "19"] if nice else []) + [
        binary, "--port", str(port), "--threads", "1",
        "--connections", str(connections), "--streams", str(streams), "--duration", str(duration),
        "--requests", "100000000", "--mix", "grants", "--tenants", tenant, "--quiet",
        "--max-errors", "1000000", "--json", report, "--grant-budget", "1000000000",
        "--ca", f"{CERTS}/ca.pem", "--cert", f"{CERTS}/loadtest.pem", "--key", f"{CERTS}/loadtest.key",
        "--oversight-cert", f"{CERTS}/oversight-imdi.pem", "--oversight-key", f"{CERTS}/oversight-imdi.key"]
    if rate:
        command += ["--rate", str(rate)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def read(report):
    with open(report) as f:
        return json.load(f)


def run(server_binary, load_binary, duration, extra):
    port = free_port()
    server = start_server(server_binary, port, extra)
    reports = tempfile.mkdtemp(prefix="bench-fairness-reports-")
    try:
        alone = load(load_binary, port, "3992", duration, f"{reports}/b-alone.json", rate=100)
        alone.wait(timeout=duration + 300)
        a = load(load_binary, port, "3991", duration + 4, f"{reports}/a.json", connections=8, streams=8, nice=True)
        time.sleep(2)
        b = load(load_binary, port, "3992", duration, f"{reports}/b-with-a.json", rate=100)
        b.wait(timeout=duration + 300)
        a.wait(timeout=duration + 300)
        return read(f"{reports}/b-alone.json"), read(f"{reports}/b-with-a.json"), read(f"{reports}/a.json")
    finally:
        server.terminate()
        server.wait(timeout=30)


def line(name, report):
    latency = report.get("latency_ms", {})
    return (f"  {name:<26} {report.get('throughput', 0):>9.1f}/s  p50 {latency.get('p50', 0):>8.2f} ms"
            f"  p99 {latency.get('p99', 0):>8.2f} ms  failed {report.get('failed', 0)}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("server")
    parser.add_argument("load")
    parser.add_argument("--duration", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3, help="rounds per configuration; medians printed")
    # B is a large user: 100 workflows/s is 1,000 calls/s, over the default quota (300/s),
    # so it has its own; A has the default.
    parser.add_argument("--server-flags", default="--tenant-quota 3992=2000",
                        help="flags of the limited run")
    arguments = parser.parse_args()
    limited = arguments.server_flags.split() if arguments.server_flags else []
    for label, extra in ((f"per-tenant limits on {' '.join(limited) or '(defaults)'}", limited),
                         ("per-tenant limits off", UNLIMITED)):
        print(f"{label}: workflows (10 RPCs each), {arguments.rounds} rounds of {arguments.duration} s")
        ratios = []
        for round in range(arguments.rounds):
            alone, with_a, a = run(arguments.server, arguments.load, arguments.duration, extra)
            print(line(f"{round + 1}: B alone, 100/s", alone))
            print(line(f"{round + 1}: B at 100/s while A runs", with_a))
            print(line(f"{round + 1}: A, 64 streams, full speed", a))
            ratios.append((with_a["latency_ms"]["p50"] / max(alone["latency_ms"]["p50"], 1e-9),
                           with_a["latency_ms"]["p99"] / max(alone["latency_ms"]["p99"], 1e-9)))
        p50 = sorted(r[0] for r in ratios)[len(ratios) // 2]
        p99 = sorted(r[1] for r in ratios)[len(ratios) // 2]
        print(f"  median over rounds: B's p50 with A / alone {p50:.2f}x, p99 {p99:.2f}x (goal: p99 < 2x)\n",
              flush=True)


if __name__ == "__main__":
    main()
