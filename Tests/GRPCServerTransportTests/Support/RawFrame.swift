/// One HTTP/2 frame as bytes, for the raw test client.
struct RawFrame: CustomStringConvertible {
  var type: UInt8
  var flags: UInt8
  var streamID: UInt32
  var payload: [UInt8]

  static let data: UInt8 = 0
  static let headers: UInt8 = 1
  static let priority: UInt8 = 2
  static let rstStream: UInt8 = 3
  static let settings: UInt8 = 4
  static let ping: UInt8 = 6
  static let goAway: UInt8 = 7
  static let windowUpdate: UInt8 = 8

  static let endStream: UInt8 = 0x1
  static let ack: UInt8 = 0x1
  static let endHeaders: UInt8 = 0x4

  var bytes: [UInt8] {
    let length = payload.count
    return [
      UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF), type, flags,
      UInt8(streamID >> 24 & 0x7F), UInt8(streamID >> 16 & 0xFF), UInt8(streamID >> 8 & 0xFF),
      UInt8(streamID & 0xFF),
    ] + payload
  }

  /// The error code of RST_STREAM and GOAWAY frames.
  var errorCode: UInt32 {
    let offset = type == Self.goAway ? 4 : 0
    guard payload.count >= offset + 4 else { return 0 }
    return payload[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
  }

  /// The last stream id of a GOAWAY frame.
  var lastStreamID: UInt32 {
    guard payload.count >= 4 else { return 0 }
    return payload[0..<4].reduce(0) { $0 << 8 | UInt32($1) } & 0x7FFF_FFFF
  }

  var description: String {
    "frame(type \(type), flags \(flags), stream \(streamID), \(payload.count) bytes)"
  }

  static func settings(_ entries: [(UInt16, UInt32)], ack: Bool = false) -> RawFrame {
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

  static func windowUpdate(stream: UInt32, increment: UInt32) -> RawFrame {
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

  static func rstStream(stream: UInt32, code: UInt32) -> RawFrame {
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
