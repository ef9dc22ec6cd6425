/// Reads protobuf fields from a borrowed byte buffer.
///
/// A reader exists only inside a decoding call (``ProtoMessage/init(serializedBytes:limits:)``
/// and friends); it is non-copyable so that it cannot outlive the buffer it points into.
/// Every read is bounds-checked against the end of the current message, and every length is
/// checked against the bytes that remain before anything is allocated.
public struct ProtoReader: ~Copyable {
  /// Start of the whole input, for byte offsets in errors.
  @usableFromInline let base: UnsafeRawPointer
  /// Next byte to read.
  @usableFromInline var position: UnsafeRawPointer
  /// End of the message being decoded (moves in and out with nesting).
  @usableFromInline var end: UnsafeRawPointer
  /// Start of the field whose tag was read last, for keeping unknown fields.
  @usableFromInline var fieldStart: UnsafeRawPointer
  /// Current nesting depth; the top-level message is 0.
  @usableFromInline var depth: Int
  /// Deepest nesting allowed.
  @usableFromInline let maxDepth: Int

  /// A reader over `buffer`, which must stay valid while the reader is used.
  @usableFromInline
  init(buffer: UnsafeRawBufferPointer, maxDepth: Int) {
    // An empty buffer may have no address; any non-null pointer will do, as nothing is read.
    let start = buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!
    self.base = start
    self.position = start
    self.end = start + buffer.count
    self.fieldStart = start
    self.depth = 0
    self.maxDepth = maxDepth
  }

  /// Bytes left in the current message.
  @inlinable
  public var remainingCount: Int { end - position }

  /// Offset of the next byte from the start of the input.
  @inlinable
  public var byteOffset: Int { position - base }

  // MARK: Tags

  /// The next field's tag, or nil at the end of the current message.
  ///
  /// - Throws: on a malformed tag, a field number out of range, wire type 6 or 7, or an
  ///   end-group tag that closes no group.
  @inlinable
  public mutating func nextField() throws(ProtoWireError) -> FieldTag? {
    guard position < end else { return nil }
    fieldStart = position
    let tag = try readTag()
    if tag.wireType == .endGroup {
      throw error(.unmatchedGroup, "end-group tag for field \(tag.fieldNumber) closes no group")
    }
    return tag
  }

  /// Reads and validates a tag.
  @inlinable
  mutating func readTag() throws(ProtoWireError) -> FieldTag {
    let raw = try readRawVarint()
    let number = raw >> 3
    guard number >= UInt64(FieldTag.minFieldNumber), number <= UInt64(FieldTag.maxFieldNumber)
    else {
      throw error(
        .invalidFieldNumber,
        "field number \(number) is outside 1...\(FieldTag.maxFieldNumber)"
      )
    }
    guard let wireType = WireType(rawValue: UInt8(truncatingIfNeeded: raw & 7)) else {
      throw error(
        .invalidWireType,
        "wire type \(raw & 7) of field \(number) does not exist (allowed: 0, 1, 2, 3, 4, 5)"
      )
    }
    return FieldTag(fieldNumber: Int(truncatingIfNeeded: number), wireType: wireType)
  }

  // MARK: Primitive values

  /// Reads a varint of up to 10 bytes.
  @inlinable
  public mutating func readRawVarint() throws(ProtoWireError) -> UInt64 {
    if position < end {
      let byte = position.load(as: UInt8.self)
      if byte < 0x80 {
        position += 1
        return UInt64(byte)
      }
    }
    return try readRawVarintSlow()
  }

  @usableFromInline
  mutating func readRawVarintSlow() throws(ProtoWireError) -> UInt64 {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    var cursor = position
    while true {
      guard cursor < end else {
        throw error(.truncated, "input ends inside a varint")
      }
      let byte = cursor.load(as: UInt8.self)
      cursor += 1
      if shift == 63 && byte > 1 {
        let reason =
          byte & 0x80 != 0
          ? "varint is longer than 10 bytes" : "varint overflows 64 bits (10th byte \(byte))"
        throw error(.malformedVarint, reason)
      }
      result |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 {
        position = cursor
        return result
      }
      shift += 7
    }
  }

  /// Reads a little-endian 32-bit value.
  @inlinable
  public mutating func readRawFixed32() throws(ProtoWireError) -> UInt32 {
    guard end - position >= 4 else {
      throw error(.truncated, "input ends inside a 4-byte value (\(end - position) bytes left)")
    }
    let value = UInt32(littleEndian: position.loadUnaligned(as: UInt32.self))
    position += 4
    return value
  }

  /// Reads a little-endian 64-bit value.
  @inlinable
  public mutating func readRawFixed64() throws(ProtoWireError) -> UInt64 {
    guard end - position >= 8 else {
      throw error(.truncated, "input ends inside an 8-byte value (\(end - position) bytes left)")
    }
    let value = UInt64(littleEndian: position.loadUnaligned(as: UInt64.self))
    position += 8
    return value
  }

  /// Reads a length prefix and checks that many bytes remain in the current message.
  @inlinable
  public mutating func readRawLength() throws(ProtoWireError) -> Int {
    let length = try readRawVarint()
    guard length <= UInt64(end - position) else {
      throw error(
        .lengthOutOfBounds,
        "length \(length) exceeds the \(end - position) bytes left in the message"
      )
    }
    return Int(truncatingIfNeeded: length)
  }

  /// Reads a length-delimited value and passes its bytes, valid only inside `body`.
  @inlinable
  public mutating func readRawLengthDelimited<Result>(
    _ body: (UnsafeRawBufferPointer) throws(ProtoWireError) -> Result
  ) throws(ProtoWireError) -> Result {
    let length = try readRawLength()
    let bytes = UnsafeRawBufferPointer(start: position, count: length)
    let result = try body(bytes)
    position += length
    return result
  }

  /// Reads a length-delimited UTF-8 string; invalid UTF-8 is an error.
  @inlinable
  public mutating func readRawString() throws(ProtoWireError) -> String {
    let length = try readRawLength()
    guard
      let string = String(
        validatingUTF8Bytes: UnsafeRawBufferPointer(start: position, count: length)
      )
    else {
      throw error(.invalidUTF8, "string of \(length) bytes is not valid UTF-8")
    }
    position += length
    return string
  }

  /// Reads length-delimited bytes into a new array.
  @inlinable
  public mutating func readRawBytes() throws(ProtoWireError) -> [UInt8] {
    try readRawLengthDelimited { (bytes) throws(ProtoWireError) -> [UInt8] in [UInt8](bytes) }
  }

  // MARK: Errors

  /// An error at the current position.
  @inlinable
  func error(
    _ code: ProtoWireError.Code,
    _ detail: String,
    file: String = #fileID,
    line: Int = #line
  ) -> ProtoWireError {
    ProtoWireError(code: code, detail: detail, byteOffset: position - base, file: file, line: line)
  }
}

extension ProtoReader {
  /// Runs `body` with a reader over `bytes`, for decoders that are not a ``ProtoMessage``
  /// (schema-less dumps, hand-rolled streaming parsers).
  ///
  /// - Parameters:
  ///   - bytes: the encoded fields; valid for the duration of the call.
  ///   - limits: bounds on size and nesting.
  ///   - body: reads fields from the reader; it must not let the reader escape.
  public static func withReader<Result>(
    over bytes: UnsafeRawBufferPointer,
    limits: ProtoDecodingLimits = .default,
    _ body: (inout ProtoReader) throws(ProtoWireError) -> Result
  ) throws(ProtoWireError) -> Result {
    guard bytes.count <= limits.maxMessageSize else {
      throw ProtoWireError(
        code: .messageTooLarge,
        detail: "input of \(bytes.count) bytes exceeds the limit of \(limits.maxMessageSize) bytes"
      )
    }
    var reader = ProtoReader(buffer: bytes, maxDepth: limits.maxDepth)
    return try body(&reader)
  }
}
