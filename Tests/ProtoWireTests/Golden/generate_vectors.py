#!/usr/bin/env python3
"""Writes vectors.txt: protobuf encodings made by Python's protobuf package (an encoder
independent of ProtoWire) from golden.proto, for the Swift golden tests.

Each vector has the input bytes, the canonical re-encoding Python produces after parsing them
(deterministic map order; unknown fields after known ones), and a dump of the parsed values in
a format the Swift test reproduces from its own decoded message.

Run:  make golden   (or: .venv/bin/python Tests/ProtoWireTests/Golden/generate_vectors.py)
"""

import os

# The pure-Python implementation sorts map keys in their natural order under
# deterministic=True (upb, the default, writes them in reverse), and it is the reference
# implementation: independent of upb's C and of ProtoWire.
os.environ["PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION"] = "python"

import google.protobuf
import importlib
import math
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def load_schema():
    out = tempfile.mkdtemp(prefix="golden_pb2_")
    subprocess.run(
        [sys.executable, "-m", "grpc_tools.protoc", f"-I{HERE}", f"--python_out={out}",
         os.path.join(HERE, "golden.proto")],
        check=True,
    )
    sys.path.insert(0, out)
    return importlib.import_module("golden_pb2")


pb = load_schema()
FD = pb.AllTypes.DESCRIPTOR.fields_by_name["f_int32"]  # for the type constants


def fmt(fd, value):
    t = fd.type
    if t == FD.TYPE_BOOL:
        return "true" if value else "false"
    if t == FD.TYPE_FLOAT:
        return "%08x" % struct.unpack("<I", struct.pack("<f", value))[0]
    if t == FD.TYPE_DOUBLE:
        return "%016x" % struct.unpack("<Q", struct.pack("<d", value))[0]
    if t == FD.TYPE_STRING:
        return value.encode("utf-8").hex()
    if t == FD.TYPE_BYTES:
        return value.hex()
    return str(int(value))


def is_default(fd, value):
    if fd.type in (FD.TYPE_FLOAT, FD.TYPE_DOUBLE):
        return fmt(fd, value) == fmt(fd, 0.0)
    return value == fd.default_value


def dump(msg, prefix, out):
    for fd in msg.DESCRIPTOR.fields:
        name = prefix + fd.name
        value = getattr(msg, fd.name)
        if fd.message_type is not None and fd.message_type.GetOptions().map_entry:
            key_fd = fd.message_type.fields_by_name["key"]
            value_fd = fd.message_type.fields_by_name["value"]
            for key in value:
                emit(f"{name}[{fmt(key_fd, key)}]", value_fd, value[key], out)
        elif fd.is_repeated:
            for index, element in enumerate(value):
                emit(f"{name}[{index}]", fd, element, out)
        elif fd.has_presence:
            if msg.HasField(fd.name):
                emit(name, fd, value, out)
        elif not is_default(fd, value):
            emit(name, fd, value, out)


def emit(name, fd, value, out):
    if fd.type == FD.TYPE_MESSAGE:
        out.append(f"{name}={{}}")
        dump(value, name + ".", out)
    else:
        out.append(f"{name}={fmt(fd, value)}")


VECTORS = []


def vector(name, message=None, raw=None):
    """A vector from a message built in Python, or from raw bytes Python parses."""
    data = message.SerializeToString(deterministic=True) if message is not None else raw
    parsed = pb.AllTypes.FromString(data)
    canonical = parsed.SerializeToString(deterministic=True)
    lines = []
    dump(parsed, "", lines)
    VECTORS.append((name, data, canonical, sorted(lines)))


def nested_chain(depth):
    root = pb.Nested(a=depth)
    node = root
    for level in range(depth - 1, 0, -1):
        node.child.a = level
        node = node.child
    return root


def main():
    A = pb.AllTypes
    vector("empty", A())
    vector("scalars_typical", A(
        f_int32=150, f_int64=1_978_000_00, f_uint32=300, f_uint64=28_600_000,
        f_sint32=-75, f_sint64=-1_325_000_000_00, f_bool=True, f_enum=pb.GREEN,
        f_fixed32=0xDEADBEEF, f_fixed64=0x0123456789ABCDEF, f_sfixed32=-2, f_sfixed64=-3,
        f_float=1.5, f_double=0.05, f_string="Lørenskog 3222", f_bytes=b"\x00\x01\xfe\xff"))
    vector("scalars_negative_and_extremes", A(
        f_int32=-1, f_int64=-(2**63), f_uint32=2**32 - 1, f_uint64=2**64 - 1,
        f_sint32=-(2**31), f_sint64=2**63 - 1, f_sfixed32=-(2**31), f_sfixed64=-(2**63),
        f_fixed32=2**32 - 1, f_fixed64=2**64 - 1))
    vector("scalars_positive_limits", A(
        f_int32=2**31 - 1, f_int64=2**63 - 1, f_sint32=2**31 - 1, f_sint64=-(2**63),
        f_sfixed32=2**31 - 1, f_sfixed64=2**63 - 1))
    vector("int32_min", A(f_int32=-(2**31), r_int32=[-(2**31), -1, 0, 1, 2**31 - 1]))
    vector("floats_special", A(
        f_float=float("inf"), f_double=float("-inf"),
        r_float=[-0.0, float("nan"), 1e-45, 3.4028234663852886e38, -1.0],
        r_double=[-0.0, float("nan"), 5e-324, 1.7976931348623157e308, math.pi]))
    vector("negative_zero_is_written", A(f_float=-0.0, f_double=-0.0))
    vector("strings_unicode", A(
        f_string="Bærum, Tromsø, Ålesund: samarbeid 🤝",
        r_string=["", "ASCII", "æøå ÆØÅ", "\u0000nul inside", "\U0010FFFF", "日本語"]))
    vector("string_long_lengths", A(f_string="x" * 300, f_bytes=bytes(range(256)) * 80))
    vector("bytes_all_values", A(f_bytes=bytes(range(256)), r_bytes=[b"", b"\x00", b"\xff" * 3]))
    vector("nested_chain", A(f_nested=nested_chain(5)))
    vector("nested_empty_present", A(f_nested=pb.Nested()))
    vector("nested_long_body", A(f_nested=pb.Nested(a=1, b="y" * 200, child=pb.Nested(b="z" * 130))))
    vector("nested_deep_50", A(f_nested=nested_chain(50)))
    vector("optional_defaults_present", A(o_int32=0, o_string="", o_enum=pb.COLOUR_UNSPECIFIED,
                                          o_bool=False, o_double=0.0))
    vector("optional_values", A(o_int32=-7, o_string="valgfri", o_enum=pb.BLUE, o_bool=True,
                                o_double=-2.5))
    vector("repeated_all", A(
        r_int32=[0, 1, -1, 127, 128, 2**31 - 1], r_int64=[-(2**63), 0, 2**63 - 1],
        r_uint32=[0, 2**32 - 1, 300], r_uint64=[2**64 - 1, 1], r_sint32=[-1, 1, -(2**31)],
        r_sint64=[-(2**63), 2**63 - 1, 0], r_bool=[True, False, True],
        r_enum=[pb.RED, pb.COLOUR_UNSPECIFIED, pb.BLUE], r_fixed32=[1, 2**32 - 1],
        r_fixed64=[2**64 - 1, 0], r_sfixed32=[-1, 2**31 - 1], r_sfixed64=[-(2**63), 5],
        r_float=[1.0, -1.0], r_double=[1e300, -1e-300],
        r_nested=[pb.Nested(), pb.Nested(a=1), pb.Nested(b="to", child=pb.Nested(a=3))],
        u_int32=[-5, 0, 5], u_double=[0.5, -0.0]))
    vector("repeated_long_packed", A(r_int32=list(range(-100, 100)), r_sint64=list(range(0, 3000, 7)),
                                     r_double=[i / 3 for i in range(40)]))
    vector("maps", A(
        m_string_int64={"": 0, "Oslo": 30_000_000, "Bergen": -1, "Ålesund": 2**63 - 1, "Z": 5},
        m_int32_string={0: "", -1: "minus", 2**31 - 1: "max", 42: "svar"},
        m_bool_nested={False: pb.Nested(), True: pb.Nested(a=1, child=pb.Nested(b="x"))},
        m_sint64_enum={-(2**63): pb.RED, 0: pb.COLOUR_UNSPECIFIED, 7: pb.BLUE},
        m_fixed32_bytes={0: b"", 2**32 - 1: b"\xff\x00"},
        m_uint64_double={2**64 - 1: -0.0, 1: 0.25}))
    vector("oneof_string", A(c_string="valgt"))
    vector("oneof_nested", A(c_nested=pb.Nested(a=9)))
    vector("oneof_int64_default_present", A(c_int64=0))
    vector("oneof_empty_string_present", A(c_string=""))
    vector("enum_unknown_values", A(f_enum=99, o_enum=-3, r_enum=[1, 1000, -1],
                                    m_sint64_enum={5: 77}))

    # Unknown fields: written by a newer schema, kept and written back by an older reader.
    V2 = pb.AllTypesV2
    vector("unknown_fields_newer_schema", raw=V2(
        f_int32=1, f_string="kjent", x_string="ukjent", x_packed=[1, -1, 300],
        x_fixed32=7, x_fixed64=8, x_sint64=-9, r_int32=[3, 4],
        x_message=pb.NestedV2(a=1, extra=[1, 2]), x_max=b"siste",
        f_nested=pb.NestedV2(a=2, extra=[5], child=pb.NestedV2(extra=[6]))).SerializeToString())

    # Non-canonical encodings a decoder must accept; Python gives the canonical re-encoding.
    vector("unpacked_form_of_packed_field", raw=bytes.fromhex("f801 01 f801 02 f801 7f"))
    vector("packed_form_of_unpacked_field", raw=bytes.fromhex("8203 03 01 02 03"))
    vector("mixed_packed_and_unpacked", raw=bytes.fromhex("fa01 02 05 06 f801 07 fa01 01 08"))
    vector("last_scalar_wins", raw=bytes.fromhex("0801 0802 7a03616263 7a0178"))
    vector("singular_message_merges", raw=bytes.fromhex("8a01 02 0805 8a01 03 120162 8a01 02 0806"))
    vector("map_entry_missing_key", raw=bytes.fromhex("9203 02 1007"))
    vector("map_entry_missing_value", raw=bytes.fromhex("9203 03 0a0161"))
    vector("map_entry_empty", raw=bytes.fromhex("9203 00"))
    vector("map_duplicate_key_last_wins", raw=bytes.fromhex("9203 05 0a01611001 9203 05 0a01611002"))
    vector("map_entry_value_before_key", raw=bytes.fromhex("9203 05 10030a0162"))
    vector("map_entry_with_unknown_field", raw=bytes.fromhex("9203 07 0a0163 1804 1005"))
    vector("oneof_last_member_wins", raw=bytes.fromhex("e203 01 61 f003 05"))
    vector("oneof_message_merges", raw=bytes.fromhex("ea03 02 0801 ea03 03 120178"))
    vector("overlong_varint", raw=bytes.fromhex("08 8180808000"))
    vector("int32_from_wide_varint_truncates", raw=bytes.fromhex("08 ffffffff0f 10 8080808010"))
    vector("bool_nonzero_is_true", raw=bytes.fromhex("38 02"))
    vector("fields_out_of_order", raw=bytes.fromhex("7a0161 0801 4001"))
    vector("unknown_group_kept", raw=bytes.fromhex("0801 d305 0801 d305 1002 d405 d405 1001"))
    vector("unknown_field_between_known", raw=bytes.fromhex("0801 c80c 05 1002 a006 01"))

    path = os.path.join(HERE, "vectors.txt")
    with open(path, "w") as f:
        from google.protobuf.internal import api_implementation
        f.write("# Generated by generate_vectors.py with Python protobuf "
                f"{google.protobuf.__version__} ({api_implementation.Type()}); do not edit.\n")
        f.write("# vector NAME / input HEX / canonical HEX / dump LINE ... / end\n")
        for name, data, canonical, lines in VECTORS:
            f.write(f"vector {name}\ninput {data.hex()}\ncanonical {canonical.hex()}\n")
            for line in lines:
                f.write(f"dump {line}\n")
            f.write("end\n")
    print(f"wrote {len(VECTORS)} vectors to {path}")


if __name__ == "__main__":
    main()
