#!/usr/bin/env python3
"""Real gRPC clients at full speed: Python grpcio (sync and grpc.aio) on one channel each, as a
municipal backend uses the service, against grpc.testing.TestService over TLS.

Every case is bounded in calls and in time (--seconds). A case fails on any RPC error and on
any connection loss the client did not ask for: the channel is watched, and leaving READY
(a GOAWAY, a reset, a closed socket) counts as a loss. Every channel carries the keepalive
settings real deployments use (10 s, permitted without calls), and one more channel idles
through the whole run with them and must still be connected at the end.

Usage: real_clients.py --port N --ca PEM --cert PEM --key PEM [--seconds S] [--case NAME ...]
Prints one JSON object per case (name, calls, messages, seconds, calls_per_second,
messages_per_second, errors, connection_losses), then a summary line; exit 0 when all passed.
"""

import argparse
import asyncio
import json
import os
import sys
import threading
import time
from concurrent import futures

import grpc
import grpc.aio

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATED = os.environ.get("INTEROP_GENERATED", os.path.join(HERE, "..", "..", ".build-interop", "gen"))
sys.path.insert(0, GENERATED)
grpc.__path__.append(os.path.join(GENERATED, "grpc"))

from grpc.testing import empty_pb2, messages_pb2, test_pb2_grpc  # noqa: E402

MIB = 1024 * 1024
# As a real deployment sets them (grpc-core's keepalive guide): a ping every 10 s, also
# without calls, and no cap on pings without data.
KEEPALIVE = [
    ("grpc.keepalive_time_ms", 10_000),
    ("grpc.keepalive_timeout_ms", 5_000),
    ("grpc.keepalive_permit_without_calls", 1),
    ("grpc.http2.max_pings_without_data", 0),
    ("grpc.max_send_message_length", 4 * MIB + 1024),
    ("grpc.max_receive_message_length", 4 * MIB + 1024),
]


class Result:
    def __init__(self, name):
        self.name = name
        self.calls = 0
        self.messages = 0
        self.errors = {}
        self.seconds = 0.0
        self.losses = 0

    def error(self, error):
        if isinstance(error, grpc.RpcError) or isinstance(error, grpc.aio.AioRpcError):
            key = f"{error.code().name}: {error.details()}"
        else:
            key = f"{type(error).__name__}: {error}"
        self.errors[key] = self.errors.get(key, 0) + 1

    def report(self):
        seconds = max(self.seconds, 1e-9)
        return {
            "name": self.name,
            "calls": self.calls,
            "messages": self.messages,
            "seconds": round(self.seconds, 3),
            "calls_per_second": round(self.calls / seconds, 1),
            "messages_per_second": round(self.messages / seconds, 1),
            "errors": self.errors,
            "connection_losses": self.losses,
        }


class LossWatch:
    """Counts the times a channel leaves READY after it first got there."""

    def __init__(self, channel, aio=False):
        self.losses = 0
        self.ready = False
        self.states = []
        self.channel = channel
        self.aio = aio
        self.lock = threading.Lock()
        if not aio:
            channel.subscribe(self.observe, try_to_connect=True)

    def observe(self, state):
        with self.lock:
            self.states.append(state.name)
            if state == grpc.ChannelConnectivity.READY:
                self.ready = True
            elif self.ready and state != grpc.ChannelConnectivity.SHUTDOWN:
                self.losses += 1
                self.ready = False

    async def watch_aio(self, stop):
        state = self.channel.get_state(try_to_connect=True)
        while not stop.is_set():
            self.observe(state)
            waiter = asyncio.ensure_future(self.channel.wait_for_state_change(state))
            stopper = asyncio.ensure_future(stop.wait())
            done, _ = await asyncio.wait({waiter, stopper}, return_when=asyncio.FIRST_COMPLETED)
            if waiter in done:
                state = waiter.result() if waiter.result() is not None else self.channel.get_state()
                state = self.channel.get_state()
            else:
                waiter.cancel()
            stopper.cancel()

    def stop(self):
        if not self.aio:
            self.channel.unsubscribe(self.observe)


class Target:
    def __init__(self, arguments):
        self.address = f"127.0.0.1:{arguments.port}"
        with open(arguments.ca, "rb") as ca, open(arguments.cert, "rb") as cert, open(arguments.key, "rb") as key:
            self.credentials = grpc.ssl_channel_credentials(ca.read(), key.read(), cert.read())
        self.options = KEEPALIVE + [("grpc.ssl_target_name_override", "localhost")]
        self.seconds = arguments.seconds

    def channel(self):
        return grpc.secure_channel(self.address, self.credentials, options=self.options)

    def aio_channel(self):
        return grpc.aio.secure_channel(self.address, self.credentials, options=self.options)


def small_request():
    return messages_pb2.SimpleRequest(response_size=32, payload=messages_pb2.Payload(body=bytes(32)))


def large_request():
    return messages_pb2.SimpleRequest(response_size=MIB, payload=messages_pb2.Payload(body=bytes(MIB)))


# -- sync cases ------------------------------------------------------------------------------


def run_sync(target, name, body):
    result = Result(name)
    channel = target.channel()
    watch = LossWatch(channel)
    try:
        grpc.channel_ready_future(channel).result(timeout=10)
        stub = test_pb2_grpc.TestServiceStub(channel)
        started = time.monotonic()
        body(stub, result, started + target.seconds)
        result.seconds = time.monotonic() - started
    except Exception as error:  # a failure outside a call is a failure too
        result.error(error)
    finally:
        time.sleep(0.2)  # let a GOAWAY that followed the last call reach the watch
        result.losses = watch.losses
        watch.stop()
        channel.close()
    return result


def sync_unary_sequential(stub, result, deadline, limit=50_000):
    request = small_request()
    while result.calls < limit and time.monotonic() < deadline:
        try:
            stub.UnaryCall(request, timeout=10)
            result.calls += 1
            result.messages += 2
        except grpc.RpcError as error:
            result.error(error)
            return


def sync_unary_concurrent(stub, result, deadline, limit=100_000, width=100):
    request = small_request()
    lock = threading.Lock()
    done = threading.Event()
    in_flight = [0]

    def start():
        with lock:
            if done.is_set() or result.calls + in_flight[0] >= limit or time.monotonic() >= deadline:
                if in_flight[0] == 0:
                    done.set()
                return
            in_flight[0] += 1
        call = stub.UnaryCall.future(request, timeout=10)
        call.add_done_callback(finished)

    def finished(call):
        with lock:
            in_flight[0] -= 1
            error = call.exception()
            if error is not None:
                result.error(error)
                done.set()
            else:
                result.calls += 1
                result.messages += 2
        start()

    for _ in range(width):
        start()
    done.wait(timeout=(deadline - time.monotonic()) + 15)
    while True:
        with lock:
            if in_flight[0] == 0:
                break
        time.sleep(0.01)


def sync_unary_large(stub, result, deadline, limit=2_000):
    request = large_request()
    while result.calls < limit and time.monotonic() < deadline:
        try:
            response = stub.UnaryCall(request, timeout=20)
            assert len(response.payload.body) == MIB
            result.calls += 1
            result.messages += 2
        except grpc.RpcError as error:
            result.error(error)
            return


def sync_server_streaming(stub, result, deadline, count=100_000):
    request = messages_pb2.StreamingOutputCallRequest(
        response_parameters=[messages_pb2.ResponseParameters(size=16)] * count)
    try:
        for _ in stub.StreamingOutputCall(request, timeout=60):
            result.messages += 1
        result.calls += 1
    except grpc.RpcError as error:
        result.error(error)


def sync_client_streaming(stub, result, deadline, count=100_000):
    message = messages_pb2.StreamingInputCallRequest(payload=messages_pb2.Payload(body=bytes(16)))

    def requests():
        for _ in range(count):
            result.messages += 1
            yield message

    try:
        response = stub.StreamingInputCall(requests(), timeout=60)
        assert response.aggregated_payload_size == 16 * count, response.aggregated_payload_size
        result.calls += 1
    except grpc.RpcError as error:
        result.error(error)


def sync_bidi_ping_pong(stub, result, deadline, count=100_000):
    import queue

    request = messages_pb2.StreamingOutputCallRequest(
        response_parameters=[messages_pb2.ResponseParameters(size=16)],
        payload=messages_pb2.Payload(body=bytes(16)))
    outbox = queue.Queue()
    end = object()

    def requests():
        while True:
            item = outbox.get()
            if item is end:
                return
            yield item

    try:
        outbox.put(request)
        responses = stub.FullDuplexCall(requests(), timeout=60)
        for response in responses:
            assert len(response.payload.body) == 16
            result.calls += 1
            result.messages += 2
            if result.calls >= count or time.monotonic() >= deadline:
                outbox.put(end)
            else:
                outbox.put(request)
    except grpc.RpcError as error:
        result.error(error)


# -- grpc.aio cases --------------------------------------------------------------------------


def run_aio(target, name, body):
    async def main():
        result = Result(name)
        channel = target.aio_channel()
        watch = LossWatch(channel, aio=True)
        stop = asyncio.Event()
        watcher = asyncio.ensure_future(watch.watch_aio(stop))
        try:
            await asyncio.wait_for(channel.channel_ready(), timeout=10)
            stub = test_pb2_grpc.TestServiceStub(channel)
            started = time.monotonic()
            await body(stub, result, started + target.seconds)
            result.seconds = time.monotonic() - started
        except Exception as error:
            result.error(error)
        finally:
            await asyncio.sleep(0.2)
            stop.set()
            await watcher
            result.losses = watch.losses
            await channel.close()
        return result

    return asyncio.run(main())


async def aio_unary_sequential(stub, result, deadline, limit=50_000):
    request = small_request()
    while result.calls < limit and time.monotonic() < deadline:
        try:
            await stub.UnaryCall(request, timeout=10)
            result.calls += 1
            result.messages += 2
        except grpc.aio.AioRpcError as error:
            result.error(error)
            return


async def aio_unary_concurrent(stub, result, deadline, limit=100_000, width=100, request=None):
    request = request or small_request()
    state = {"started": 0, "failed": False}

    async def worker():
        while not state["failed"] and state["started"] < limit and time.monotonic() < deadline:
            state["started"] += 1
            try:
                await stub.UnaryCall(request, timeout=30)
                result.calls += 1
                result.messages += 2
            except grpc.aio.AioRpcError as error:
                result.error(error)
                state["failed"] = True

    await asyncio.gather(*(worker() for _ in range(width)))


async def aio_unary_large_concurrent(stub, result, deadline):
    await aio_unary_concurrent(stub, result, deadline, limit=5_000, width=100, request=large_request())


async def aio_server_streaming(stub, result, deadline, count=100_000):
    request = messages_pb2.StreamingOutputCallRequest(
        response_parameters=[messages_pb2.ResponseParameters(size=16)] * count)
    try:
        async for _ in stub.StreamingOutputCall(request, timeout=60):
            result.messages += 1
        result.calls += 1
    except grpc.aio.AioRpcError as error:
        result.error(error)


async def aio_client_streaming(stub, result, deadline, count=100_000):
    message = messages_pb2.StreamingInputCallRequest(payload=messages_pb2.Payload(body=bytes(16)))
    try:
        call = stub.StreamingInputCall(timeout=60)
        for _ in range(count):
            await call.write(message)
            result.messages += 1
        await call.done_writing()
        response = await call
        assert response.aggregated_payload_size == 16 * count, response.aggregated_payload_size
        result.calls += 1
    except grpc.aio.AioRpcError as error:
        result.error(error)


async def aio_bidi_ping_pong(stub, result, deadline, count=100_000):
    request = messages_pb2.StreamingOutputCallRequest(
        response_parameters=[messages_pb2.ResponseParameters(size=16)],
        payload=messages_pb2.Payload(body=bytes(16)))
    try:
        call = stub.FullDuplexCall(timeout=60)
        while result.calls < count and time.monotonic() < deadline:
            await call.write(request)
            response = await call.read()
            assert len(response.payload.body) == 16
            result.calls += 1
            result.messages += 2
        await call.done_writing()
        assert await call.read() == grpc.aio.EOF
    except grpc.aio.AioRpcError as error:
        result.error(error)


async def aio_mix(stub, result, deadline):
    """Everything at once on one channel."""
    parts = [Result(name) for name in ("sequential", "concurrent", "large", "server", "client", "bidi")]
    await asyncio.gather(
        aio_unary_sequential(stub, parts[0], deadline),
        aio_unary_concurrent(stub, parts[1], deadline, width=50),
        aio_unary_concurrent(stub, parts[2], deadline, limit=500, width=4, request=large_request()),
        aio_server_streaming(stub, parts[3], deadline, count=20_000),
        aio_client_streaming(stub, parts[4], deadline, count=20_000),
        aio_bidi_ping_pong(stub, parts[5], deadline, count=20_000),
    )
    for part in parts:
        result.calls += part.calls
        result.messages += part.messages
        for key, count in part.errors.items():
            result.errors[f"{part.name}: {key}"] = count


async def aio_large_metadata(stub, result, deadline, limit=2_000):
    """8 KiB of metadata per call: grpc-core's default soft limit for what it accepts."""
    metadata = (("x-large", "v" * (8 * 1024 - 100)),)
    request = small_request()
    while result.calls < limit and time.monotonic() < deadline:
        try:
            await stub.UnaryCall(request, timeout=10, metadata=metadata)
            result.calls += 1
            result.messages += 2
        except grpc.aio.AioRpcError as error:
            result.error(error)
            return


CASES = {
    "sync_unary_sequential": (run_sync, sync_unary_sequential),
    "sync_unary_concurrent_100": (run_sync, sync_unary_concurrent),
    "sync_unary_1mib": (run_sync, sync_unary_large),
    "sync_server_streaming_100k": (run_sync, sync_server_streaming),
    "sync_client_streaming_100k": (run_sync, sync_client_streaming),
    "sync_bidi_ping_pong_100k": (run_sync, sync_bidi_ping_pong),
    "aio_unary_sequential": (run_aio, aio_unary_sequential),
    "aio_unary_concurrent_100": (run_aio, aio_unary_concurrent),
    "aio_unary_1mib_concurrent_100": (run_aio, aio_unary_large_concurrent),
    "aio_server_streaming_100k": (run_aio, aio_server_streaming),
    "aio_client_streaming_100k": (run_aio, aio_client_streaming),
    "aio_bidi_ping_pong_100k": (run_aio, aio_bidi_ping_pong),
    "aio_large_metadata": (run_aio, aio_large_metadata),
    "aio_mix": (run_aio, aio_mix),
}


def idle_keepalive(target, stop, outcome):
    """A channel with keepalive that makes one call, idles through the run, makes one more."""
    channel = target.channel()
    watch = LossWatch(channel)
    stub = test_pb2_grpc.TestServiceStub(channel)
    result = Result("idle_keepalive")
    started = time.monotonic()
    try:
        stub.EmptyCall(empty_pb2.Empty(), timeout=10)
        result.calls += 1
        stop.wait()
        stub.EmptyCall(empty_pb2.Empty(), timeout=10)
        result.calls += 1
    except grpc.RpcError as error:
        result.error(error)
    result.seconds = time.monotonic() - started
    result.losses = watch.losses
    watch.stop()
    channel.close()
    outcome.append(result)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--ca", required=True)
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--seconds", type=float, default=10.0, help="time bound per case")
    parser.add_argument("--case", action="append", choices=sorted(CASES), help="run only these")
    parser.add_argument("--idle-at-least", type=float, default=0.0,
                        help="keep the idle keepalive channel this long even if the cases end sooner")
    arguments = parser.parse_args()
    target = Target(arguments)
    stop = threading.Event()
    idle = []
    idler = threading.Thread(target=idle_keepalive, args=(target, stop, idle))
    idler.start()
    started = time.monotonic()
    results = []
    for name in arguments.case or list(CASES):
        runner, body = CASES[name]
        result = runner(target, name, body)
        results.append(result)
        print(json.dumps(result.report()), flush=True)
    remaining = arguments.idle_at_least - (time.monotonic() - started)
    if remaining > 0:
        time.sleep(remaining)
    stop.set()
    idler.join()
    results.extend(idle)
    print(json.dumps(idle[0].report()), flush=True)
    failed = [r.name for r in results if r.errors or r.losses or r.calls == 0]
    print(json.dumps({"summary": True, "failed": failed}), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
