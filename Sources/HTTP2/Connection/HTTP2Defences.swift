internal import Synchronization

/// A defence against an abusive peer, as counted by ``HTTP2Defences``.
public enum HTTP2Defence: String, CaseIterable, Sendable, Hashable {
  /// Frames without work beyond what the peer's work pays for (GOAWAY ENHANCE_YOUR_CALM).
  case frameFlood = "frame_flood"
  /// Most recent streams reset before their response (Rapid Reset; GOAWAY ENHANCE_YOUR_CALM).
  case prematureResets = "premature_resets"
  /// PINGs too close together with nothing sent between (GOAWAY too_many_pings).
  case pingStrikes = "ping_strikes"
  /// nghttp2's own limits: too many queued control-frame answers or CONTINUATIONs.
  case libraryFlood = "library_flood"
  /// A stream refused because the handlers of reset streams still run (REFUSED_STREAM).
  case refusedStream = "refused_stream"
  /// A request's header list over SETTINGS_MAX_HEADER_LIST_SIZE (RESOURCE_EXHAUSTED).
  case headerListTooLarge = "header_list_too_large"
  /// The TLS handshake, or the client preface after it, did not finish in time.
  case handshakeTimeout = "handshake_timeout"
  /// A connection that sent no request (not even its preface and SETTINGS, or nothing after
  /// them) within the handshake timeout of opening: it holds a slot of the connection limit.
  case noRequest = "no_request"
  /// A client already held the connections its identity (or address) may hold.
  case connectionsPerClient = "connections_per_client"
  /// A header block (HEADERS + CONTINUATIONs) did not finish in time.
  case headerBlockTimeout = "header_block_timeout"
  /// The peer did not read what we wrote for the write timeout.
  case writeTimeout = "write_timeout"
}

/// How often each defence has fired, across the connections that share it (a server's, or a
/// client's). A real client at full speed must never make any of these move.
public final class HTTP2Defences: Sendable {
  private let counts = Mutex<[HTTP2Defence: Int]>([:])

  /// No defence fired yet.
  public init() {}

  private let handshakes = Mutex<[String: Int]>([:])

  /// Counts a TLS handshake that failed, by `reason` (`certificate`, `protocol`, `closed`,
  /// `timeout`, `other`).
  public func recordHandshakeFailure(_ reason: String) {
    handshakes.withLock { $0[reason, default: 0] += 1 }
  }

  /// Failed handshakes by reason so far.
  public var handshakeFailures: [String: Int] { handshakes.withLock { $0 } }

  private let lastHandshakeLog = Mutex<ContinuousClock.Instant?>(nil)

  /// Whether a failed handshake may be logged now: one line a second at most across the
  /// connections, so that a flood of bad handshakes cannot flood the log (the counter counts
  /// them all).
  public func mayLogHandshakeFailure() -> Bool {
    let now = ContinuousClock.now
    return lastHandshakeLog.withLock { last in
      if let last, now - last < .seconds(1) { return false }
      last = now
      return true
    }
  }

  /// Counts one firing of `defence`.
  public func record(_ defence: HTTP2Defence) {
    counts.withLock { $0[defence, default: 0] += 1 }
  }

  /// The counts so far; defences that never fired are absent.
  public var snapshot: [HTTP2Defence: Int] { counts.withLock { $0 } }

  /// Firings of every defence together.
  public var total: Int { counts.withLock { $0.values.reduce(0, +) } }
}
