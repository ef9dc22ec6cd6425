#!/usr/bin/env python3
"""make bench-load: the cost of samarbeid-load itself, against h2load.

In one run, samarbeid-server (release, one thread, pinned to CPU 0) serves
grpc.health.v1.Health/Check (the RPC h2load can call: it cannot present a client
certificate); h2load and samarbeid-load (one thread, pinned to CPU 1) each drive it with 16
connections x 32 streams, alternately, for ROUNDS rounds.
Prints each tool's req/s (median of its rounds) and the ratio samarbeid-load / h2load.

Usage: bench_load.py SERVER_BINARY LOAD_BINARY [--duration SECONDS] [--rounds N]
"""

import argparse
import json
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_server import CERTS, free_port, grpc_body, h2load, start_samarbeid  # noqa: E402

CONNECTIONS, STREAMS = 16, 32


def samarbeid_load(binary, port, duration):
    report = tempfile.NamedTemporaryFile(suffix=".json", delete=False)
    report.close()
    command = ["taskset", "-c", "1", binary, "--port", str(port), "--threads", "1",
               "--connections", str(CONNECTIONS), "--streams", str(STREAMS),
               "--duration", str(duration), "--requests", "100000000",
               "--mix", "health", "--quiet", "--json", report.name,
               "--ca", f"{CERTS}/ca.pem", "--cert", f"{CERTS}/loadtest.pem", "--key", f"{CERTS}/loadtest.key"]
    subprocess.run(command, check=True, capture_output=True, timeout=duration + 60)
    with open(report.name) as f:
        result = json.load(f)
    os.unlink(report.name)
    return result


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("server")
    parser.add_argument("load")
    parser.add_argument("--duration", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    arguments = parser.parse_args()

    workdir = tempfile.mkdtemp()
    body = os.path.join(workdir, "request.bin")
    grpc_body(body)
    port = free_port()
    server = start_samarbeid(arguments.server, port)
    headers = ("content-type: application/grpc", "te: trailers")
    theirs, ours, their_cpu, our_cpu = [], [], [], []
    try:
        for _ in range(arguments.rounds):
            before = children_cpu()
            result = h2load(f"https://127.0.0.1:{port}/grpc.health.v1.Health/Check",
                            CONNECTIONS, STREAMS, arguments.duration, body, headers)
            # h2load's CPU includes its one second of warm-up; counted against its requests.
            their_cpu.append((children_cpu() - before) / max(result["succeeded"], 1) * 1e6)
            theirs.append(result["rps"])
            before = children_cpu()
            report = samarbeid_load(arguments.load, port, arguments.duration)
            our_cpu.append((children_cpu() - before) / max(report["requests"], 1) * 1e6)
            if report["failed"]:
                raise RuntimeError(f"samarbeid-load saw errors: {report['errors']}")
            ours.append(report["throughput"])
            print(f"round: h2load {result['rps']:.0f} req/s, samarbeid-load {report['throughput']:.0f} req/s "
                  f"(p50 {report['latency_ms']['p50']} ms, p99 {report['latency_ms']['p99']} ms)", flush=True)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)

    h2load_rps, load_rps = statistics.median(theirs), statistics.median(ours)
    print()
    print(f"Health.Check, {CONNECTIONS} connections x {STREAMS} streams, "
          f"server on CPU 0, load generator on CPU 1, median of {arguments.rounds} rounds of {arguments.duration} s")
    print(f"h2load          {h2load_rps:10.0f} req/s  {statistics.median(their_cpu):6.2f} us CPU per request")
    print(f"samarbeid-load  {load_rps:10.0f} req/s  {statistics.median(our_cpu):6.2f} us CPU per request")
    print(f"ratio           {load_rps / h2load_rps:10.2f}  (goal: at least 0.8)")


if __name__ == "__main__":
    main()
