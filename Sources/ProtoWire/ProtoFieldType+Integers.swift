// The integer field types of proto3. Each differs only in its wire encoding.

/// The `int32` field type (Swift `Int32`).
public struct ProtoInt32: ProtoPackableType, ProtoMapKeyType {
  public typealias Value = Int32
  @inlinable public init() {}
  @inlinable public static var wireType: WireType { .varint }
  @inlinable public static var protoTypeName: String { "int32" }
  @inlinable public static var fixedSize: Int? { nil }

  @inlinable
  public static func readValue(from reader: inout ProtoReader) throws(ProtoWireError) -> Int32 {
    Int32(truncatingIfNeeded: try reader.readRawVarint())
  }

  @inlinable
  public static func writeValue<Sink: ProtoSink & ~Copyable>(_ value: Int32, to sink: inout Sink) {
    sink.writeRawVarint(UInt64(bitPattern: Int64(value)))
  }
}

extension ProtoFieldType where Self == ProtoInt32 {
  /// The `int32` field type.
  @inlinable public static var int32: ProtoInt32 { ProtoInt32() }
}

/// The `int64` field type (Swift `Int64`).
public struct ProtoInt64: ProtoPackableType, ProtoMapKeyType {
  public typealias Value = Int64
  @inlinable public init() {}
  @inlinable public static var wireType: WireType { .varint }
  @inlinable public static var protoTypeName: String { "int64" }
  @inlinable public static var fixedSize: Int? { nil }

  @inlinable
  public static func readValue(from reader: inout ProtoReader) throws(ProtoWireError) -> Int64 {
    Int64(bitPattern: try reader.readRawVarint())
  }

  @inlinable
  public static func writeValue<Sink: ProtoSink & ~Copyable>(_ value: Int64, to sink: inout Sink) {
    sink.writeRawVarint(UInt64(bitPattern: value))
  }
}

extension ProtoFieldType where Self == ProtoInt64 {
  /// The `int64` field type.
  @inlinable public static var int64: ProtoInt64 { ProtoInt64() }
}

/// The `uint32` field type (Swift `UInt32`).
public struct ProtoUInt32: ProtoPackableType, ProtoMapKeyType {
  public typealias Value = UInt32
  @inlinable public init() {}
  @inlinable public static var wireType: WireType { .varint }
  @inlinable public static var protoTypeName: String { "uint32" }
  @inlinable public static var fixedSize: Int? { nil }

  @inlinable
  public static func readValue(from reader: inout ProtoReader) throws(ProtoWireError) -> UInt32 {
    UInt32(truncatingIfNeeded: try reader.readRawVarint())
  }

  @inlinable
  public static func writeValue<Sink: ProtoSink & ~Copyable>(_ value: UInt32, to sink: inout Sink) {
    sink.writeRawVarint(UInt64(value))
  }
}

extension ProtoFieldType where Self == ProtoUInt32 {
  /// The `uint32` field type.
  @inlinable public static var uint32: ProtoUInt32 { ProtoUInt32() }
}

/// The `uint64` field type (Swift `UInt64`).
public struct ProtoUInt64: ProtoPackableType, ProtoMapKeyType {
  public typealias Value = UInt64
  @inlinable public init() {}
  @inlinable public static var wireType: WireType { .varint }
  @inlinable public static var protoTypeName: String { "uint64" }
  @inlinable public static var fixedSize: Int? { nil }

  @inlinable
  public static func readValue(from reader: inout ProtoReader) throws(ProtoWireError) -> UInt64 {
    try reader.readRawVarint()
  }

  @inlinable
  public static func writeValue<Sink: ProtoSink & ~Copyable>(_ value: UInt64, to sink: inout Sink) {
    sink.writeRawVarint(value)
  }
}

extension ProtoFieldType where Self == ProtoUInt64 {
  /// The `uint64` field type.
  @inlinable public static var uint64: ProtoUInt64 { ProtoUInt64() }
}

/// The `sint32` field type (Swift `Int32`).
public struct ProtoSInt32: ProtoPackableType, ProtoMapKeyType {
  public typealias Value = Int32
  @inlinable public init() {}
  @inlinable public static var wireType: WireType { .varint }
  @inlinable public static var protoTypeName: String { "sint32" }
  @inlinable public static var fixedSize: Int? { nil }

  @inlinable
  public static func readValue(from reader: inout ProtoReader) throws(ProtoWireError) -> Int32 {
    ZigZag.decode(UInt32(truncatingIfNeeded: try reader.readRawVarint()))
  }

  @inlinable
  public static func writeValue<Sink: ProtoSink & ~Copyable>(_ value: Int32, to sink: inout Sink) {
    sink.writeRawVarint(UInt64(ZigZag.encode(value)))
  }
}

extension ProtoFieldType where Self == ProtoSInt32 {
  /// The `sint32` field type.
  @inlinable public static var sint32: ProtoSInt32 { ProtoSInt32() }
}

/// The `sint64` field type (Swift `Int64`).
public struct ProtoSInt64: ProtoPackableType, ProtoMapKeyType {
  public typealias Value = Int64
  @inlinable public init() {}
  @inlinable public static var wireType: WireType { .varint }
  @inlinable public static var protoTypeName: String { "sint64" }
  @inlinable public static var fixedSize: Int? { nil }

  @inlinable
  public static func readValue(from reader: inout ProtoReader) throws(ProtoWireError) -> Int64 {
    ZigZag.decode(try reader.readRawVarint())
  }

  @inlinable
  public static func writeValue<Sink: ProtoSink & ~Copyable>(_ value: Int64, to sink: inout Sink) {
    sink.writeRawVarint(ZigZag.encode(value))
  }
}

extension ProtoFieldType where Self == ProtoSInt64 {
  /// The `sint64` field type.
  @inlinable public static var sint64: ProtoSInt64 { ProtoSInt64() }
}

/// The `fixed32` field type (Swift `UInt32`).
public struct ProtoFixed32: ProtoPackableType, ProtoMapKeyType {
  public typealias Value = UInt32
  @inlinable public init() {}
  @inlinable public static var wireType: WireType { .fixed32 }
  @inlinable public static var protoTypeName: String { "fixed32" }
  @inlinable public static var fixedSize: Int? { 4 }

  @inlinable
  public static func readValue(from reader: inout ProtoReader) throws(ProtoWireError) -> UInt32 {
    try reader.readRawFixed32()
  }

  @inlinable
  public static func writeValue<Sink: ProtoSink & ~Copyable>(_ value: UInt32, to sink: inout Sink) {
    sink.writeRawFixed32(value)
  }
}

extension ProtoFieldType where Self == ProtoFixed32 {
  /// The `fixed32` field type.
  @inlinable public static var fixed32: ProtoFixed32 { ProtoFixed32() }
}

/// The `fixed64` field type (Swift `UInt64`).
public struct ProtoFixed64: ProtoPackableType, ProtoMapKeyType {
  public typealias Value = UInt64
  @inlinable public init() {}
  @inlinable public static var wireType: WireType { .fixed64 }
  @inlinable public static var protoTypeName: String { "fixed64" }
  @inlinable public static var fixedSize: Int? { 8 }

  @inlinable
  public static func readValue(from reader: inout ProtoReader) throws(ProtoWireError) -> UInt64 {
    try reader.readRawFixed64()
  }

  @inlinable
  public static func writeValue<Sink: ProtoSink & ~Copyable>(_ value: UInt64, to sink: inout Sink) {
    sink.writeRawFixed64(value)
  }
}

extension ProtoFieldType where Self == ProtoFixed64 {
  /// The `fixed64` field type.
  @inlinable public static var fixed64: ProtoFixed64 { ProtoFixed64() }
}

/// The `sfixed32` field type (Swift `Int32`).
public struct ProtoSFixed32: ProtoPackableType, ProtoMapKeyType {
  public typealias Value = Int32
  @inlinable public init() {}
  @inlinable public static var wireType: WireType { .fixed32 }
  @inlinable public static var protoTypeName: String { "sfixed32" }
  @inlinable public static var fixedSize: Int? { 4 }

  @inlinable
  public static func readValue(from reader: inout ProtoReader) throws(ProtoWireError) -> Int32 {
    Int32(bitPattern: try reader.readRawFixed32())
  }

  @inlinable
  public static func writeValue<Sink: ProtoSink & ~Copyable>(_ value: Int32, to sink: inout Sink) {
    sink.writeRawFixed32(UInt32(bitPattern: value))
  }
}

extension ProtoFieldType where Self == ProtoSFixed32 {
  /// The `sfixed32` field type.
  @inlinable public static var sfixed32: ProtoSFixed32 { ProtoSFixed32() }
}

/// The `sfixed64` field type (Swift `Int64`).
public struct ProtoSFixed64: ProtoPackableType, ProtoMapKeyType {
  public typealias Value = Int64
  @inlinable public init() {}
  @inlinable public static var wireType: WireType { .fixed64 }
  @inlinable public static var protoTypeName: String { "sfixed64" }
  @inlinable public static var fixedSize: Int? { 8 }

  @inlinable
  public static func readValue(from reader: inout ProtoReader) throws(ProtoWireError) -> Int64 {
    Int64(bitPattern: try reader.readRawFixed64())
  }

  @inlinable
  public static func writeValue<Sink: ProtoSink & ~Copyable>(_ value: Int64, to sink: inout Sink) {
    sink.writeRawFixed64(UInt64(bitPattern: value))
  }
}

extension ProtoFieldType where Self == ProtoSFixed64 {
  /// The `sfixed64` field type.
  @inlinable public static var sfixed64: ProtoSFixed64 { ProtoSFixed64() }
}
