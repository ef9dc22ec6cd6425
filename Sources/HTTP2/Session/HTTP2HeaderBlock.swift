internal import CNGHTTP2

/// A header list laid out once as nghttp2's name-value array, for submitting as many times
/// as needed: the common response headers and OK trailers are built once per server.
///
/// `@unchecked Sendable`: immutable after `init`; nghttp2 only reads it (and copies it).
public final class HTTP2HeaderBlock: @unchecked Sendable {
  private let storage: UnsafeMutableRawBufferPointer
  let nameValues: UnsafeMutableBufferPointer<nghttp2_nv>

  /// A block of `headers`, in order.
  public init(_ headers: [(name: String, value: String)]) {
    let size = headers.reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count }
    storage = .allocate(byteCount: max(size, 1), alignment: 1)
    nameValues = .allocate(capacity: max(headers.count, 1))
    var offset = 0
    for (index, (name, value)) in headers.enumerated() {
      let nameStart = offset
      for byte in name.utf8 {
        storage[offset] = byte
        offset += 1
      }
      let valueStart = offset
      for byte in value.utf8 {
        storage[offset] = byte
        offset += 1
      }
      let base = storage.baseAddress!.assumingMemoryBound(to: UInt8.self)
      nameValues[index] = nghttp2_nv(
        name: base + nameStart,
        value: base + valueStart,
        namelen: valueStart - nameStart,
        valuelen: offset - valueStart,
        flags: UInt8(NGHTTP2_NV_FLAG_NONE.rawValue)
      )
    }
    count = headers.count
  }

  /// The number of fields.
  public let count: Int

  deinit {
    storage.deallocate()
    nameValues.deallocate()
  }
}
