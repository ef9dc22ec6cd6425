/// A sink that counts the bytes an encoding would take, without writing them.
public struct ProtoSizeCounter: ProtoSink {
  /// Bytes counted so far.
  @inlinable
  public var count: Int { byteCount }
  @usableFromInline var byteCount: Int

  /// A counter at zero.
  @inlinable
  public init() { byteCount = 0 }

  @inlinable
  public mutating func writeRawVarint(_ value: UInt64) { byteCount += Varint.size(of: value) }

  @inlinable
  public mutating func writeRawFixed32(_ value: UInt32) { byteCount += 4 }

  @inlinable
  public mutating func writeRawFixed64(_ value: UInt64) { byteCount += 8 }

  @inlinable
  public mutating func writeRawBytes(_ bytes: UnsafeRawBufferPointer) { byteCount += bytes.count }

  @inlinable
  public mutating func writeRawLengthPrefixed(_ body: (inout ProtoSizeCounter) -> Void) {
    let start = byteCount
    body(&self)
    byteCount += Varint.size(of: UInt64(byteCount - start))
  }

  /// Strings are counted from their UTF-8 length, without touching their bytes.
  @inlinable
  public mutating func writeRawString(_ value: String) {
    let length = value.utf8.count
    byteCount += Varint.size(of: UInt64(length)) + length
  }
}
