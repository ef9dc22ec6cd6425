/// Framed messages waiting for HTTP/2 to send them, read out in pieces as nghttp2 asks for
/// DATA (one queue per stream, on the connection's loop thread).
package struct FramedMessageQueue {
  @usableFromInline var messages = SmallQueue<[UInt8]>()
  /// How much of the first message has been read.
  @usableFromInline var offset = 0

  /// An empty queue.
  @inlinable
  package init() {}

  /// Whether nothing is waiting.
  @inlinable
  package var isEmpty: Bool { messages.isEmpty }

  /// Whether a message has been read in part (it must be finished before anything else
  /// goes on the stream).
  @inlinable
  package var isInsideMessage: Bool { offset > 0 }

  /// Adds a framed message at the end.
  @inlinable
  package mutating func append(_ message: [UInt8]) {
    messages.append(message)
  }

  /// Drops every message, but keeps one already started so that the stream stays framed.
  @inlinable
  package mutating func removeAllButStarted() {
    let started = offset > 0 ? messages.first : nil
    messages.removeAll()
    if let started { messages.append(started) }
  }

  /// Drops every message.
  @inlinable
  package mutating func removeAll() {
    messages.removeAll()
    offset = 0
  }

  /// Copies as many queued bytes as fit into `buffer`; returns how many.
  @inlinable
  package mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
    var copied = 0
    while copied < buffer.count, let chunk = messages.first {
      let count = min(chunk.count - offset, buffer.count - copied)
      chunk.withUnsafeBytes { source in
        (buffer.baseAddress! + copied).copyMemory(
          from: source.baseAddress! + offset, byteCount: count)
      }
      copied += count
      offset += count
      if offset == chunk.count {
        _ = messages.popFirst()
        offset = 0
      }
    }
    return copied
  }
}
