internal import CNGHTTP2

/// Lays header fields out as nghttp2's name-value array for the duration of one call; nghttp2
/// copies them.
enum HeaderEncoding {
  static func withNameValues(
    _ headers: [(name: String, value: String)],
    _ body: (UnsafePointer<nghttp2_nv>, Int) -> Int32
  ) -> Int32 {
    var storage: [UInt8] = []
    storage.reserveCapacity(headers.reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count })
    var ranges: [(Int, Int, Int, Int)] = []
    ranges.reserveCapacity(headers.count)
    for (name, value) in headers {
      let nameStart = storage.count
      storage.append(contentsOf: name.utf8)
      let valueStart = storage.count
      storage.append(contentsOf: value.utf8)
      ranges.append((nameStart, valueStart - nameStart, valueStart, storage.count - valueStart))
    }
    return storage.withUnsafeMutableBufferPointer { bytes in
      let base = bytes.baseAddress ?? UnsafeMutablePointer<UInt8>(bitPattern: 8)!
      let nva = ranges.map { range in
        nghttp2_nv(
          name: base + range.0,
          value: base + range.2,
          namelen: range.1,
          valuelen: range.3,
          flags: UInt8(NGHTTP2_NV_FLAG_NONE.rawValue)
        )
      }
      return nva.withUnsafeBufferPointer { buffer in
        guard let first = buffer.baseAddress else {
          var empty = nghttp2_nv()
          return body(&empty, 0)
        }
        return body(first, buffer.count)
      }
    }
  }
}
