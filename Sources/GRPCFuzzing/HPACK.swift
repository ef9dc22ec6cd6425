/// HPACK out for the raw test client and the fuzzer: literal fields only (no Huffman, no
/// indexing), so every byte on the wire is the caller's.
public enum HPACK {
  /// A header block of literal fields without indexing.
  public static func encode(_ headers: [(String, String)]) -> [UInt8] {
    var block: [UInt8] = []
    for (name, value) in headers {
      block.append(0x00)
      appendString(Array(name.utf8), to: &block)
      appendString(Array(value.utf8), to: &block)
    }
    return block
  }

  private static func appendString(_ bytes: [UInt8], to block: inout [UInt8]) {
    appendInteger(bytes.count, prefixBits: 7, firstByte: 0x00, to: &block)
    block.append(contentsOf: bytes)
  }

  /// An HPACK integer with a `prefixBits` prefix in `firstByte` (RFC 7541 5.1).
  public static func appendInteger(
    _ value: Int, prefixBits: Int, firstByte: UInt8, to block: inout [UInt8]
  ) {
    let limit = (1 << prefixBits) - 1
    if value < limit {
      block.append(firstByte | UInt8(value))
      return
    }
    block.append(firstByte | UInt8(limit))
    var rest = value - limit
    while rest >= 128 {
      block.append(UInt8(rest & 0x7F) | 0x80)
      rest >>= 7
    }
    block.append(UInt8(rest))
  }
}
