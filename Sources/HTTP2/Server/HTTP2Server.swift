public import Logging
internal import Synchronization
public import TLS

/// Accepts TLS connections on every event loop (one SO_REUSEPORT listener each) and runs
/// HTTP/2 on them; the protocol above HTTP/2 comes from `makeStreamHandler`.
public final class HTTP2Server: Sendable {
  /// Where and how to listen.
  public struct Configuration: Sendable {
    /// Numeric address to bind, e.g. `127.0.0.1` or `::`.
    public var host: String
    /// Port; 0 picks a free one.
    public var port: Int
    /// Event loops (threads); one per core by default.
    public var threads: Int
    /// Connections accepted at once across all loops; more are closed on accept.
    public var maxConnections: Int
    /// Connections one client certificate identity may hold (nil: no limit); more are
    /// refused after the handshake with GOAWAY ENHANCE_YOUR_CALM saying why.
    public var maxConnectionsPerIdentity: Int? = 1000
    /// Connections one source address without a client certificate may hold (nil: no limit).
    public var maxConnectionsPerAddress: Int? = 256
    /// Per-connection limits.
    public var connection: HTTP2ConnectionConfiguration

    /// A configuration with defaults for everything but the address.
    public init(host: String, port: Int, threads: Int, maxConnections: Int = 10_000) {
      self.host = host
      self.port = port
      self.threads = max(1, threads)
      self.maxConnections = maxConnections
      self.connection = HTTP2ConnectionConfiguration()
    }
  }

  /// Makes the protocol logic for a new connection (on its loop).
  public typealias StreamHandlerFactory = @Sendable (HTTP2Connection) -> any HTTP2StreamHandler

  let configuration: Configuration
  let tlsContext: Mutex<TLSContext>
  let makeStreamHandler: StreamHandlerFactory
  let logger: Logger
  /// The event loops.
  public let loops: [EventLoop]
  let listeners: [HTTP2Listener]
  let connectionCount = Atomic<Int>(0)
  /// How often each defence fired on this server's connections.
  public let defences = HTTP2Defences()
  /// The connections each client holds.
  public let admission: HTTP2Admission
  private let drained = Mutex<(remaining: Int, waiters: [CheckedContinuation<Void, Never>])>(
    (0, []))

  /// Binds the listeners (so the port is known) without accepting yet.
  public init(
    configuration: Configuration,
    tlsContext: TLSContext,
    logger: Logger,
    makeStreamHandler: @escaping StreamHandlerFactory
  ) throws(SocketError) {
    // OpenSSL writes to sockets with write(2); a peer that has gone must not kill the process.
    Socket.ignoreBrokenPipeSignals()
    self.configuration = configuration
    self.admission = HTTP2Admission(
      maxPerIdentity: configuration.maxConnectionsPerIdentity,
      maxPerAddress: configuration.maxConnectionsPerAddress)
    self.tlsContext = Mutex(tlsContext)
    self.makeStreamHandler = makeStreamHandler
    self.logger = logger
    var loops: [EventLoop] = []
    for index in 0..<configuration.threads { loops.append(try EventLoop(index: index)) }
    self.loops = loops
    var listeners: [HTTP2Listener] = []
    var port = configuration.port
    for loop in loops {
      let fileDescriptor = try Socket.listen(host: configuration.host, port: port)
      if port == 0 { port = try Socket.localPort(of: fileDescriptor) }
      listeners.append(HTTP2Listener(loop: loop, fileDescriptor: fileDescriptor))
    }
    self.listeners = listeners
    self.port = port
  }

  /// The bound port.
  public let port: Int

  /// Connections open now (handshaking ones included).
  public var openConnections: Int { connectionCount.load(ordering: .relaxed) }

  /// Starts the loops and accepting.
  public func start() {
    for (loop, listener) in zip(loops, listeners) {
      loop.start()
      loop.execute { [self] in
        do throws(SocketError) {
          try listener.startAccepting(server: self)
        } catch {
          logger.error("Cannot accept connections", metadata: ["error": "\(error)"])
        }
      }
    }
  }

  /// Uses `context` for connections accepted from now on (certificate reload).
  public func replaceTLSContext(_ context: TLSContext) {
    tlsContext.withLock { $0 = context }
  }

  var currentTLSContext: TLSContext { tlsContext.withLock { $0 } }

  /// Stops accepting, shuts every connection down gracefully (GOAWAY, PING, final GOAWAY,
  /// drain within the grace period), then stops the loops.
  public func shutdownGracefully() async {
    drained.withLock { $0.remaining = loops.count }
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      drained.withLock { $0.waiters.append(continuation) }
      for (loop, listener) in zip(loops, listeners) {
        loop.execute { [self] in listener.beginShutdown { self.loopDrained() } }
      }
    }
    for loop in loops { loop.stop() }
    for loop in loops { loop.join() }
  }

  private func loopDrained() {
    let waiters = drained.withLock { state -> [CheckedContinuation<Void, Never>] in
      state.remaining -= 1
      guard state.remaining == 0 else { return [] }
      defer { state.waiters = [] }
      return state.waiters
    }
    for waiter in waiters { waiter.resume() }
  }
}
