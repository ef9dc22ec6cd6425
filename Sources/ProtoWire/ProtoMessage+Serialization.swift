extension ProtoMessage {
  /// The number of bytes ``serializedBytes()`` produces.
  @inlinable
  public var serializedSize: Int {
    var counter = ProtoSizeCounter()
    encodeFields(to: &counter)
    return counter.count
  }

  /// The message in the protobuf binary format.
  ///
  /// The size is counted first, so the bytes are written once, into an array of exactly
  /// that size.
  @inlinable
  public func serializedBytes() -> [UInt8] {
    let size = serializedSize
    return [UInt8](unsafeUninitializedCapacity: size + ProtoWriter.slack) { buffer, initialized in
      var writer = ProtoWriter(filling: buffer)
      encodeFields(to: &writer)
      precondition(writer.count == size, "ProtoWriter: encoding differs from its computed size")
      initialized = size
    }
  }

  /// Appends the message to `writer` (without a length prefix).
  @inlinable
  public func encode(to writer: inout ProtoWriter) {
    encodeFields(to: &writer)
  }

  /// Decodes a message from bytes in the protobuf binary format.
  ///
  /// - Parameters:
  ///   - bytes: the encoded message.
  ///   - limits: bounds on size and nesting (default: 4 MiB, depth 100).
  /// - Throws: ``ProtoWireError`` naming what was wrong and where.
  @inlinable
  public init(
    serializedBytes bytes: UnsafeRawBufferPointer,
    limits: ProtoDecodingLimits = .default
  ) throws(ProtoWireError) {
    self.init()
    try merge(serializedBytes: bytes, limits: limits)
  }

  /// Decodes a message from bytes in the protobuf binary format.
  @inlinable
  public init<Bytes: Collection<UInt8>>(
    serializedBytes bytes: Bytes,
    limits: ProtoDecodingLimits = .default
  ) throws(ProtoWireError) {
    self.init()
    try merge(serializedBytes: bytes, limits: limits)
  }

  /// Merges an encoded message into this one, as if its fields followed this message's.
  @inlinable
  public mutating func merge<Bytes: Collection<UInt8>>(
    serializedBytes bytes: Bytes,
    limits: ProtoDecodingLimits = .default
  ) throws(ProtoWireError) {
    let result = bytes.withContiguousStorageIfAvailable { buffer in
      Result { () throws(ProtoWireError) in
        try merge(serializedBytes: UnsafeRawBufferPointer(buffer), limits: limits)
      }
    }
    if let result {
      try result.get()
    } else {
      try merge(serializedBytes: Array(bytes), limits: limits)
    }
  }

  /// Merges an encoded message into this one, as if its fields followed this message's.
  @inlinable
  public mutating func merge(
    serializedBytes bytes: UnsafeRawBufferPointer,
    limits: ProtoDecodingLimits = .default
  ) throws(ProtoWireError) {
    guard bytes.count <= limits.maxMessageSize else {
      throw ProtoWireError(
        code: .messageTooLarge,
        detail: "\(Self.protoMessageName) of \(bytes.count) bytes exceeds the limit of "
          + "\(limits.maxMessageSize) bytes"
      )
    }
    var reader = ProtoReader(buffer: bytes, maxDepth: limits.maxDepth)
    try decodeFieldsAttributingErrors(from: &reader)
  }
}
