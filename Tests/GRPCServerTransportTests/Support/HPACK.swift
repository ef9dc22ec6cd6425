import CNGHTTP2

/// HPACK for the raw test client: literal fields out (no Huffman, no indexing, so every
/// byte on the wire is the test's), nghttp2's inflater in.
enum HPACK {
  /// A header block of literal fields without indexing.
  static func encode(_ headers: [(String, String)]) -> [UInt8] {
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

  static func appendInteger(
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

/// nghttp2's HPACK decoder, keeping the dynamic table across blocks of one connection.
final class HPACKDecoder {
  private var inflater: OpaquePointer?

  init() { nghttp2_hd_inflate_new(&inflater) }
  deinit { nghttp2_hd_inflate_del(inflater) }

  func decode(_ block: [UInt8]) -> [(String, String)]? {
    var headers: [(String, String)] = []
    var offset = 0
    while true {
      var field = nghttp2_nv()
      var flags: Int32 = 0
      let consumed = block.withUnsafeBufferPointer { buffer in
        nghttp2_hd_inflate_hd2(
          inflater, &field, &flags, buffer.baseAddress! + offset, buffer.count - offset, 1)
      }
      guard consumed >= 0 else { return nil }
      offset += consumed
      if flags & Int32(NGHTTP2_HD_INFLATE_EMIT.rawValue) != 0 {
        headers.append(
          (
            String(
              decoding: UnsafeBufferPointer(start: field.name, count: field.namelen), as: UTF8.self),
            String(
              decoding: UnsafeBufferPointer(start: field.value, count: field.valuelen),
              as: UTF8.self)
          )
        )
      }
      if flags & Int32(NGHTTP2_HD_INFLATE_FINAL.rawValue) != 0 {
        nghttp2_hd_inflate_end_headers(inflater)
        return headers
      }
      if consumed == 0 && offset >= block.count { return nil }
    }
  }
}
