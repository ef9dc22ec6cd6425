/// What a peer may spend on frames that do no work, paid for by the work it does.
///
/// A frame that neither opens a stream nor carries message bytes (WINDOW_UPDATE, PING,
/// SETTINGS, PRIORITY, RST_STREAM, an empty DATA frame without END_STREAM) costs one
/// unit of credit. Credit is earned by work: each stream opened and each DATA frame with a
/// payload, in either direction. Besides, a connection always has at least a floor of credit
/// at the start of each second, so a peer doing nothing may still send that many. A flood is
/// many such frames per stream or DATA frame of real work: the credit runs out and the
/// connection ends with GOAWAY ENHANCE_YOUR_CALM. A real client spends a few per stream
/// (grpc-core: two WINDOW_UPDATEs and at most one BDP PING per small call) and never does.
///
/// A value type without I/O: the connection feeds it the frames and acts on its answer.
package struct OverheadLedger {
  /// The kinds of frame that cost credit, for the reason given when it runs out.
  package enum Overhead: Int, CaseIterable {
    case windowUpdate, ping, settings, priority, rstStream, emptyData

    var frameName: String {
      switch self {
      case .windowUpdate: "WINDOW_UPDATE"
      case .ping: "PING"
      case .settings: "SETTINGS"
      case .priority: "PRIORITY"
      case .rstStream: "RST_STREAM"
      case .emptyData: "empty DATA"
      }
    }
  }

  let policy: HTTP2OverheadPolicy
  /// Frames without work the peer may still send.
  package private(set) var credit: Int
  /// This second's spending by kind, streams and DATA frames, for the reason.
  private var spent = [Int](repeating: 0, count: Overhead.allCases.count)
  private var streams = 0
  private var dataFrames = 0
  /// Over the connection's life: frames without work by kind, streams, DATA frames.
  private(set) var lifetime = (
    overhead: [Int](repeating: 0, count: Overhead.allCases.count), streams: 0, dataFrames: 0
  )

  package init(policy: HTTP2OverheadPolicy) {
    self.policy = policy
    self.credit = policy.floorPerSecond
  }

  /// A stream was opened: a request's HEADERS arrived (server) or went out (client).
  package mutating func streamOpened() {
    streams += 1
    lifetime.streams += 1
    earn(policy.creditPerStream)
  }

  /// A DATA frame with a payload arrived or went out.
  package mutating func dataFrameExchanged() {
    dataFrames += 1
    lifetime.dataFrames += 1
    earn(policy.creditPerDataFrame)
  }

  /// A frame that does no work arrived; false when the peer has no credit left for it.
  package mutating func spend(_ overhead: Overhead) -> Bool {
    spent[overhead.rawValue] += 1
    lifetime.overhead[overhead.rawValue] += 1
    credit -= 1
    return credit >= 0
  }

  /// A new second: the credit is topped up to the floor, earned credit above it is kept.
  package mutating func newSecond() {
    credit = max(credit, policy.floorPerSecond)
    spent = [Int](repeating: 0, count: Overhead.allCases.count)
    streams = 0
    dataFrames = 0
  }

  /// Why the credit ran out: the kind of frame sent most this second, with the numbers.
  package var exhaustionReason: String {
    let kind = Overhead.allCases.max { spent[$0.rawValue] < spent[$1.rawValue] } ?? .windowUpdate
    let total = spent.reduce(0, +)
    return
      "flood of \(kind.frameName) frames (\(total) frames without work this second against \(streams) streams and \(dataFrames) DATA frames)"
  }

  /// The lifetime counts, for the connection's closing log line.
  var summary: String {
    let frames = Overhead.allCases.filter { lifetime.overhead[$0.rawValue] > 0 }
      .map { "\($0.frameName) \(lifetime.overhead[$0.rawValue])" }
    return
      "\(lifetime.streams) streams, \(lifetime.dataFrames) DATA frames; without work: \(frames.isEmpty ? "none" : frames.joined(separator: ", "))"
  }

  private mutating func earn(_ amount: Int) {
    guard credit < policy.maximumCredit else { return }
    credit = min(credit + amount, policy.maximumCredit)
  }
}
