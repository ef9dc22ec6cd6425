import RPC
import Testing
import ZlibCompression

@Suite("Length-prefixed message framing")
struct MessageDeframerTests {
  private func frame(_ body: [UInt8], flag: UInt8 = 0) -> [UInt8] {
    [
      flag, UInt8(body.count >> 24 & 0xFF), UInt8(body.count >> 16 & 0xFF),
      UInt8(body.count >> 8 & 0xFF), UInt8(body.count & 0xFF),
    ]
      + body
  }

  private func feed(
    _ deframer: inout MessageDeframer,
    _ chunks: [[UInt8]]
  ) throws(RPCError) -> [(InboundMessage, Int)] {
    var messages: [(InboundMessage, Int)] = []
    for chunk in chunks {
      let result = chunk.withUnsafeBytes { bytes in
        Result { () throws(RPCError) in try deframer.process(bytes) { messages.append(($0, $1)) } }
      }
      try result.get()
    }
    return messages
  }

  @Test("the framer writes a flag and a big-endian length")
  func framer() {
    #expect(MessageFramer.frame(bytes: [9, 8], compressed: false) == [0, 0, 0, 0, 2, 9, 8])
    #expect(MessageFramer.frame(bytes: [], compressed: true) == [1, 0, 0, 0, 0])
  }

  @Test("whole messages in one chunk, with their wire sizes")
  func wholeChunk() throws {
    var deframer = MessageDeframer(maxMessageSize: 100, decompressor: nil)
    let messages = try feed(&deframer, [frame([1, 2, 3]) + frame([]) + frame([4])])
    #expect(messages.map(\.0.bytes) == [[1, 2, 3], [], [4]])
    #expect(messages.map(\.1) == [8, 5, 6])
    #expect(deframer.isAtMessageBoundary)
  }

  @Test("a message split byte by byte arrives once, whole")
  func byteByByte() throws {
    var deframer = MessageDeframer(maxMessageSize: 1000, decompressor: nil)
    let body = (0..<300).map { UInt8($0 & 0xFF) }
    let messages = try feed(&deframer, frame(body).map { [$0] })
    #expect(messages.count == 1)
    #expect(messages.first?.0.bytes == body)
  }

  @Test("a length over the limit fails as soon as the prefix is read")
  func tooLarge() {
    var deframer = MessageDeframer(maxMessageSize: 10, decompressor: nil)
    do {
      _ = try feed(&deframer, [[0, 0, 0, 0, 11]])
      Issue.record("no error")
    } catch {
      #expect(error.code == .resourceExhausted)
      #expect(error.message.contains("11 bytes exceeds the limit of 10"))
    }
  }

  @Test("the compressed flag without an encoding is INTERNAL; flags above 1 too")
  func badFlags() {
    var deframer = MessageDeframer(maxMessageSize: 10, decompressor: nil)
    #expect(throws: RPCError.self) { _ = try feed(&deframer, [frame([1], flag: 1)]) }
    var other = MessageDeframer(maxMessageSize: 10, decompressor: ZlibCompressor.gzip)
    #expect(throws: RPCError.self) { _ = try feed(&other, [frame([1], flag: 2)]) }
  }

  @Test("compressed messages are decompressed and marked")
  func compressed() throws {
    var deframer = MessageDeframer(maxMessageSize: 10_000, decompressor: ZlibCompressor.gzip)
    let body = [UInt8](repeating: 7, count: 5000)
    let compressed = try ZlibCompressor.gzip.compress(body)
    let messages = try feed(&deframer, [frame(compressed, flag: 1) + frame([1])])
    #expect(messages.map(\.0.bytes) == [body, [1]])
    #expect(messages.map(\.0.wasCompressed) == [true, false])
  }

  @Test("a compressed message that expands past the limit is RESOURCE_EXHAUSTED")
  func decompressionBomb() throws {
    var deframer = MessageDeframer(maxMessageSize: 64 * 1024, decompressor: ZlibCompressor.deflate)
    let bomb = try ZlibCompressor.deflate.compress([UInt8](repeating: 0, count: 10 * 1024 * 1024))
    #expect(bomb.count < 64 * 1024)
    do {
      _ = try feed(&deframer, [frame(bomb, flag: 1)])
      Issue.record("no error")
    } catch {
      #expect(error.code == .resourceExhausted)
    }
  }

  @Test("a partial message leaves the deframer between boundaries")
  func partial() throws {
    var deframer = MessageDeframer(maxMessageSize: 100, decompressor: nil)
    _ = try feed(&deframer, [Array(frame([1, 2, 3]).prefix(6))])
    #expect(!deframer.isAtMessageBoundary)
    #expect(deframer.bufferedByteCount == 6)
  }
}
