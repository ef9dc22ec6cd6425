public import ProtoWire

/// Writes gRPC's Length-Prefixed-Message: a compressed flag, a 4-byte big-endian length and
/// the message.
public enum MessageFramer {
  /// Bytes in front of every message.
  public static let prefixSize = 5

  /// `message` encoded and framed in one allocation, uncompressed.
  @inlinable
  public static func frame<Message: ProtoMessage>(_ message: Message) -> [UInt8] {
    let size = message.serializedSize
    return [UInt8](unsafeUninitializedCapacity: prefixSize + size + ProtoWriter.slack) {
      buffer, initialized in
      writePrefix(into: buffer, compressed: false, length: size)
      var writer = ProtoWriter(
        filling: UnsafeMutableBufferPointer(rebasing: buffer[prefixSize...])
      )
      message.encode(to: &writer)
      precondition(writer.count == size, "message encoding differs from its computed size")
      initialized = prefixSize + size
    }
  }

  /// `message` encoded, compressed with `compressor` when given, and framed.
  @inlinable
  public static func frame<Message: ProtoMessage>(
    _ message: Message,
    compressor: (any MessageCompressor)?
  ) throws(CompressionError) -> [UInt8] {
    guard let compressor else { return frame(message) }
    return frame(bytes: try compressor.compress(message.serializedBytes()), compressed: true)
  }

  /// Already encoded bytes, framed.
  public static func frame(bytes: [UInt8], compressed: Bool) -> [UInt8] {
    [UInt8](unsafeUninitializedCapacity: prefixSize + bytes.count) { buffer, initialized in
      writePrefix(into: buffer, compressed: compressed, length: bytes.count)
      bytes.withUnsafeBufferPointer { source in
        guard let base = source.baseAddress, !source.isEmpty else { return }
        (buffer.baseAddress! + prefixSize).update(from: base, count: source.count)
      }
      initialized = prefixSize + bytes.count
    }
  }

  @usableFromInline
  static func writePrefix(
    into buffer: UnsafeMutableBufferPointer<UInt8>,
    compressed: Bool,
    length: Int
  ) {
    buffer[0] = compressed ? 1 : 0
    buffer[1] = UInt8(truncatingIfNeeded: length >> 24)
    buffer[2] = UInt8(truncatingIfNeeded: length >> 16)
    buffer[3] = UInt8(truncatingIfNeeded: length >> 8)
    buffer[4] = UInt8(truncatingIfNeeded: length)
  }
}
