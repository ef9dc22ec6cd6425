#!/usr/bin/env python3
"""Writes the seed corpora of the HTTP/2 fuzzers (Fuzz/Corpus/HTTP2, Fuzz/Corpus/HTTP2Frames).

HTTP2: the raw target's inputs. The first byte says how the rest arrives (high bit: send the
client preface first; low seven bits: bytes per read, 0 for all at once), the rest are frames
a gRPC client sends: calls on each kind of method, and the frames around them.
HTTP2Frames: the structure-aware target's inputs, which any bytes are; a few fixed random ones.
"""
import os
import random
import struct
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fuzz", "Corpus")


def frame(kind, flags, stream, payload=b""):
    return struct.pack(">I", len(payload))[1:] + bytes([kind, flags]) + struct.pack(">I", stream) + payload


def literal(name, value):
    def string(text):
        data = text.encode()
        assert len(data) < 127
        return bytes([len(data)]) + data
    return b"\x00" + string(name) + string(value)


def headers(stream, path, end_stream=False, extra=()):
    fields = [(":method", "POST"), (":scheme", "https"), (":path", path), (":authority", "localhost"),
              ("content-type", "application/grpc"), ("te", "trailers"), *extra]
    block = b"".join(literal(n, v) for n, v in fields)
    return frame(1, 0x4 | (0x1 if end_stream else 0), stream, block)


def message(stream, body, end_stream=True):
    return frame(0, 0x1 if end_stream else 0, stream, b"\x00" + struct.pack(">I", len(body)) + body)


SETTINGS = frame(4, 0, 0, struct.pack(">HI", 3, 100) + struct.pack(">HI", 4, 1 << 20))
CHECK = "/grpc.health.v1.Health/Check"
SEEDS = {
    "health_check": SETTINGS + headers(1, CHECK) + message(1, b""),
    "health_check_service": SETTINGS + headers(1, CHECK) + message(1, b"\x0a\x15grpc.health.v1.Health"),
    "health_watch_then_reset": SETTINGS + headers(1, "/grpc.health.v1.Health/Watch")
    + message(1, b"") + frame(3, 0, 1, struct.pack(">I", 8)),
    "reflection_list": SETTINGS + headers(1, "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo")
    + message(1, b"\x3a\x00"),
    "unary_with_timeout": SETTINGS + headers(1, "/grpc.testing.TestService/UnaryCall", extra=[("grpc-timeout", "1S")])
    + message(1, b"\x10\x80\x08"),
    "streaming_output": SETTINGS + headers(1, "/grpc.testing.TestService/StreamingOutputCall")
    + message(1, b"\x12\x02\x08\x0a\x12\x02\x08\x14"),
    "full_duplex": SETTINGS + headers(1, "/grpc.testing.TestService/FullDuplexCall")
    + message(1, b"\x12\x02\x08\x0a", end_stream=False) + message(1, b"\x12\x02\x08\x0a"),
    "gzip_request": SETTINGS + headers(1, "/grpc.testing.TestService/EmptyCall", extra=[("grpc-encoding", "gzip")])
    + frame(0, 1, 1, b"\x01\x00\x00\x00\x00"),
    "two_calls_window_update": SETTINGS + headers(1, CHECK) + message(1, b"") + frame(8, 0, 0, struct.pack(">I", 1 << 20))
    + headers(3, CHECK) + message(3, b""),
    "ping_settings_ack_goaway": SETTINGS + frame(4, 1, 0) + frame(6, 0, 0, b"12345678") + frame(7, 0, 0, bytes(8)),
    "continuation": SETTINGS + frame(1, 0, 1, literal(":method", "POST") + literal(":scheme", "https"))
    + frame(9, 0x4, 1, literal(":path", CHECK) + literal(":authority", "x") + literal("content-type", "application/grpc")
            + literal("te", "trailers")) + message(1, b""),
    "unknown_method": SETTINGS + headers(1, "/no.such.Service/Method", end_stream=True),
    "priority_and_unknown_frame": SETTINGS + frame(2, 0, 3, b"\x00\x00\x00\x01\x10") + frame(0x10, 0, 0, b"hello"),
}


def main():
    for directory in ("HTTP2", "HTTP2Frames"):
        os.makedirs(os.path.join(ROOT, directory), exist_ok=True)
    for name, body in SEEDS.items():
        for prefix, suffix in ((0x80, ""), (0x81, "_bytewise"), (0x87, "_7s")):
            if suffix and name not in ("health_check", "full_duplex", "continuation"):
                continue
            with open(os.path.join(ROOT, "HTTP2", name + suffix), "wb") as out:
                out.write(bytes([prefix]) + body)
    generator = random.Random(0x5341)
    for index in range(12):
        size = generator.randint(16, 400)
        with open(os.path.join(ROOT, "HTTP2Frames", "random_%02d" % index), "wb") as out:
            out.write(bytes(generator.randrange(256) for _ in range(size)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
