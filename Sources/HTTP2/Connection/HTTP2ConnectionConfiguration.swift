/// Timeouts and abuse limits of one HTTP/2 connection; nghttp2 has no timers and counts only
/// some floods, so these are the server's own.
public struct HTTP2ConnectionConfiguration: Sendable {
  /// HTTP/2 settings and nghttp2 limits.
  public var settings = HTTP2Settings()
  /// The TLS handshake must finish within this.
  public var handshakeTimeout: Duration = .seconds(10)
  /// A connection with no open stream for this long is closed with GOAWAY.
  public var idleTimeout: Duration = .seconds(300)
  /// A peer that does not read what we write for this long is disconnected.
  public var writeTimeout: Duration = .seconds(30)
  /// A header block (HEADERS + CONTINUATIONs) must complete within this.
  public var headerBlockTimeout: Duration = .seconds(10)
  /// Empty DATA frames (no END_STREAM) accepted per second.
  public var maxEmptyDataFramesPerSecond = 1000
  /// PRIORITY frames accepted per second.
  public var maxPriorityFramesPerSecond = 1000
  /// WINDOW_UPDATE frames accepted per second, plus one per KiB we sent that second.
  public var maxWindowUpdatesPerSecond = 1000
  /// PINGs closer together than this, with no HEADERS or DATA sent between, earn a strike.
  public var minPingInterval: Duration = .seconds(300)
  /// Strikes tolerated; the next one is answered with GOAWAY ENHANCE_YOUR_CALM.
  public var maxPingStrikes = 2
  /// Encrypted bytes queued for a slow reader before we stop reading from it.
  public var maxOutboundBuffer = 256 * 1024
  /// A graceful shutdown waits this long for running RPCs before closing anyway.
  public var shutdownGracePeriod: Duration = .seconds(10)

  /// The defaults.
  public init() {}
}
