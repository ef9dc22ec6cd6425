#!/usr/bin/env python3
"""make soak: a bounded soak of the release server under mixed, churning load.

The server (release, one thread, CPU 0, a fresh data directory, admin listener on) runs for
SOAK_SECONDS (default 600). samarbeid-load (CPU 1) runs back to back in rounds of 20 s, each
round with new connections (churn): open loop at --rate over the grants, meeting-places and
dialogue scenarios on the test tenants plus Health checks, with its books checked. After each
round: the server's resident memory, its heap in use and SQLite's share of it (from /metrics),
open file descriptors, the data on disk, the round's p99, the slowest RPCs' p99 and errors,
and the server's open connections. At the end: whether anything grew without bound (heap in
use beyond 1.5x the first round's and 64 MiB more, descriptors beyond 2x and 64 more, any
error) -- exit 1 when it did.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_server import CERTS, ROOT, free_port  # noqa: E402


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def open_fds(pid):
    return len(os.listdir(f"/proc/{pid}/fd"))


def data_mib(directory):
    total = 0
    for parent, _, files in os.walk(directory):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(parent, name))
            except OSError:
                pass
    return total / (1 << 20)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("server")
    parser.add_argument("load")
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("SOAK_SECONDS", "600")))
    parser.add_argument("--round", type=int, default=20)
    parser.add_argument("--rate", type=int, default=300)
    parser.add_argument("--mix", default="grants=2,meeting-places=1,dialogues=1,unary=2",
                        help="samarbeid-load's mix; unary=1,empty=1 soaks the transport alone")
    arguments = parser.parse_args()

    data = tempfile.mkdtemp(prefix="soak-")
    port = free_port()
    server = subprocess.Popen(
        ["taskset", "-c", "0", arguments.server, "--host", "127.0.0.1", "--port", str(port), "--threads", "1",
         "--cert", f"{CERTS}/server.pem", "--key", f"{CERTS}/server.key", "--ca", f"{CERTS}/ca.pem",
         "--crl", f"{CERTS}/crl.pem", "--data-dir", os.path.join(data, "data"),
         "--tenants-file", os.path.join(ROOT, "certs", "tenants.txt"), "--log-level", "error",
         "--admin-port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    ready = server.stdout.readline()
    admin = int(re.search(r"admin http://127.0.0.1:(\d+)", ready).group(1))
    rows = []
    failed = False
    started = time.monotonic()
    try:
        while time.monotonic() - started < arguments.seconds:
            report = os.path.join(data, "round.json")
            result = subprocess.run(
                ["taskset", "-c", "1", arguments.load, "--port", str(port), "--threads", "1",
                 "--connections", "8", "--streams", "8", "--duration", str(arguments.round),
                 "--requests", "100000000", "--rate", str(arguments.rate),
                 "--mix", arguments.mix, "--quiet", "--json", report,
                 "--ca", f"{CERTS}/ca.pem", "--cert", f"{CERTS}/loadtest.pem", "--key", f"{CERTS}/loadtest.key",
                 "--oversight-cert", f"{CERTS}/oversight-imdi.pem",
                 "--oversight-key", f"{CERTS}/oversight-imdi.key"],
                capture_output=True, text=True, timeout=arguments.round + 600)
            with open(report) as handle:
                summary = json.load(handle)
            metrics = urllib.request.urlopen(f"http://127.0.0.1:{admin}/metrics", timeout=10).read().decode()
            connections = re.search(r"^samarbeid_open_connections ([\d.]+)", metrics, re.M)
            sqlite = re.search(r"^samarbeid_sqlite_memory_bytes ([\d.e+]+)", metrics, re.M)
            heap = re.search(r"^samarbeid_heap_in_use_bytes ([\d.e+]+)", metrics, re.M)
            row = {
                "t": round(time.monotonic() - started),
                "rss_mib": rss_kib(server.pid) / 1024,
                "fds": open_fds(server.pid),
                "p99_ms": summary["latency_ms"]["p99"],
                "requests": summary["requests"],
                "failed": summary["failed"],
                "load_exit": result.returncode,
                "open_connections": float(connections.group(1)) if connections else -1,
                "data_mib": data_mib(os.path.join(data, "data")),
                "sqlite_mib": float(sqlite.group(1)) / (1 << 20) if sqlite else -1,
                "heap_mib": float(heap.group(1)) / (1 << 20) if heap else -1,
                "slowest": sorted(((stats["latency_ms"]["p99"], name) for name, stats in summary["rpcs"].items()),
                                  reverse=True)[:3],
            }
            rows.append(row)
            print(f"{row['t']:>5} s  rss {row['rss_mib']:7.1f} MiB (heap in use {row['heap_mib']:6.1f}, "
                  f"of which sqlite {row['sqlite_mib']:5.1f})  fds {row['fds']:4}  "
                  f"p99 {row['p99_ms']:8.2f} ms  requests {row['requests']:6}  failed {row['failed']}  "
                  f"load exit {row['load_exit']}  connections after {row['open_connections']:.0f}  "
                  f"data {row['data_mib']:.1f} MiB  slowest p99: "
                  + ", ".join(f"{name} {p99:.1f} ms" for p99, name in row["slowest"]), flush=True)
            if result.returncode != 0 or summary["failed"]:
                failed = True
                print(result.stderr[-2000:], file=sys.stderr)
    finally:
        server.terminate()
        server.wait(timeout=60)
        shutil.rmtree(data, ignore_errors=True)
    first, last = rows[0], rows[-1]
    # What the server uses is the heap in use (a leak shows there); resident memory also holds
    # what the tuned allocator keeps for reuse (up to its trim threshold), and is reported.
    used = "heap_mib" if first["heap_mib"] >= 0 else "rss_mib"
    grew = (last[used] > max(first[used] * 1.5, first[used] + 64)
            or last["fds"] > max(first["fds"] * 2, first["fds"] + 64))
    print(f"heap in use {first['heap_mib']:.1f} -> {last['heap_mib']:.1f} MiB (sqlite {first['sqlite_mib']:.1f} -> "
          f"{last['sqlite_mib']:.1f}), resident {first['rss_mib']:.1f} -> {last['rss_mib']:.1f} MiB, "
          f"descriptors {first['fds']} -> {last['fds']}, "
          f"p99 {first['p99_ms']:.2f} -> {last['p99_ms']:.2f} ms over {len(rows)} rounds; "
          f"errors: {'yes' if failed else 'none'}; {'GREW' if grew else 'nothing grew without bound'}")
    sys.exit(1 if failed or grew else 0)


if __name__ == "__main__":
    main()
