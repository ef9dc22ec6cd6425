public import RPC

/// Per-call options.
public struct CallOptions: Sendable {
  /// How long the call may take; sent as `grpc-timeout`, and enforced here too.
  public var timeout: Duration?
  /// Compress request messages with this encoding (`grpc-encoding`).
  public var compression: (any MessageCompressor)?
  /// Wait for a connection while the client is reconnecting, instead of failing fast with
  /// UNAVAILABLE.
  public var waitForReady: Bool
  /// Calls with the same affinity use the same connection of the client's pool (and its
  /// event loop); nil spreads calls over the ready connections.
  public var affinity: Int?

  /// Options with no deadline, no compression, failing fast.
  public init(
    timeout: Duration? = nil,
    compression: (any MessageCompressor)? = nil,
    waitForReady: Bool = false,
    affinity: Int? = nil
  ) {
    self.timeout = timeout
    self.compression = compression
    self.waitForReady = waitForReady
    self.affinity = affinity
  }

  /// The defaults.
  public static let defaults = CallOptions()
}
