#!/usr/bin/env python3
"""make bench: samarbeid-server against nghttpd, the ceiling of the nghttp2 + OpenSSL stack.

In one run, for 1x1, 1x32, 16x1 and 16x32 (connections x streams), h2load drives
/grpc.health.v1.Health/Check on samarbeid-server (the one RPC open without a client
certificate, which h2load cannot present) and a small static file on nghttpd,
both over TLS, server pinned to CPU 0 and h2load to CPU 1. Prints req/s, mean and p99
latency, server CPU time per request, and the ratios to nghttpd. Then checks one call with a
real gRPC client (grpcio) returns status 0, and measures resident memory per idle TLS
connection (1,000 connections, RSS delta).

Usage: bench_server.py SERVER_BINARY [--duration SECONDS]
"""

import argparse
import os
import re
import signal
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CERTS = os.path.join(ROOT, "certs", "out")
CONFIGS = [(1, 1), (1, 32), (16, 1), (16, 32)]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def wait_for_port(port, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {port}")


def start_samarbeid(binary, port):
    data = tempfile.mkdtemp(prefix="bench-data-")
    process = subprocess.Popen(
        ["taskset", "-c", "0", binary, "--host", "127.0.0.1", "--port", str(port), "--threads", "1",
         "--cert", f"{CERTS}/server.pem", "--key", f"{CERTS}/server.key", "--log-level", "error",
         "--max-concurrent-streams", "100", "--data-dir", data],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    process.stdout.readline()  # "ready" line
    return process


def start_nghttpd(port, docroot):
    process = subprocess.Popen(
        ["taskset", "-c", "0", "nghttpd", "-d", docroot, "--no-content-length", str(port),
         f"{CERTS}/server.key", f"{CERTS}/server.pem"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_port(port)
    return process


def grpc_body(path):
    # HealthCheckRequest{} (the whole server), framed.
    with open(path, "wb") as f:
        f.write(bytes([0, 0, 0, 0, 0]))


def h2load(url, connections, streams, duration, body=None, headers=()):
    log = tempfile.NamedTemporaryFile(delete=False)
    log.close()
    command = ["taskset", "-c", "1", "h2load", "-c", str(connections), "-m", str(streams),
               "-D", str(duration), "--warm-up-time", "1", "--log-file", log.name]
    # h2load wants at least as many requests in flight as connections x streams.
    command += ["-t", "1"]
    for header in headers:
        command += ["-H", header]
    if body:
        command += ["-d", body]
    command.append(url)
    output = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60).stdout
    latencies = []
    with open(log.name) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3:
                latencies.append(int(parts[2]))
    os.unlink(log.name)
    match = re.search(r"finished in [\d.]+\w+, ([\d.]+) req/s", output)
    succeeded = re.search(r"requests: \d+ total, \d+ started, \d+ done, (\d+) succeeded, (\d+) failed", output)
    if not match or not succeeded:
        raise RuntimeError(f"could not read h2load's output:\n{output}")
    latencies.sort()
    return {
        "rps": float(match.group(1)),
        "succeeded": int(succeeded.group(1)),
        "failed": int(succeeded.group(2)),
        "mean_ms": statistics.mean(latencies) / 1000 if latencies else 0,
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1] / 1000 if latencies else 0,
    }


def measure(pid, run):
    before = cpu_seconds(pid)
    result = run()
    result["cpu_us"] = (cpu_seconds(pid) - before) / max(result["succeeded"], 1) * 1e6
    return result


def check_grpc_status(port):
    sys.path.insert(0, os.path.join(ROOT, ".build-interop", "gen"))
    import grpc
    grpc.__path__.append(os.path.join(ROOT, ".build-interop", "gen", "grpc"))
    from grpc.health.v1 import health_pb2, health_pb2_grpc
    credentials = grpc.ssl_channel_credentials(open(f"{CERTS}/ca.pem", "rb").read())
    with grpc.secure_channel(f"127.0.0.1:{port}", credentials,
                             options=[("grpc.ssl_target_name_override", "localhost")]) as channel:
        response, call = health_pb2_grpc.HealthStub(channel).Check.with_call(
            health_pb2.HealthCheckRequest(), timeout=10)
        return call.code() == grpc.StatusCode.OK and response.status == health_pb2.HealthCheckResponse.SERVING


def idle_connection_memory(pid, port, count=1000):
    context = ssl.create_default_context(cafile=f"{CERTS}/ca.pem")
    context.set_alpn_protocols(["h2"])
    preface = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" + bytes([0, 0, 0, 4, 0, 0, 0, 0, 0])
    time.sleep(0.5)
    before = rss_kib(pid)
    connections = []
    for _ in range(count):
        raw = socket.create_connection(("127.0.0.1", port))
        tls = context.wrap_socket(raw, server_hostname="localhost")
        tls.sendall(preface)
        connections.append(tls)
    time.sleep(2)
    after = rss_kib(pid)
    for connection in connections:
        connection.close()
    return (after - before) / count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("server")
    parser.add_argument("--duration", type=int, default=5)
    arguments = parser.parse_args()

    workdir = tempfile.mkdtemp()
    body = os.path.join(workdir, "request.bin")
    grpc_body(body)
    docroot = os.path.join(workdir, "docroot")
    os.mkdir(docroot)
    with open(os.path.join(docroot, "response"), "wb") as f:
        f.write(bytes(7))  # the size of a framed HealthCheckResponse{status: SERVING}

    grpc_port, static_port = free_port(), free_port()
    samarbeid = start_samarbeid(arguments.server, grpc_port)
    nghttpd = start_nghttpd(static_port, docroot)
    headers = ("content-type: application/grpc", "te: trailers")
    rows = []
    try:
        ok = check_grpc_status(grpc_port)
        print(f"grpcio Health.Check against samarbeid-server: {'status 0, SERVING' if ok else 'FAILED'}")
        for connections, streams in CONFIGS:
            ours = measure(samarbeid.pid, lambda: h2load(
                f"https://127.0.0.1:{grpc_port}/grpc.health.v1.Health/Check",
                connections, streams, arguments.duration, body, headers))
            theirs = measure(nghttpd.pid, lambda: h2load(
                f"https://127.0.0.1:{static_port}/response", connections, streams, arguments.duration))
            rows.append((connections, streams, ours, theirs))
        memory = idle_connection_memory(samarbeid.pid, grpc_port)
    finally:
        samarbeid.send_signal(signal.SIGTERM)
        nghttpd.terminate()
        samarbeid.wait(timeout=30)
        nghttpd.wait(timeout=10)

    print()
    print(f"{'c x m':>7} | {'samarbeid req/s':>15} {'mean ms':>8} {'p99 ms':>7} {'cpu us/req':>10} "
          f"| {'nghttpd req/s':>13} {'mean ms':>8} {'p99 ms':>7} {'cpu us/req':>10} | {'req/s ratio':>11} {'mean ratio':>10}")
    for connections, streams, ours, theirs in rows:
        print(f"{connections:>3} x {streams:<3}| {ours['rps']:>15,.0f} {ours['mean_ms']:>8.3f} {ours['p99_ms']:>7.3f} "
              f"{ours['cpu_us']:>10.1f} | {theirs['rps']:>13,.0f} {theirs['mean_ms']:>8.3f} {theirs['p99_ms']:>7.3f} "
              f"{theirs['cpu_us']:>10.1f} | {ours['rps'] / theirs['rps']:>11.2f} {ours['mean_ms'] / max(theirs['mean_ms'], 1e-9):>10.2f}")
        if ours["failed"]:
            print(f"      samarbeid: {ours['failed']} requests failed")
    print()
    print(f"resident memory per idle TLS connection: {memory:.1f} KiB (1,000 connections, RSS delta)")


if __name__ == "__main__":
    main()
