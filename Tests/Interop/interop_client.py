#!/usr/bin/env python3
"""gRPC's interop test cases (grpc/grpc doc/interop-test-descriptions.md), run with Python
grpcio stubs generated from proto/ against a server over TLS.

Usage: interop_client.py --server_port PORT [--server_host HOST] [--server_host_override NAME]
       [--ca PEM --cert PEM --key PEM] [--test_case NAME|all]
Exit status 0 when every case passed.
"""

import argparse
import os
import sys
import threading
import time
import traceback

import grpc

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATED = os.environ.get("INTEROP_GENERATED", os.path.join(HERE, "..", "..", ".build-interop", "gen"))
sys.path.insert(0, GENERATED)
# The stubs live in the grpc.testing and grpc.health.v1 packages, beside grpcio's own grpc.
grpc.__path__.append(os.path.join(GENERATED, "grpc"))

from grpc.testing import empty_pb2, messages_pb2, test_pb2_grpc  # noqa: E402


class Failure(AssertionError):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def expect_status(call, code, message=None):
    try:
        call()
    except grpc.RpcError as error:
        check(error.code() == code, f"expected {code}, got {error.code()}: {error.details()}")
        if message is not None:
            check(error.details() == message, f"expected message {message!r}, got {error.details()!r}")
        return error
    raise Failure(f"expected {code}, the call succeeded")


def zeros(size):
    return messages_pb2.Payload(body=bytes(size))


def empty_unary(stub):
    response = stub.EmptyCall(empty_pb2.Empty(), timeout=10)
    check(response == empty_pb2.Empty(), "response is not Empty")


def large_unary(stub):
    response = stub.UnaryCall(messages_pb2.SimpleRequest(response_size=314159, payload=zeros(271828)), timeout=10)
    check(len(response.payload.body) == 314159, f"payload of {len(response.payload.body)} bytes")
    check(response.payload.body == bytes(314159), "payload is not zeros")


def pick_first_unary(stub):
    # grpc's pick_first_unary: every call on one channel reaches the same server, and the
    # server says which one it is (fill_server_id).
    ids = {stub.UnaryCall(messages_pb2.SimpleRequest(fill_server_id=True), timeout=10).server_id
           for _ in range(100)}
    check(len(ids) == 1, f"server ids {ids}")
    check(next(iter(ids)) != "", "server_id is empty")


def client_compressed_unary(stub):
    def request(expect):
        return messages_pb2.SimpleRequest(
            expect_compressed=messages_pb2.BoolValue(value=expect), response_size=314159, payload=zeros(271828))

    expect_status(lambda: stub.UnaryCall(request(True), timeout=10), grpc.StatusCode.INVALID_ARGUMENT)
    response = stub.UnaryCall(request(True), timeout=10, compression=grpc.Compression.Gzip)
    check(len(response.payload.body) == 314159, "compressed call: wrong payload size")
    response = stub.UnaryCall(request(False), timeout=10)
    check(len(response.payload.body) == 314159, "uncompressed call: wrong payload size")


def server_compressed_unary(stub):
    for compressed in (True, False):
        response = stub.UnaryCall(
            messages_pb2.SimpleRequest(
                response_compressed=messages_pb2.BoolValue(value=compressed), response_size=314159,
                payload=zeros(271828)),
            timeout=10)
        check(len(response.payload.body) == 314159, f"compressed={compressed}: wrong payload size")


def client_streaming(stub):
    sizes = [27182, 8, 1828, 45904]
    requests = (messages_pb2.StreamingInputCallRequest(payload=zeros(size)) for size in sizes)
    response = stub.StreamingInputCall(requests, timeout=10)
    check(response.aggregated_payload_size == 74922, f"aggregated {response.aggregated_payload_size}")


def client_compressed_streaming(stub):
    probe = messages_pb2.StreamingInputCallRequest(
        expect_compressed=messages_pb2.BoolValue(value=True), payload=zeros(27182))
    expect_status(lambda: stub.StreamingInputCall(iter([probe]), timeout=10), grpc.StatusCode.INVALID_ARGUMENT)
    requests = [
        messages_pb2.StreamingInputCallRequest(
            expect_compressed=messages_pb2.BoolValue(value=True), payload=zeros(27182)),
        messages_pb2.StreamingInputCallRequest(
            expect_compressed=messages_pb2.BoolValue(value=False), payload=zeros(45904)),
    ]
    # grpcio compresses every message of a call or none; the server checks only the first
    # message's expectation then, and the second asks for no compression check.
    response = stub.StreamingInputCall(iter(requests), timeout=10, compression=grpc.Compression.Gzip)
    check(response.aggregated_payload_size == 73086, f"aggregated {response.aggregated_payload_size}")


def server_streaming(stub):
    sizes = [31415, 9, 2653, 58979]
    request = messages_pb2.StreamingOutputCallRequest(
        response_parameters=[messages_pb2.ResponseParameters(size=size) for size in sizes])
    got = [len(response.payload.body) for response in stub.StreamingOutputCall(request, timeout=10)]
    check(got == sizes, f"sizes {got}")


def server_compressed_streaming(stub):
    request = messages_pb2.StreamingOutputCallRequest(response_parameters=[
        messages_pb2.ResponseParameters(size=31415, compressed=messages_pb2.BoolValue(value=True)),
        messages_pb2.ResponseParameters(size=92653, compressed=messages_pb2.BoolValue(value=False)),
    ])
    got = [len(response.payload.body) for response in stub.StreamingOutputCall(request, timeout=10)]
    check(got == [31415, 92653], f"sizes {got}")


class RequestQueue:
    """A request iterator the test feeds one message at a time."""

    def __init__(self):
        self._condition = threading.Condition()
        self._items = []
        self._closed = False

    def add(self, item):
        with self._condition:
            self._items.append(item)
            self._condition.notify()

    def close(self):
        with self._condition:
            self._closed = True
            self._condition.notify()

    def __iter__(self):
        return self

    def __next__(self):
        with self._condition:
            while not self._items and not self._closed:
                self._condition.wait()
            if self._items:
                return self._items.pop(0)
            raise StopIteration


def ping_pong(stub):
    requests = RequestQueue()
    pairs = [(31415, 27182), (9, 8), (2653, 1828), (58979, 45904)]
    responses = stub.FullDuplexCall(requests, timeout=10)
    for response_size, payload_size in pairs:
        requests.add(messages_pb2.StreamingOutputCallRequest(
            response_parameters=[messages_pb2.ResponseParameters(size=response_size)],
            payload=zeros(payload_size)))
        response = next(responses)
        check(len(response.payload.body) == response_size, f"response of {len(response.payload.body)} bytes")
    requests.close()
    check(next(responses, None) is None, "more responses than requests")


def empty_stream(stub):
    responses = list(stub.FullDuplexCall(iter([]), timeout=10))
    check(responses == [], f"{len(responses)} responses")


def cancel_after_begin(stub):
    requests = RequestQueue()
    future = stub.StreamingInputCall.future(requests, timeout=10)
    future.cancel()
    check(future.cancelled(), "the call was not cancelled")
    requests.close()


def cancel_after_first_response(stub):
    requests = RequestQueue()
    responses = stub.FullDuplexCall(requests, timeout=10)
    requests.add(messages_pb2.StreamingOutputCallRequest(
        response_parameters=[messages_pb2.ResponseParameters(size=31415)], payload=zeros(27182)))
    response = next(responses)
    check(len(response.payload.body) == 31415, "first response size")
    responses.cancel()
    try:
        next(responses)
        raise Failure("a response arrived after cancellation")
    except grpc.RpcError as error:
        check(error.code() == grpc.StatusCode.CANCELLED, f"status {error.code()}")
    requests.close()


def timeout_on_sleeping_server(stub):
    requests = RequestQueue()
    requests.add(messages_pb2.StreamingOutputCallRequest(payload=zeros(27182)))
    responses = stub.FullDuplexCall(requests, timeout=0.001)
    try:
        next(responses)
        raise Failure("a response arrived")
    except grpc.RpcError as error:
        check(error.code() == grpc.StatusCode.DEADLINE_EXCEEDED, f"status {error.code()}")
    requests.close()


def custom_metadata(stub):
    initial = ("x-grpc-test-echo-initial", "test_initial_metadata_value")
    trailing = ("x-grpc-test-echo-trailing-bin", b"\xab\xab\xab")
    metadata = (initial, trailing)

    def verify(initial_metadata, trailing_metadata):
        check(initial in list(initial_metadata), f"initial metadata {initial_metadata}")
        check(trailing in list(trailing_metadata), f"trailing metadata {trailing_metadata}")

    request = messages_pb2.SimpleRequest(response_size=314159, payload=zeros(271828))
    response, call = stub.UnaryCall.with_call(request, metadata=metadata, timeout=10)
    check(len(response.payload.body) == 314159, "unary payload size")
    verify(call.initial_metadata(), call.trailing_metadata())

    streaming = messages_pb2.StreamingOutputCallRequest(
        response_parameters=[messages_pb2.ResponseParameters(size=314159)], payload=zeros(271828))
    responses = stub.FullDuplexCall(iter([streaming]), metadata=metadata, timeout=10)
    sizes = [len(response.payload.body) for response in responses]
    check(sizes == [314159], f"duplex sizes {sizes}")
    verify(responses.initial_metadata(), responses.trailing_metadata())


def status_code_and_message(stub):
    status = messages_pb2.EchoStatus(code=2, message="test status message")
    expect_status(lambda: stub.UnaryCall(messages_pb2.SimpleRequest(response_status=status), timeout=10),
                  grpc.StatusCode.UNKNOWN, "test status message")
    request = messages_pb2.StreamingOutputCallRequest(response_status=status)
    expect_status(lambda: list(stub.FullDuplexCall(iter([request]), timeout=10)),
                  grpc.StatusCode.UNKNOWN, "test status message")


def special_status_message(stub):
    message = "\t\ntest with whitespace\r\nand Unicode BMP \u263a and non-BMP \U0001f608\t\n"
    status = messages_pb2.EchoStatus(code=2, message=message)
    expect_status(lambda: stub.UnaryCall(messages_pb2.SimpleRequest(response_status=status), timeout=10),
                  grpc.StatusCode.UNKNOWN, message)


def unimplemented_method(stub):
    expect_status(lambda: stub.UnimplementedCall(empty_pb2.Empty(), timeout=10), grpc.StatusCode.UNIMPLEMENTED)


def unimplemented_service(channel):
    stub = test_pb2_grpc.UnimplementedServiceStub(channel)
    expect_status(lambda: stub.UnimplementedCall(empty_pb2.Empty(), timeout=10), grpc.StatusCode.UNIMPLEMENTED)


CASES = [
    "empty_unary", "large_unary", "pick_first_unary", "client_compressed_unary", "server_compressed_unary",
    "client_streaming", "client_compressed_streaming", "server_streaming", "server_compressed_streaming",
    "ping_pong", "empty_stream", "cancel_after_begin", "cancel_after_first_response",
    "timeout_on_sleeping_server", "custom_metadata", "status_code_and_message", "special_status_message",
    "unimplemented_method", "unimplemented_service",
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server_host", default="127.0.0.1")
    parser.add_argument("--server_host_override", default="localhost")
    parser.add_argument("--server_port", type=int, required=True)
    parser.add_argument("--ca", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--test_case", default="all")
    arguments = parser.parse_args()

    key = open(arguments.key, "rb").read() if arguments.key else None
    cert = open(arguments.cert, "rb").read() if arguments.cert else None
    credentials = grpc.ssl_channel_credentials(open(arguments.ca, "rb").read(), key, cert)
    channel = grpc.secure_channel(
        f"{arguments.server_host}:{arguments.server_port}", credentials,
        options=[("grpc.ssl_target_name_override", arguments.server_host_override)])
    stub = test_pb2_grpc.TestServiceStub(channel)

    cases = CASES if arguments.test_case == "all" else arguments.test_case.split(",")
    failures = 0
    for name in cases:
        started = time.monotonic()
        try:
            target = channel if name == "unimplemented_service" else stub
            globals()[name](target)
            print(f"PASS {name} ({(time.monotonic() - started) * 1000:.0f} ms)", flush=True)
        except Exception as error:  # noqa: BLE001 - every failure is reported, then counted
            failures += 1
            print(f"FAIL {name}: {error}", flush=True)
            traceback.print_exc()
    channel.close()
    print(f"{len(cases) - failures}/{len(cases)} interop cases passed", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
