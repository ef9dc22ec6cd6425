/// One received message: its bytes (decompressed) and whether it arrived compressed.
public struct InboundMessage: Sendable {
  /// The encoded protobuf message.
  public var bytes: [UInt8]
  /// Whether the sender set the compressed flag.
  public var wasCompressed: Bool

  /// Creates a message.
  public init(bytes: [UInt8], wasCompressed: Bool) {
    self.bytes = bytes
    self.wasCompressed = wasCompressed
  }
}

/// Reads gRPC Length-Prefixed-Messages from DATA frames, which have no relation to message
/// boundaries.
///
/// A declared length over the limit fails as soon as the 5-byte prefix is read, before any
/// of the message is buffered; a compressed message fails once its decompressed size would
/// pass the limit.
public struct MessageDeframer: Sendable {
  private let maxMessageSize: Int
  private let decompressor: (any MessageCompressor)?
  private var buffer: [UInt8] = []
  private var readIndex = 0

  /// A deframer for one stream.
  /// - Parameters:
  ///   - maxMessageSize: the largest message accepted, compressed or decompressed.
  ///   - decompressor: the stream's `grpc-encoding`, or nil for identity.
  public init(maxMessageSize: Int, decompressor: (any MessageCompressor)?) {
    self.maxMessageSize = maxMessageSize
    self.decompressor = decompressor
  }

  /// Bytes received but not yet part of a returned message.
  public var bufferedByteCount: Int { buffer.count - readIndex }

  /// Consumes `chunk` and passes each message it completes to `onMessage`, with the bytes it
  /// took on the wire (prefix included).
  /// - Throws: ``RPCError``: RESOURCE_EXHAUSTED for a message over the limit, INTERNAL for a
  ///   compressed flag without an encoding, a flag other than 0 or 1, or corrupt compression.
  public mutating func process(
    _ chunk: UnsafeRawBufferPointer,
    _ onMessage: (InboundMessage, Int) -> Void
  ) throws(RPCError) {
    if bufferedByteCount == 0 {
      // Fast path: whole messages straight from the chunk, only a tail is buffered.
      var offset = 0
      while let (flag, length) = try header(in: chunk, at: offset),
        chunk.count - offset >= MessageFramer.prefixSize + length
      {
        let start = offset + MessageFramer.prefixSize
        onMessage(
          try message(flag: flag, bytes: [UInt8](chunk[start..<start + length])),
          MessageFramer.prefixSize + length)
        offset = start + length
      }
      buffer.removeAll(keepingCapacity: true)
      readIndex = 0
      buffer.append(contentsOf: chunk[offset...])
      return
    }
    buffer.append(contentsOf: chunk)
    while true {
      let available = buffer.count - readIndex
      let head = try buffer.withUnsafeBytes { bytes in
        Result { () throws(RPCError) in try header(in: bytes, at: readIndex) }
      }.get()
      guard let (flag, length) = head, available >= MessageFramer.prefixSize + length else { break }
      let start = readIndex + MessageFramer.prefixSize
      onMessage(
        try message(flag: flag, bytes: Array(buffer[start..<start + length])),
        MessageFramer.prefixSize + length)
      readIndex = start + length
    }
    if readIndex == buffer.count {
      buffer.removeAll(keepingCapacity: buffer.capacity <= 64 * 1024)
      readIndex = 0
    } else if readIndex > 64 * 1024 {
      buffer.removeFirst(readIndex)
      readIndex = 0
    }
  }

  /// The size on the wire (prefix included) of the message whose bytes are buffered, once
  /// its prefix has arrived; nil when nothing or less than a prefix is buffered.
  public var pendingMessageWireSize: Int? {
    let available = buffer.count - readIndex
    guard available >= MessageFramer.prefixSize else { return nil }
    let length =
      Int(buffer[readIndex + 1]) << 24 | Int(buffer[readIndex + 2]) << 16
      | Int(buffer[readIndex + 3]) << 8 | Int(buffer[readIndex + 4])
    return MessageFramer.prefixSize + length
  }

  /// Whether the bytes end between messages (nothing partial left).
  public var isAtMessageBoundary: Bool { bufferedByteCount == 0 }

  private func header(
    in bytes: UnsafeRawBufferPointer,
    at offset: Int
  ) throws(RPCError) -> (UInt8, Int)? {
    guard bytes.count - offset >= MessageFramer.prefixSize else { return nil }
    let flag = bytes[offset]
    let length =
      Int(bytes[offset + 1]) << 24 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 8
      | Int(bytes[offset + 4])
    guard flag <= 1 else {
      throw RPCError(
        code: .internal,
        message: "message prefix has compressed flag \(flag); only 0 and 1 are defined"
      )
    }
    guard length <= maxMessageSize else {
      throw RPCError(
        code: .resourceExhausted,
        message: "received message of \(length) bytes exceeds the limit of \(maxMessageSize) bytes"
      )
    }
    if flag == 1 && decompressor == nil {
      throw RPCError(
        code: .internal,
        message: "message has the compressed flag set, but the request has no grpc-encoding"
      )
    }
    return (flag, length)
  }

  private func message(flag: UInt8, bytes: [UInt8]) throws(RPCError) -> InboundMessage {
    guard flag == 1, let decompressor else {
      return InboundMessage(bytes: bytes, wasCompressed: false)
    }
    do throws(CompressionError) {
      let plain = try decompressor.decompress(bytes, limit: maxMessageSize)
      return InboundMessage(bytes: plain, wasCompressed: true)
    } catch {
      switch error {
      case .tooLarge(let limit):
        throw RPCError(
          code: .resourceExhausted,
          message: "decompressed message exceeds the limit of \(limit) bytes"
        )
      case .corrupt(let reason):
        throw RPCError(
          code: .internal,
          message: "message could not be decompressed with \(decompressor.name): \(reason)"
        )
      }
    }
  }
}
