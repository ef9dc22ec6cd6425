extension String {
  /// A string from bytes that must be valid UTF-8, or nil. The bytes are read in place.
  ///
  /// Validation is ours (`UTF8Validation`): the standard library's `String(validating:as:)`
  /// is generic and was a tenth of decode time in the codec benchmark. The string is then
  /// made by `String(decoding:as:)`, whose fast path copies valid input as it is.
  @inlinable
  init?(validatingUTF8Bytes bytes: UnsafeRawBufferPointer) {
    guard !bytes.isEmpty else {
      self = ""
      return
    }
    let units = bytes.assumingMemoryBound(to: UInt8.self)
    guard UTF8Validation.isValid(units) else { return nil }
    self.init(decoding: units, as: UTF8.self)
  }
}
