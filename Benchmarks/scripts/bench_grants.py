#!/usr/bin/env python3
"""make bench-grants and make bench-meeting-places: a domain scenario under load, per RPC.

samarbeid-server (release, one thread, pinned to CPU 0, a fresh store) and samarbeid-load
(one thread, pinned to CPU 1) running the grants scenario on every active test tenant: each
workflow registers an organisation, reads it, applies, submits, declares impartiality,
scores, decides, pays and lists (ten RPCs, each a durable write or a read). Prints the
harness's report: workflows/s, latency per RPC, and the books check (every acknowledged
organisation, decision and payment found on the server, no budget exceeded). With --mix
meeting-places the same set-up runs the meeting-places scenario: a place per worker, then per
workflow a gathering planned, completed, read and listed; CompleteGathering's rate is the
gatherings recorded per second, and the books check every acknowledged place, gathering and
count, and each place's summary against the sums acknowledged.

--store sqlite|postgres|both: the store under the server. PostgreSQL 15 runs from a throwaway
cluster (Tools/test-postgres.sh) pinned to the server's CPU, so both engines get one core for
the server and its storage (BENCH_POSTGRES_CPU=1: on the harness's core instead). With both,
the runs are side by side in one table.
--tenants N: N test tenants registered (the two of certs/tenants.txt and N-2 more).
--fill N: the data-volume run: one tenant filled with N workflows (N applications) first,
then the measured run on it, beside a measured run on an empty tenant.

Usage: bench_grants.py SERVER_BINARY LOAD_BINARY [--mix grants|meeting-places] [--duration SECONDS]
       [--connections C] [--streams S] [--store sqlite|postgres|both] [--tenants N ...] [--fill N]
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_server import CERTS, ROOT, free_port  # noqa: E402

# Counties whose numbers 70-99 no municipality has: the extra test tenants.
COUNTIES = ["03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56"]
PG_PASSWORD = "samarbeid-test"
# PostgreSQL shares the server's CPU by default (one core for the server and its storage, as
# SQLite has). BENCH_POSTGRES_CPU=1 puts it beside the harness instead. With PostgreSQL's
# fsync off (not the benchmarks' setting) and everything on one core, a backend can be left
# runnable but unrun for seconds with a statement in its socket (docs/architecture.md,
# "Performance notes"), which fails a run with DEADLINE_EXCEEDED.
POSTGRES_CPU = os.environ.get("BENCH_POSTGRES_CPU", "0")


def tenants_file(directory, count):
    """certs/tenants.txt plus test tenants up to `count` in all; returns (path, test numbers)."""
    with open(os.path.join(ROOT, "certs", "tenants.txt")) as base:
        lines = base.read().splitlines()
    tests = [line.split()[0] for line in lines if line.strip().endswith(" test") and not line.startswith("#")]
    numbers = [f"{county}{suffix}" for suffix in range(99, 69, -1) for county in COUNTIES]
    extra = [n for n in numbers if n not in tests][:max(0, count - len(tests))]
    path = os.path.join(directory, "tenants.txt")
    with open(path, "w") as out:
        out.write("\n".join(lines + [f"{number} Benchkommune {number} test" for number in extra]) + "\n")
    return path, tests + extra


class Postgres:
    """A throwaway PostgreSQL cluster on POSTGRES_CPU (the server's by default), one database per run."""

    def __init__(self):
        self.directory = tempfile.mkdtemp(prefix="samarbeid-bench-pg.", dir="/tmp")
        self.url = subprocess.run(
            ["taskset", "-c", POSTGRES_CPU, os.path.join(ROOT, "Tools", "test-postgres.sh"), "start",
             self.directory],
            check=True, capture_output=True, text=True).stdout.strip()
        self.databases = 0

    def database(self):
        self.databases += 1
        name = f"bench{self.databases}"
        subprocess.run(["psql", self.url, "-qc", f"CREATE DATABASE {name}"], check=True,
                       env={**os.environ, "PGPASSWORD": PG_PASSWORD})
        return self.url.rsplit("/", 1)[0] + "/" + name

    def stop(self):
        subprocess.run([os.path.join(ROOT, "Tools", "test-postgres.sh"), "stop", self.directory])


def start_server(binary, port, store, tenants_path, data):
    # Client certificates required: the tenant and oversight identities are the point.
    process = subprocess.Popen(
        ["taskset", "-c", "0", binary, "--host", "127.0.0.1", "--port", str(port), "--threads", "1",
         "--cert", f"{CERTS}/server.pem", "--key", f"{CERTS}/server.key", "--ca", f"{CERTS}/ca.pem",
         "--crl", f"{CERTS}/crl.pem", "--require-client-certificate", "--log-level", "error",
         # Capacity, not fairness: no per-municipality call rate (make bench-fairness).
         "--tenant-calls-per-second", "0",
         "--store", store, "--store-connections", os.environ.get("STORE_CONNECTIONS", "8"),
         "--tenants-file", tenants_path],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PGPASSWORD": PG_PASSWORD})
    ready = process.stdout.readline()  # "ready" line
    if "ready" not in ready:
        sys.exit(f"the server did not start on {store}: {process.stderr.read()[-2000:]}")
    return process


def run_load(arguments, port, tenants, duration, requests, report):
    command = ["taskset", "-c", "1", arguments.load, "--port", str(port), "--threads", "1",
               "--connections", str(arguments.connections), "--streams", str(arguments.streams),
               "--duration", str(duration), "--requests", str(requests),
               "--mix", arguments.mix, "--quiet", "--json", report,
               "--ca", f"{CERTS}/ca.pem", "--cert", f"{CERTS}/loadtest.pem",
               "--key", f"{CERTS}/loadtest.key",
               "--oversight-cert", f"{CERTS}/oversight-imdi.pem",
               "--oversight-key", f"{CERTS}/oversight-imdi.key"]
    if tenants:
        command += ["--tenants", ",".join(tenants)]
    if arguments.mix == "grants" and tenants:
        # One tenant taking every grant of the run: room in its allocation for all of them.
        command += ["--grant-budget", "10000000000"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=duration + 900)
    if result.returncode != 0:
        print(result.stdout, end="")
        print(result.stderr, end="", file=sys.stderr)
        sys.exit(f"samarbeid-load exited with {result.returncode}")
    with open(report) as handle:
        return result.stdout, json.load(handle)


def workflows_per_second(summary):
    # A workflow is done when its last RPC is; every RPC of it ran as often, give or take
    # the ones in flight at the end. Set-up steps (a meeting place per worker) run far less
    # often and are not workflows.
    counts = [stats["requests"] - stats["failed"] for stats in summary["rpcs"].values()]
    steps = [count for count in counts if counts and count * 10 >= max(counts)]
    return min(steps) / summary["duration_seconds"] if steps else 0.0


def measure(arguments, store_kind, postgres, tenant_count, fill):
    """One server on a fresh store: the measured run (after the fill, when asked)."""
    work = tempfile.mkdtemp(prefix="bench-grants-")
    try:
        path, tests = tenants_file(work, tenant_count)
        store = f"sqlite:{os.path.join(work, 'data')}" if store_kind == "sqlite" else postgres.database()
        port = free_port()
        server = start_server(arguments.server, port, store, path, work)
        try:
            tenants = tests[:1] if fill is not None else []
            if fill:
                run_load(arguments, port, tenants, 3600, fill, os.path.join(work, "fill.json"))
            text, summary = run_load(arguments, port, tenants, arguments.duration, 10_000_000,
                                     os.path.join(work, "run.json"))
        finally:
            server.terminate()
            server.wait(timeout=60)
        return text, summary
    finally:
        shutil.rmtree(work, ignore_errors=True)


def table(rows):
    """rows: (label, summary). Workflows/s, then p99 per RPC, side by side."""
    rpcs = sorted({name for _, summary in rows for name in summary["rpcs"]})
    width = max([len(name) for name in rpcs] + [18])
    print("".ljust(width) + "".join(label.rjust(22) for label, _ in rows))
    print("workflows/s".ljust(width) + "".join(f"{workflows_per_second(s):22.1f}" for _, s in rows))
    for name in rpcs:
        cells = []
        for _, summary in rows:
            stats = summary["rpcs"].get(name)
            cells.append(f"{stats['latency_ms']['p99']:19.2f} ms" if stats else "-".rjust(22))
        print(f"p99 {name}".ljust(width) + "".join(cells))
    print("books".ljust(width) + "".join(
        ("ok" if s.get("books") is None or s["books"].get("ok", True) else "WRONG").rjust(22) for _, s in rows))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("server")
    parser.add_argument("load")
    parser.add_argument("--duration", type=int, default=20)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--streams", type=int, default=8)
    parser.add_argument("--mix", choices=["grants", "meeting-places", "dialogues"], default="grants")
    parser.add_argument("--store", choices=["sqlite", "postgres", "both"],
                        default=os.environ.get("STORE", "sqlite"))
    parser.add_argument("--tenants", type=int, nargs="*", default=[],
                        help="test tenants registered; several numbers: one run each")
    parser.add_argument("--fill", type=int, help="data volume: fill one tenant with this many workflows first")
    arguments = parser.parse_args()

    stores = ["sqlite", "postgres"] if arguments.store == "both" else [arguments.store]
    postgres = Postgres() if "postgres" in stores else None
    try:
        if not arguments.tenants and arguments.fill is None and len(stores) == 1:
            text, _ = measure(arguments, stores[0], postgres, 2, None)
            print(text, end="")
            return
        rows = []
        for count in arguments.tenants or [2]:
            for store in stores:
                if arguments.fill is not None:
                    _, empty = measure(arguments, store, postgres, count, 0)
                    rows.append((f"{store} empty", empty))
                    _, full = measure(arguments, store, postgres, count, arguments.fill)
                    rows.append((f"{store} +{arguments.fill}", full))
                else:
                    _, summary = measure(arguments, store, postgres, count, None)
                    rows.append((f"{store} {count} tenants", summary))
        table(rows)
    finally:
        if postgres:
            postgres.stop()


if __name__ == "__main__":
    main()
