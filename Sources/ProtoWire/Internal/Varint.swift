/// Varint arithmetic shared by the sinks.
@usableFromInline
enum Varint {
  /// Bytes a varint of `value` takes: 1 to 10.
  @inlinable
  static func size(of value: UInt64) -> Int {
    let bits = 64 - (value | 1).leadingZeroBitCount
    return (bits &* 9 &+ 64) >> 6
  }

  /// The largest number of bytes a varint can take.
  @usableFromInline
  static let maxSize = 10
}
