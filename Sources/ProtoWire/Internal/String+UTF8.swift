extension String {
  /// A string from bytes that must be valid UTF-8, or nil. The bytes are read in place.
  @inlinable
  init?(validatingUTF8Bytes bytes: UnsafeRawBufferPointer) {
    let units = bytes.assumingMemoryBound(to: UInt8.self)
    self.init(validating: units, as: UTF8.self)
  }
}
