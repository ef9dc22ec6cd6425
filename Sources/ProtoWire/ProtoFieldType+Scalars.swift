// The field types that are not integers: bool, float, double, string, bytes.

/// The `bool` field type.
public struct ProtoBool: ProtoPackableType, ProtoMapKeyType {
  public typealias Value = Bool
  @inlinable public init() {}
  @inlinable public static var wireType: WireType { .varint }
  @inlinable public static var protoTypeName: String { "bool" }
  @inlinable public static var fixedSize: Int? { nil }
  @inlinable public static var defaultValue: Bool { false }
  @inlinable public static func isDefault(_ value: Bool) -> Bool { !value }
  @inlinable public static func keyPrecedes(_ lhs: Bool, _ rhs: Bool) -> Bool { !lhs && rhs }

  /// Any non-zero varint is true, as in every protobuf runtime.
  @inlinable
  public static func readValue(from reader: inout ProtoReader) throws(ProtoWireError) -> Bool {
    try reader.readRawVarint() != 0
  }

  @inlinable
  public static func writeValue<Sink: ProtoSink & ~Copyable>(_ value: Bool, to sink: inout Sink) {
    sink.writeRawVarint(value ? 1 : 0)
  }
}

/// The `float` field type.
public struct ProtoFloat: ProtoPackableType {
  public typealias Value = Float
  @inlinable public init() {}
  @inlinable public static var wireType: WireType { .fixed32 }
  @inlinable public static var protoTypeName: String { "float" }
  @inlinable public static var fixedSize: Int? { 4 }
  /// Only +0.0 is the default; -0.0 is written, as protobuf's own runtimes do.
  @inlinable public static func isDefault(_ value: Float) -> Bool { value.bitPattern == 0 }

  @inlinable
  public static func readValue(from reader: inout ProtoReader) throws(ProtoWireError) -> Float {
    Float(bitPattern: try reader.readRawFixed32())
  }

  @inlinable
  public static func writeValue<Sink: ProtoSink & ~Copyable>(_ value: Float, to sink: inout Sink) {
    sink.writeRawFixed32(value.bitPattern)
  }
}

/// The `double` field type.
public struct ProtoDouble: ProtoPackableType {
  public typealias Value = Double
  @inlinable public init() {}
  @inlinable public static var wireType: WireType { .fixed64 }
  @inlinable public static var protoTypeName: String { "double" }
  @inlinable public static var fixedSize: Int? { 8 }
  /// Only +0.0 is the default; -0.0 is written, as protobuf's own runtimes do.
  @inlinable public static func isDefault(_ value: Double) -> Bool { value.bitPattern == 0 }

  @inlinable
  public static func readValue(from reader: inout ProtoReader) throws(ProtoWireError) -> Double {
    Double(bitPattern: try reader.readRawFixed64())
  }

  @inlinable
  public static func writeValue<Sink: ProtoSink & ~Copyable>(_ value: Double, to sink: inout Sink) {
    sink.writeRawFixed64(value.bitPattern)
  }
}

/// The `string` field type: UTF-8, validated on decode.
public struct ProtoString: ProtoMapKeyType {
  public typealias Value = String
  @inlinable public init() {}
  @inlinable public static var wireType: WireType { .lengthDelimited }
  @inlinable public static var protoTypeName: String { "string" }
  @inlinable public static var defaultValue: String { "" }
  @inlinable public static func isDefault(_ value: String) -> Bool { value.isEmpty }

  /// Keys are ordered by their UTF-8 bytes, as protobuf's deterministic serialization does.
  @inlinable
  public static func keyPrecedes(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
  }

  @inlinable
  public static func readValue(from reader: inout ProtoReader) throws(ProtoWireError) -> String {
    try reader.readRawString()
  }

  @inlinable
  public static func writeValue<Sink: ProtoSink & ~Copyable>(_ value: String, to sink: inout Sink) {
    sink.writeRawString(value)
  }
}

/// The `bytes` field type.
public struct ProtoBytes: ProtoFieldType {
  public typealias Value = [UInt8]
  @inlinable public init() {}
  @inlinable public static var wireType: WireType { .lengthDelimited }
  @inlinable public static var protoTypeName: String { "bytes" }
  @inlinable public static var defaultValue: [UInt8] { [] }
  @inlinable public static func isDefault(_ value: [UInt8]) -> Bool { value.isEmpty }

  @inlinable
  public static func readValue(from reader: inout ProtoReader) throws(ProtoWireError) -> [UInt8] {
    try reader.readRawBytes()
  }

  @inlinable
  public static func writeValue<Sink: ProtoSink & ~Copyable>(
    _ value: [UInt8],
    to sink: inout Sink
  ) {
    sink.writeRawVarint(UInt64(value.count))
    value.withUnsafeBytes { sink.writeRawBytes($0) }
  }
}

extension ProtoFieldType where Self == ProtoBool {
  /// The `bool` field type.
  @inlinable public static var bool: ProtoBool { ProtoBool() }
}

extension ProtoFieldType where Self == ProtoFloat {
  /// The `float` field type.
  @inlinable public static var float: ProtoFloat { ProtoFloat() }
}

extension ProtoFieldType where Self == ProtoDouble {
  /// The `double` field type.
  @inlinable public static var double: ProtoDouble { ProtoDouble() }
}

extension ProtoFieldType where Self == ProtoString {
  /// The `string` field type.
  @inlinable public static var string: ProtoString { ProtoString() }
}

extension ProtoFieldType where Self == ProtoBytes {
  /// The `bytes` field type.
  @inlinable public static var bytes: ProtoBytes { ProtoBytes() }
}
