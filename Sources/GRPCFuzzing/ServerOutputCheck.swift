/// What a server may never write, whatever its client sent: the fuzzers' oracle beside
/// "no crash, no leak".
public enum ServerOutputCheck {
  /// The rules `output` (everything a server connection wrote) breaks; empty when none.
  public static func problems(in output: [UInt8]) -> [String] {
    let (frames, leftover) = RawFrame.frames(in: output)
    var problems: [String] = []
    if leftover != 0 { problems.append("output ends in a partial frame (\(leftover) bytes)") }
    guard let first = frames.first else { return problems }
    if first.type != RawFrame.settings || first.flags & RawFrame.ack != 0 {
      problems.append("the server's first frame is \(first), not its SETTINGS")
    }
    var goAwayLastStream: UInt32?
    for frame in frames {
      switch frame.type {
      case RawFrame.settings, RawFrame.ping, RawFrame.goAway:
        if frame.streamID != 0 { problems.append("\(frame) on a stream") }
        if frame.type == RawFrame.goAway {
          let last = frame.lastStreamID
          if let previous = goAwayLastStream, last > previous {
            problems.append("GOAWAY raised its last stream from \(previous) to \(last)")
          }
          goAwayLastStream = last
        }
      case RawFrame.headers, RawFrame.data, RawFrame.rstStream:
        if frame.streamID == 0 || frame.streamID % 2 == 0 {
          problems.append("\(frame) on a stream the client cannot have opened")
        }
        if frame.type == RawFrame.headers, let last = goAwayLastStream, frame.streamID > last {
          problems.append("\(frame) answers a stream above GOAWAY's last (\(last))")
        }
      case RawFrame.windowUpdate:
        break
      default:
        problems.append("\(frame) is of a type a gRPC server never sends")
      }
    }
    return problems
  }
}
