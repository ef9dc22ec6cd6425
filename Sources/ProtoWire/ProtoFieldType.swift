/// How one protobuf field type is read and written: its wire type, its default and its
/// value encoding (without the tag).
///
/// Each `.proto` type has a conformer (``ProtoInt32``, ``ProtoString``, ...), reachable with
/// a leading dot where a type is expected: `reader.read(.sint64, tag)`,
/// `sink.write(.string, 3, title)`, `reader.read(.message(BudgetLine.self), tag)`.
public protocol ProtoFieldType: Sendable {
  /// The Swift type a field of this type holds.
  associatedtype Value: Sendable

  /// The wire type of a single value.
  static var wireType: WireType { get }
  /// The `.proto` name of the type, for error messages.
  static var protoTypeName: String { get }
  /// The value an absent field has.
  static var defaultValue: Value { get }

  /// Whether `value` is the default, which proto3 does not write for implicit-presence fields.
  static func isDefault(_ value: Value) -> Bool
  /// Reads one value (after its tag).
  static func readValue(from reader: inout ProtoReader) throws(ProtoWireError) -> Value
  /// Writes one value (after its tag).
  static func writeValue<Sink: ProtoSink & ~Copyable>(_ value: Value, to sink: inout Sink)
}

/// A field type that repeated fields may pack: numbers, bools and enums.
public protocol ProtoPackableType: ProtoFieldType {
  /// Bytes per value when fixed (4 or 8), nil for varints.
  static var fixedSize: Int? { get }
}

/// A field type allowed as a map key: integers, bools and strings.
public protocol ProtoMapKeyType: ProtoFieldType where Value: Hashable {
  /// The order keys are written in, so that encoding is deterministic.
  static func keyPrecedes(_ lhs: Value, _ rhs: Value) -> Bool
}

extension ProtoFieldType where Value: Equatable & AdditiveArithmetic {
  @inlinable
  public static var defaultValue: Value { .zero }
  @inlinable
  public static func isDefault(_ value: Value) -> Bool { value == .zero }
}

extension ProtoMapKeyType where Value: Comparable {
  @inlinable
  public static func keyPrecedes(_ lhs: Value, _ rhs: Value) -> Bool { lhs < rhs }
}
