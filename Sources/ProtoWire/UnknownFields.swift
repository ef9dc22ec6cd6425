/// Fields a message's decoder did not recognise, kept as their exact wire bytes.
///
/// They are written back after the known fields, in the order they arrived, so a message
/// from a newer peer passes through an older one without loss.
public struct UnknownFields: Sendable, Hashable {
  /// The fields, tag and value each, concatenated in arrival order.
  public private(set) var bytes: [UInt8]

  /// No unknown fields.
  public init() { bytes = [] }

  /// Unknown fields from raw wire bytes (tag and value each).
  public init(bytes: [UInt8]) { self.bytes = bytes }

  /// Whether nothing unknown arrived.
  @inlinable
  public var isEmpty: Bool { bytes.isEmpty }

  /// Appends one field's wire bytes.
  @usableFromInline
  mutating func append(_ raw: UnsafeRawBufferPointer) {
    bytes.append(contentsOf: raw)
  }

  /// Drops every unknown field.
  public mutating func removeAll() { bytes.removeAll() }
}
