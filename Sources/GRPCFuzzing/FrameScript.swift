/// The structure-aware HTTP/2 fuzzer's client: fuzzer bytes choose a sequence of
/// well-formed frames (the preface, SETTINGS, gRPC requests on the server's real methods,
/// messages, resets, window updates, pings, priorities, continuations, GOAWAY, unknown
/// types) whose fields the bytes set, so mutations reach the server's stream and gRPC logic
/// instead of stopping at the frame parser.
public struct FrameScript {
  /// What the client sends, in order.
  public private(set) var bytes: [UInt8]
  /// The pieces it arrives in.
  public private(set) var chunkSizes: [Int]

  /// Methods the harness serves, one unknown, and paths that are not gRPC at all.
  static let paths = [
    "/grpc.health.v1.Health/Check", "/grpc.health.v1.Health/Watch",
    "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo",
    "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
    "/grpc.testing.TestService/EmptyCall", "/grpc.testing.TestService/UnaryCall",
    "/grpc.testing.TestService/StreamingOutputCall",
    "/grpc.testing.TestService/StreamingInputCall",
    "/grpc.testing.TestService/FullDuplexCall", "/grpc.testing.TestService/HalfDuplexCall",
    "/grpc.testing.TestService/UnimplementedCall", "/no.such.Service/Method", "/", "*", "",
  ]
  /// Message bodies: empty, valid requests of the served methods, and a few oddities.
  static let messages: [[UInt8]] = [
    [],
    [0x0A, 0x00],  // HealthCheckRequest{service: ""}
    Array("\u{0A}\u{14}grpc.health.v1.Health".utf8),
    Array("\u{3A}\u{00}".utf8),  // ServerReflectionRequest{list_services: ""}
    Array("\u{1A}\u{15}grpc.health.v1.Health".utf8),  // file_containing_symbol
    [0x10, 0x80, 0x08, 0x18, 0x01],  // SimpleRequest{response_size: 1024, ...}
    [0x12, 0x05, 0x08, 0x0A, 0x10, 0xE8, 0x07],  // response_parameters{size: 10, 1000 µs}
    [0x08, 0x01, 0x22, 0x02, 0x08, 0x07, 0x3A, 0x03, 0x08, 0x03, 0x12, 0x00],  // echo status
    [0xFF, 0xFF, 0xFF, 0xFF, 0x0F],  // a field that never ends
  ]
  static let timeouts = ["1S", "100m", "1H", "0n", "99999999S", "-1S", "1X", "", "12345678901n"]
  static let encodings = ["identity", "gzip", "deflate", "snappy", ""]
  static let contentTypes = [
    "application/grpc", "application/grpc+proto", "application/json", "text/plain", "",
  ]

  private var input: FuzzInput
  private var nextStream: UInt32 = 1
  private var openStreams: [UInt32] = []

  /// The frames `fuzzerBytes` choose.
  public init(_ fuzzerBytes: [UInt8]) {
    input = FuzzInput(fuzzerBytes)
    bytes = RawFrame.clientPreface
    chunkSizes = [input.pick([0, 0, 1, 7, 100, 1000, 9])]
    append(settings())
    var frames = 0
    while !input.isEmpty && frames < 256 {
      frames += 1
      append(nextFrame())
    }
  }

  private mutating func append(_ frames: [RawFrame]) {
    for frame in frames { bytes += frame.bytes }
  }

  /// The next frames. Calls and their messages are most of them, as in real traffic, so a
  /// script reaches the handlers before one of the rarer frames ends the connection.
  private mutating func nextFrame() -> [RawFrame] {
    let choice = openStreams.isEmpty && !input.rarely(4) ? 0 : input.below(16)
    switch choice {
    case 0...3: return request()
    case 4...8: return [message()]
    case 9:
      let streamID = stream()
      ended(streamID, if: true)
      return [RawFrame.rstStream(stream: streamID, code: input.number(bytes: 1) % 16)]
    case 10:
      return [
        RawFrame.windowUpdate(
          stream: input.flag() ? 0 : stream(), increment: input.number(bytes: 4) & 0x7FFF_FFFF)
      ]
    case 11: return input.flag() ? [RawFrame.settings([], ack: true)] : settings()
    case 12:
      return [
        RawFrame(
          type: RawFrame.ping, flags: input.flag() ? RawFrame.ack : 0, streamID: 0,
          payload: (0..<8).map { _ in input.byte() })
      ]
    case 13:
      let dependency = input.flag() ? stream() : input.number(bytes: 1)
      return [
        RawFrame(
          type: RawFrame.priority, flags: 0, streamID: stream(),
          payload: be32(dependency | (input.flag() ? 0x8000_0000 : 0)) + [input.byte()])
      ]
    case 14:
      if input.flag() {
        return [
          RawFrame(
            type: RawFrame.goAway, flags: 0, streamID: 0,
            payload: be32(input.number(bytes: 1)) + be32(input.number(bytes: 1))
              + input.bytes(upTo: 16))
        ]
      }
      // CONTINUATION (9), PUSH_PROMISE (5) or an unknown type, with any flags and payload.
      return [
        RawFrame(
          type: input.pick([9, 5, 0x0A, 0x10, 0xFF]), flags: input.byte(), streamID: stream(),
          payload: input.bytes(upTo: 64))
      ]
    default:
      return [trailers()]
    }
  }

  /// A stream the client has open (usually), or any other.
  private mutating func stream() -> UInt32 {
    if input.rarely(16) { return input.flag() ? nextStream : input.number(bytes: 1) }
    return openStreams.isEmpty ? max(nextStream, 3) - 2 : input.pick(openStreams)
  }

  /// Forgets `streamID` once the client has ended its side (later frames on it are rarer).
  private mutating func ended(_ streamID: UInt32, if endStream: Bool) {
    if endStream { openStreams.removeAll { $0 == streamID } }
  }

  /// SETTINGS with values valid for their identifiers, now and then one that is not.
  private mutating func settings() -> [RawFrame] {
    var entries: [(UInt16, UInt32)] = []
    for _ in 0..<input.below(4) {
      let id = input.pick([UInt16(1), 2, 3, 4, 5, 6, 8, 9, 0xFF])
      let valid: [UInt32] =
        switch id {
        case 2, 8, 9: [0, 1]
        case 4: [0, 1, 65_535, 1 << 20, 0x7FFF_FFFF]
        case 5: [16_384, 65_535, (1 << 24) - 1]
        default: [0, 1, 100, 4096, 65_535, 0xFFFF_FFFF]
        }
      let value = input.rarely(16) ? input.number(bytes: 4) : input.pick(valid)
      entries.append((id, value))
    }
    return [RawFrame.settings(entries)]
  }

  /// HEADERS opening a gRPC call (fields chosen, some wrong), maybe split by CONTINUATION.
  private mutating func request() -> [RawFrame] {
    let streamID = input.rarely(16) ? input.number(bytes: 1) : nextStream
    if streamID == nextStream { nextStream += 2 }
    openStreams.append(streamID)
    var headers = [
      (":method", input.rarely(8) ? "GET" : "POST"),
      (":scheme", "https"),
      (":path", input.pick(Self.paths)),
      (":authority", "localhost"),
      ("content-type", input.rarely(4) ? input.pick(Self.contentTypes) : "application/grpc"),
      ("te", input.rarely(8) ? "gzip" : "trailers"),
    ]
    if input.rarely(4) { headers.remove(at: input.below(headers.count)) }
    if input.flag() { headers.append(("grpc-timeout", input.pick(Self.timeouts))) }
    if input.flag() { headers.append(("grpc-encoding", input.pick(Self.encodings))) }
    if input.rarely(4) { headers.append(("grpc-accept-encoding", "gzip,identity")) }
    if input.rarely(4) {
      headers.append(("x-fuzz-bin", String(repeating: "A", count: input.below(200))))
    }
    if input.rarely(8) { headers.append(("connection", "keep-alive")) }
    var block = HPACK.encode(headers)
    if input.rarely(8), !block.isEmpty {
      block[input.below(block.count)] ^= input.byte()  // a corrupt HPACK byte
    }
    let endStream = input.rarely(4)
    let split = input.rarely(4) ? min(block.count, input.below(block.count + 1)) : block.count
    var flags: UInt8 = endStream ? RawFrame.endStream : 0
    if split == block.count { flags |= RawFrame.endHeaders }
    ended(streamID, if: endStream)
    var frames = [
      RawFrame(
        type: RawFrame.headers, flags: flags, streamID: streamID, payload: Array(block[..<split]))
    ]
    if split < block.count {
      frames.append(
        RawFrame(
          type: 9, flags: RawFrame.endHeaders, streamID: streamID,
          payload: Array(block[split...])))
    }
    return frames
  }

  /// DATA carrying a length-prefixed gRPC message (prefix sometimes wrong), maybe padded.
  private mutating func message() -> RawFrame {
    let body = input.flag() ? input.pick(Self.messages) : input.bytes(upTo: 128)
    let compressed: UInt8 = input.rarely(8) ? input.byte() : 0
    var length = UInt32(body.count)
    if input.rarely(8) { length = input.number(bytes: 4) }
    var payload = [compressed] + be32(length) + body
    if input.rarely(8) { payload = Array(payload.prefix(input.below(payload.count + 1))) }
    var flags: UInt8 = input.flag() ? RawFrame.endStream : 0
    if input.rarely(8) {
      let padding = input.below(32)
      payload = [UInt8(padding)] + payload + [UInt8](repeating: 0, count: padding)
      flags |= 0x8
    }
    let streamID = stream()
    ended(streamID, if: flags & RawFrame.endStream != 0)
    return RawFrame(type: RawFrame.data, flags: flags, streamID: streamID, payload: payload)
  }

  /// HEADERS ending a stream (client trailers), which gRPC requests never carry.
  private mutating func trailers() -> RawFrame {
    let streamID = stream()
    ended(streamID, if: true)
    return RawFrame(
      type: RawFrame.headers, flags: RawFrame.endStream | RawFrame.endHeaders, streamID: streamID,
      payload: HPACK.encode([("x-trailer", "1")]))
  }

  private func be32(_ value: UInt32) -> [UInt8] {
    [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
  }
}
