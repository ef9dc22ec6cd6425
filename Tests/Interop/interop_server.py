#!/usr/bin/env python3
"""An independent gRPC server for the interop cases: grpc.testing.TestService implemented
with Python grpcio from the stubs generated from proto/, over TLS (client certificates
requested and verified against the CA when presented).

Usage: interop_server.py --cert PEM --key PEM --ca PEM [--port N]
Prints "ready on port N" once serving; stops on SIGTERM or when stdin closes.
"""

import argparse
import gzip
import os
import signal
import sys
import threading
import time
from concurrent import futures

import grpc

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATED = os.environ.get("INTEROP_GENERATED", os.path.join(HERE, "..", "..", ".build-interop", "gen"))
sys.path.insert(0, GENERATED)
grpc.__path__.append(os.path.join(GENERATED, "grpc"))

from grpc.testing import empty_pb2, messages_pb2  # noqa: E402

SERVICE = "grpc.testing.TestService"
ECHO_INITIAL = "x-grpc-test-echo-initial"
ECHO_TRAILING = "x-grpc-test-echo-trailing-bin"
GZIP_MAGIC = b"\x1f\x8b"


class Request:
    """A decoded request and whether it arrived compressed.

    The server runs with per-message decompression off, so compressed messages reach the
    deserializer as gzip bytes: that is how expect_compressed can be checked."""

    def __init__(self, message, compressed):
        self.message = message
        self.compressed = compressed


def deserializer(message_type):
    def parse(data):
        compressed = data[:2] == GZIP_MAGIC
        if compressed:
            data = gzip.decompress(data)
        return Request(message_type.FromString(data), compressed)

    return parse


def serialize(message):
    return message.SerializeToString()


def echo_metadata(context):
    received = dict(context.invocation_metadata())
    if ECHO_INITIAL in received:
        context.send_initial_metadata(((ECHO_INITIAL, received[ECHO_INITIAL]),))
    if ECHO_TRAILING in received:
        context.set_trailing_metadata(((ECHO_TRAILING, received[ECHO_TRAILING]),))


def check_compression(request, context):
    # As grpc-core's interop server: only an expected compression is checked.
    if request.message.expect_compressed.value and not request.compressed:
        context.abort(grpc.StatusCode.INVALID_ARGUMENT, "expected a compressed request message")


def abort_with_status(status, context):
    if status.code != 0:
        code = next(code for code in grpc.StatusCode if code.value[0] == status.code)
        context.abort(code, status.message)


def payload(size):
    return messages_pb2.Payload(body=bytes(size))


def empty_call(request, context):
    echo_metadata(context)
    return empty_pb2.Empty()


def unary_call(request, context):
    echo_metadata(context)
    check_compression(request, context)
    message = request.message
    if message.HasField("response_status"):
        abort_with_status(message.response_status, context)
    if message.response_compressed.value:
        context.set_compression(grpc.Compression.Gzip)
    return messages_pb2.SimpleResponse(payload=payload(message.response_size))


def streaming_output_call(request, context):
    echo_metadata(context)
    message = request.message
    for parameters in message.response_parameters:
        if parameters.interval_us:
            time.sleep(parameters.interval_us / 1e6)
        if parameters.compressed.value:
            context.set_compression(grpc.Compression.Gzip)
        else:
            context.disable_next_message_compression()
        yield messages_pb2.StreamingOutputCallResponse(payload=payload(parameters.size))
    if message.HasField("response_status"):
        abort_with_status(message.response_status, context)


def streaming_input_call(requests, context):
    echo_metadata(context)
    total = 0
    for request in requests:
        check_compression(request, context)
        total += len(request.message.payload.body)
    return messages_pb2.StreamingInputCallResponse(aggregated_payload_size=total)


def full_duplex_call(requests, context):
    echo_metadata(context)
    for request in requests:
        message = request.message
        if message.HasField("response_status"):
            abort_with_status(message.response_status, context)
        for parameters in message.response_parameters:
            if parameters.interval_us:
                time.sleep(parameters.interval_us / 1e6)
            yield messages_pb2.StreamingOutputCallResponse(payload=payload(parameters.size))


def half_duplex_call(requests, context):
    echo_metadata(context)
    collected = [request.message for request in requests]
    for message in collected:
        for parameters in message.response_parameters:
            yield messages_pb2.StreamingOutputCallResponse(payload=payload(parameters.size))


def unimplemented_call(request, context):
    context.abort(grpc.StatusCode.UNIMPLEMENTED, "UnimplementedCall is not implemented")


def handlers():
    unary = grpc.unary_unary_rpc_method_handler
    server_streaming = grpc.unary_stream_rpc_method_handler
    client_streaming = grpc.stream_unary_rpc_method_handler
    bidirectional = grpc.stream_stream_rpc_method_handler
    empty = deserializer(empty_pb2.Empty)
    return grpc.method_handlers_generic_handler(SERVICE, {
        "EmptyCall": unary(empty_call, empty, serialize),
        "UnaryCall": unary(unary_call, deserializer(messages_pb2.SimpleRequest), serialize),
        "StreamingOutputCall": server_streaming(
            streaming_output_call, deserializer(messages_pb2.StreamingOutputCallRequest), serialize),
        "StreamingInputCall": client_streaming(
            streaming_input_call, deserializer(messages_pb2.StreamingInputCallRequest), serialize),
        "FullDuplexCall": bidirectional(
            full_duplex_call, deserializer(messages_pb2.StreamingOutputCallRequest), serialize),
        "HalfDuplexCall": bidirectional(
            half_duplex_call, deserializer(messages_pb2.StreamingOutputCallRequest), serialize),
        "UnimplementedCall": unary(unimplemented_call, empty, serialize),
    })


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--ca", required=True)
    arguments = parser.parse_args()

    server = grpc.server(
        futures.ThreadPoolExecutor(max_workers=16),
        options=[("grpc.per_message_decompression", 0)],
    )
    server.add_generic_rpc_handlers((handlers(),))
    credentials = grpc.ssl_server_credentials(
        [(open(arguments.key, "rb").read(), open(arguments.cert, "rb").read())],
        root_certificates=open(arguments.ca, "rb").read(),
        require_client_auth=False,
    )
    port = server.add_secure_port(f"127.0.0.1:{arguments.port}", credentials)
    server.start()
    print(f"ready on port {port}", flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    # The test process holds our stdin: when it goes, so do we.
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    stop.wait()
    server.stop(grace=1).wait()


if __name__ == "__main__":
    main()
