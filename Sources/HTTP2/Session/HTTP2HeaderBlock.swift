internal import CNGHTTP2

/// A header list laid out once as nghttp2's name-value array, for submitting as many times
/// as needed: the common response headers and OK trailers are built once per server.
///
/// `@unchecked Sendable`: immutable after `init`; nghttp2 only reads it (and copies it).
public final class HTTP2HeaderBlock: @unchecked Sendable {
  private let storage: UnsafeMutableRawBufferPointer
  let nameValues: UnsafeMutableBufferPointer<nghttp2_nv>

  /// A block of `headers`, in order.
  public convenience init(_ headers: [(name: String, value: String)]) {
    self.init(base: nil, appending: headers)
  }

  /// The fields of `base` followed by `extra` (a cached block plus per-use fields, such as
  /// a request's `grpc-timeout`).
  public init(base: HTTP2HeaderBlock?, appending extra: [(name: String, value: String)]) {
    let baseSize = base?.storage.count ?? 0
    let baseCount = base?.count ?? 0
    let size = extra.reduce(baseSize) { $0 + $1.name.utf8.count + $1.value.utf8.count }
    storage = .allocate(byteCount: max(size, 1), alignment: 1)
    nameValues = .allocate(capacity: max(baseCount + extra.count, 1))
    let start = storage.baseAddress!.assumingMemoryBound(to: UInt8.self)
    if let base, baseSize > 0 {
      storage.baseAddress!.copyMemory(from: base.storage.baseAddress!, byteCount: baseSize)
      let oldStart = base.storage.baseAddress!.assumingMemoryBound(to: UInt8.self)
      for index in 0..<baseCount {
        var field = base.nameValues[index]
        field.name = start + (field.name - oldStart)
        field.value = start + (field.value - oldStart)
        nameValues[index] = field
      }
    }
    var offset = baseSize
    func append(_ text: String) -> Int {
      var text = text
      return text.withUTF8 { utf8 in
        if let source = utf8.baseAddress {
          (start + offset).update(from: source, count: utf8.count)
        }
        offset += utf8.count
        return utf8.count
      }
    }
    for (index, (name, value)) in extra.enumerated() {
      let nameStart = offset
      let nameLength = append(name)
      let valueStart = offset
      let valueLength = append(value)
      nameValues[baseCount + index] = nghttp2_nv(
        name: start + nameStart,
        value: start + valueStart,
        namelen: nameLength,
        valuelen: valueLength,
        flags: UInt8(NGHTTP2_NV_FLAG_NONE.rawValue)
      )
    }
    count = baseCount + extra.count
    listSize = size + 32 * count
  }

  /// The number of fields.
  public let count: Int
  /// The size HTTP/2 counts against SETTINGS_MAX_HEADER_LIST_SIZE: name + value + 32 per field.
  public let listSize: Int

  deinit {
    storage.deallocate()
    nameValues.deallocate()
  }
}
