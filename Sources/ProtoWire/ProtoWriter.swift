/// A sink that writes encoded bytes into a buffer.
///
/// Nested messages are written in one pass: one byte is reserved for the length, the body is
/// written, and the length is patched in afterwards (moving the body when the length needs
/// more than one byte). Nothing is encoded twice and no size is computed twice.
///
/// The writer either owns a growing buffer or fills a caller's buffer of known size, the
/// path ``ProtoMessage/serializedBytes()`` takes after counting the size.
public struct ProtoWriter: ~Copyable, ProtoSink {
  @usableFromInline var storage: UnsafeMutableRawPointer
  @usableFromInline var capacity: Int
  /// Bytes written so far.
  @inlinable
  public var count: Int { byteCount }
  @usableFromInline var byteCount: Int
  @usableFromInline let ownsStorage: Bool

  /// Room a caller's buffer needs beyond the encoded size.
  public static let slack = Varint.maxSize

  /// A writer with a growing buffer of its own.
  /// - Parameter capacity: bytes to reserve at first.
  public init(capacity: Int = 256) {
    let capacity = max(capacity, 16)
    storage = .allocate(byteCount: capacity, alignment: 8)
    self.capacity = capacity
    byteCount = 0
    ownsStorage = true
  }

  /// A writer that fills `buffer`, which must be large enough for everything written plus
  /// ``slack`` bytes (a varint reserves its largest size before it knows its own).
  ///
  /// Writing past its end is a programming error (the size was computed from the same
  /// encoder) and stops the process rather than corrupt memory.
  @inlinable
  public init(filling buffer: UnsafeMutableBufferPointer<UInt8>) {
    storage = UnsafeMutableRawPointer(buffer.baseAddress ?? UnsafeMutablePointer(bitPattern: 8)!)
    capacity = buffer.count
    byteCount = 0
    ownsStorage = false
  }

  deinit {
    if ownsStorage { storage.deallocate() }
  }

  /// The bytes written so far, valid only inside `body`.
  public func withUnsafeBytes<Result, Failure: Error>(
    _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    try body(UnsafeRawBufferPointer(start: storage, count: byteCount))
  }

  /// The bytes written, as an array.
  public consuming func finish() -> [UInt8] {
    [UInt8](UnsafeRawBufferPointer(start: storage, count: byteCount))
  }

  // MARK: ProtoSink

  @inlinable
  public mutating func writeRawVarint(_ value: UInt64) {
    reserve(Varint.maxSize)
    var value = value
    var cursor = storage + byteCount
    while value >= 0x80 {
      cursor.storeBytes(of: UInt8(truncatingIfNeeded: value) | 0x80, as: UInt8.self)
      cursor += 1
      value >>= 7
    }
    cursor.storeBytes(of: UInt8(truncatingIfNeeded: value), as: UInt8.self)
    byteCount = cursor - storage + 1
  }

  @inlinable
  public mutating func writeRawFixed32(_ value: UInt32) {
    reserve(4)
    (storage + byteCount).storeBytes(of: value.littleEndian, as: UInt32.self)
    byteCount += 4
  }

  @inlinable
  public mutating func writeRawFixed64(_ value: UInt64) {
    reserve(8)
    (storage + byteCount).storeBytes(of: value.littleEndian, as: UInt64.self)
    byteCount += 8
  }

  @inlinable
  public mutating func writeRawBytes(_ bytes: UnsafeRawBufferPointer) {
    guard let source = bytes.baseAddress, bytes.count > 0 else { return }
    reserve(bytes.count)
    (storage + byteCount).copyMemory(from: source, byteCount: bytes.count)
    byteCount += bytes.count
  }

  @inlinable
  public mutating func writeRawLengthPrefixed(_ body: (inout ProtoWriter) -> Void) {
    reserve(1)
    byteCount += 1
    let start = byteCount
    body(&self)
    let length = byteCount - start
    if length < 0x80 {
      (storage + start - 1).storeBytes(of: UInt8(truncatingIfNeeded: length), as: UInt8.self)
    } else {
      patchLongLength(length, bodyStart: start)
    }
  }

  /// Moves a body of 128 bytes or more to make room for its multi-byte length.
  @usableFromInline
  mutating func patchLongLength(_ length: Int, bodyStart: Int) {
    let lengthSize = Varint.size(of: UInt64(length))
    let extra = lengthSize - 1
    reserve(extra)
    (storage + bodyStart + extra).copyMemory(from: storage + bodyStart, byteCount: length)
    var cursor = storage + bodyStart - 1
    var value = UInt64(length)
    while value >= 0x80 {
      cursor.storeBytes(of: UInt8(truncatingIfNeeded: value) | 0x80, as: UInt8.self)
      cursor += 1
      value >>= 7
    }
    cursor.storeBytes(of: UInt8(truncatingIfNeeded: value), as: UInt8.self)
    byteCount += extra
  }

  // MARK: Capacity

  /// Makes room for `needed` more bytes.
  @inlinable
  mutating func reserve(_ needed: Int) {
    if capacity - byteCount < needed { grow(needed) }
  }

  @usableFromInline
  mutating func grow(_ needed: Int) {
    precondition(ownsStorage, "ProtoWriter: encoding is larger than the size computed for it")
    let newCapacity = max(capacity * 2, byteCount + needed)
    let newStorage = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 8)
    newStorage.copyMemory(from: storage, byteCount: byteCount)
    storage.deallocate()
    storage = newStorage
    capacity = newCapacity
  }
}
