/// The key in front of every field on the wire: a field number and a wire type.
public struct FieldTag: Sendable, Hashable, CustomStringConvertible {
  /// The smallest valid field number.
  public static let minFieldNumber = 1
  /// The largest valid field number, 2^29 - 1.
  public static let maxFieldNumber = (1 << 29) - 1

  /// The field number, in `minFieldNumber ... maxFieldNumber`.
  public let fieldNumber: Int
  /// How the value that follows is encoded.
  public let wireType: WireType

  /// Creates a tag; the caller guarantees the field number is in range.
  @inlinable
  public init(fieldNumber: Int, wireType: WireType) {
    self.fieldNumber = fieldNumber
    self.wireType = wireType
  }

  /// The tag as the varint that precedes the field on the wire.
  @inlinable
  public var rawValue: UInt64 {
    UInt64(truncatingIfNeeded: fieldNumber) << 3 | UInt64(wireType.rawValue)
  }

  public var description: String { "field \(fieldNumber) (\(wireType))" }
}
