// Field types parameterised by a Swift type: enums and embedded messages.

/// An enum field type: a varint holding the enum's number (open: unknown numbers kept).
public struct ProtoEnumType<E: ProtoEnum>: ProtoPackableType {
  public typealias Value = E
  @inlinable public init() {}
  @inlinable public static var wireType: WireType { .varint }
  @inlinable public static var protoTypeName: String { "enum \(E.self)" }
  @inlinable public static var fixedSize: Int? { nil }
  @inlinable public static var defaultValue: E { E(protoValue: 0) }
  @inlinable public static func isDefault(_ value: E) -> Bool { value.protoValue == 0 }

  @inlinable
  public static func readValue(from reader: inout ProtoReader) throws(ProtoWireError) -> E {
    E(protoValue: Int32(truncatingIfNeeded: try reader.readRawVarint()))
  }

  @inlinable
  public static func writeValue<Sink: ProtoSink & ~Copyable>(_ value: E, to sink: inout Sink) {
    sink.writeRawVarint(UInt64(bitPattern: Int64(value.protoValue)))
  }
}

/// An embedded message field type.
///
/// A message field has presence: `write(.message(M.self), n, value)` writes a non-optional
/// value even when it is empty, and an optional one whenever it is set.
public struct ProtoMessageType<M: ProtoMessage>: ProtoFieldType {
  public typealias Value = M
  @inlinable public init() {}
  @inlinable public static var wireType: WireType { .lengthDelimited }
  @inlinable public static var protoTypeName: String { M.protoMessageName }
  @inlinable public static var defaultValue: M { M() }
  @inlinable public static func isDefault(_ value: M) -> Bool { false }

  @inlinable
  public static func readValue(from reader: inout ProtoReader) throws(ProtoWireError) -> M {
    var message = M()
    try reader.mergeNestedMessage(into: &message)
    return message
  }

  @inlinable
  public static func writeValue<Sink: ProtoSink & ~Copyable>(_ value: M, to sink: inout Sink) {
    sink.writeRawLengthPrefixed { value.encodeFields(to: &$0) }
  }
}

extension ProtoFieldType {
  /// The field type of enum `type`.
  @inlinable
  public static func `enum`<E: ProtoEnum>(_ type: E.Type) -> Self where Self == ProtoEnumType<E> {
    ProtoEnumType<E>()
  }

  /// The field type of message `type`.
  @inlinable
  public static func message<M: ProtoMessage>(
    _ type: M.Type
  ) -> Self where Self == ProtoMessageType<M> {
    ProtoMessageType<M>()
  }
}
