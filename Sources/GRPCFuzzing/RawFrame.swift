/// One HTTP/2 frame as bytes, written byte by byte: for the raw test client and the
/// structure-aware fuzzer, which must send what a real client never would.
public struct RawFrame: CustomStringConvertible, Sendable {
  /// DATA 0, HEADERS 1, ... as in RFC 9113.
  public var type: UInt8
  /// The frame's flags.
  public var flags: UInt8
  /// The stream (31 bits; the reserved bit is never set).
  public var streamID: UInt32
  /// The payload.
  public var payload: [UInt8]

  /// A frame of any type.
  public init(type: UInt8, flags: UInt8, streamID: UInt32, payload: [UInt8]) {
    self.type = type
    self.flags = flags
    self.streamID = streamID
    self.payload = payload
  }

  /// What a client sends before its first frame (RFC 9113 3.4).
  public static let clientPreface = Array("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".utf8)

  public static let data: UInt8 = 0
  public static let headers: UInt8 = 1
  public static let priority: UInt8 = 2
  public static let rstStream: UInt8 = 3
  public static let settings: UInt8 = 4
  public static let ping: UInt8 = 6
  public static let goAway: UInt8 = 7
  public static let windowUpdate: UInt8 = 8

  public static let endStream: UInt8 = 0x1
  public static let ack: UInt8 = 0x1
  public static let endHeaders: UInt8 = 0x4

  /// The frame header and payload.
  public var bytes: [UInt8] {
    let length = payload.count
    return [
      UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF), type, flags,
      UInt8(streamID >> 24 & 0x7F), UInt8(streamID >> 16 & 0xFF), UInt8(streamID >> 8 & 0xFF),
      UInt8(streamID & 0xFF),
    ] + payload
  }

  /// The error code of RST_STREAM and GOAWAY frames.
  public var errorCode: UInt32 {
    let offset = type == Self.goAway ? 4 : 0
    guard payload.count >= offset + 4 else { return 0 }
    return payload[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
  }

  /// The last stream id of a GOAWAY frame.
  public var lastStreamID: UInt32 {
    guard payload.count >= 4 else { return 0 }
    return payload[0..<4].reduce(0) { $0 << 8 | UInt32($1) } & 0x7FFF_FFFF
  }

  public var description: String {
    "frame(type \(type), flags \(flags), stream \(streamID), \(payload.count) bytes)"
  }

  public static func settings(_ entries: [(UInt16, UInt32)], ack: Bool = false) -> RawFrame {
    var payload: [UInt8] = []
    for (id, value) in entries {
      payload += [UInt8(id >> 8), UInt8(id & 0xFF)]
      payload += [
        UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF),
        UInt8(value & 0xFF),
      ]
    }
    return RawFrame(type: settings, flags: ack ? Self.ack : 0, streamID: 0, payload: payload)
  }

  public static func windowUpdate(stream: UInt32, increment: UInt32) -> RawFrame {
    RawFrame(
      type: windowUpdate,
      flags: 0,
      streamID: stream,
      payload: [
        UInt8(increment >> 24), UInt8(increment >> 16 & 0xFF), UInt8(increment >> 8 & 0xFF),
        UInt8(increment & 0xFF),
      ]
    )
  }

  public static func rstStream(stream: UInt32, code: UInt32) -> RawFrame {
    RawFrame(
      type: rstStream,
      flags: 0,
      streamID: stream,
      payload: [
        UInt8(code >> 24), UInt8(code >> 16 & 0xFF), UInt8(code >> 8 & 0xFF), UInt8(code & 0xFF),
      ]
    )
  }
}

extension RawFrame {
  /// The whole frames at the front of `bytes`, and how many bytes follow them.
  public static func frames(in bytes: [UInt8]) -> (frames: [RawFrame], leftover: Int) {
    var frames: [RawFrame] = []
    var offset = 0
    while bytes.count - offset >= 9 {
      let length = Int(bytes[offset]) << 16 | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2])
      guard bytes.count - offset - 9 >= length else { break }
      let streamID = bytes[offset + 5..<offset + 9].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
      frames.append(
        RawFrame(
          type: bytes[offset + 3], flags: bytes[offset + 4], streamID: streamID & 0x7FFF_FFFF,
          payload: Array(bytes[offset + 9..<offset + 9 + length])))
      offset += 9 + length
    }
    return (frames, bytes.count - offset)
  }
}
