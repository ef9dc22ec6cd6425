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
  /// Frames without work (WINDOW_UPDATE, PING, SETTINGS, PRIORITY, RST_STREAM, empty DATA)
  /// a peer may send, relative to the streams and DATA frames of its real work.
  public var overhead = HTTP2OverheadPolicy()
  /// Streams opened before premature resets are judged; past that, a connection whose
  /// recent resets before a response exceed half its recent streams is ended (Rapid Reset).
  public var prematureResetMinimumStreams = 100
  /// A reset this soon after a request opened, before its response and its deadline, is
  /// premature.
  public var prematureResetWindow: Duration = .seconds(1)
  /// PINGs closer together than this, with no HEADERS or DATA sent between, earn a strike.
  /// Half the shortest keepalive interval gRPC clients allow (10 s), with or without calls.
  public var minPingInterval: Duration = .seconds(5)
  /// Strikes tolerated; the next one is answered with GOAWAY ENHANCE_YOUR_CALM.
  public var maxPingStrikes = 2
  /// Encrypted bytes queued for a slow reader before we stop reading from it.
  public var maxOutboundBuffer = 256 * 1024
  /// A graceful shutdown waits this long for running RPCs before closing anyway.
  public var shutdownGracePeriod: Duration = .seconds(10)
  /// A server connection older than this (±10 %, so that replicas' clients do not all move
  /// at once) is shut down gracefully with GOAWAY `max_age`, as grpc-go's MaxConnectionAge:
  /// its clients move to a new connection, and behind a load balancer, to new replicas.
  public var maxConnectionAge: Duration?
  /// How long an aged connection's running RPCs may take before it closes anyway.
  public var maxConnectionAgeGrace: Duration = .seconds(10)

  /// The defaults.
  public init() {}
}
