/// ZigZag encoding for `sint32` and `sint64`: small magnitudes, positive or negative, become
/// small unsigned numbers (0, -1, 1, -2 ... -> 0, 1, 2, 3 ...).
@usableFromInline
enum ZigZag {
  @inlinable
  static func encode(_ value: Int32) -> UInt32 {
    UInt32(bitPattern: (value << 1) ^ (value >> 31))
  }

  @inlinable
  static func encode(_ value: Int64) -> UInt64 {
    UInt64(bitPattern: (value << 1) ^ (value >> 63))
  }

  @inlinable
  static func decode(_ value: UInt32) -> Int32 {
    Int32(bitPattern: (value >> 1) ^ (0 &- (value & 1)))
  }

  @inlinable
  static func decode(_ value: UInt64) -> Int64 {
    Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1)))
  }
}
