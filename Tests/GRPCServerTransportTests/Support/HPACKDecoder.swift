import CNGHTTP2

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
