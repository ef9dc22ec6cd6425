internal import HTTP2
public import Logging
public import RPC
internal import Synchronization
internal import TLS

/// A gRPC client over HTTP/2 (libnghttp2) and TLS (OpenSSL): one or more connections to
/// one server, each multiplexing many calls, on the client's own event-loop threads.
///
/// Calls are placed on the next ready connection, queued while it connects or is at the
/// server's MAX_CONCURRENT_STREAMS, and retried transparently elsewhere when the server
/// refuses them before processing (REFUSED_STREAM, GOAWAY). Call ``close()`` when done.
public final class GRPCClient: Sendable {
  /// Where and how the client connects.
  public let configuration: ClientConfiguration
  let loops: [EventLoop]
  let pool: ClientConnectionPool
  private let closed = Atomic<Bool>(false)

  /// A client for `configuration`; connections open when the first calls need them.
  /// - Throws: ``TLSError`` when the CA, certificate or key cannot be loaded; ``SocketError``
  ///   when the event loops cannot be created.
  public init(
    configuration: ClientConfiguration, logger: Logger = Logger(label: "samarbeid.client")
  ) throws {
    // OpenSSL writes with write(2): a server that has gone must not kill the process.
    Socket.ignoreBrokenPipeSignals()
    var tls = configuration.tls
    tls.applicationProtocols = ["h2"]
    let tlsContext = try TLSContext(configuration: tls, isServer: false)
    var loops: [EventLoop] = []
    for index in 0..<max(1, configuration.threads) { loops.append(try EventLoop(index: index)) }
    for loop in loops { loop.start() }
    self.configuration = configuration
    self.loops = loops
    self.pool = ClientConnectionPool(
      configuration: configuration, tlsContext: tlsContext, loops: loops, logger: logger)
  }

  /// What happened to the client's connections so far (ready, ended by the server, lost).
  public var connectionEvents: ClientConnectionEvents { pool.events }

  /// Starts a call whose request messages the caller sends (client or bidirectional
  /// streaming); end the request with ``ClientCall/finishRequest()``.
  public func makeCall(
    _ method: MethodDescriptor, metadata: Metadata = [:], options: CallOptions = .defaults
  ) -> ClientCall {
    start(ClientCall(method: method, metadata: metadata, options: options))
  }

  /// Starts a call whose whole request is one framed message (unary or server streaming);
  /// such a call is retried transparently when the server refuses it unprocessed.
  public func makeCall(
    _ method: MethodDescriptor, framedRequest: [UInt8], metadata: Metadata = [:],
    options: CallOptions = .defaults
  ) -> ClientCall {
    start(ClientCall(method: method, metadata: metadata, options: options, request: framedRequest))
  }

  private func start(_ call: ClientCall) -> ClientCall {
    if closed.load(ordering: .relaxed) {
      call.finish(
        status: Status(code: .unavailable, message: "the client is closed"), trailers: [:])
    } else if let reason = call.metadata.unsendableReason {
      // Refused before anything goes out: dropping it would change what the call means
      // (an idempotency key left out makes a retry unsafe).
      call.finish(status: Status(code: .invalidArgument, message: reason), trailers: [:])
    } else {
      pool.dispatch(call)
    }
    return call
  }

  /// Opens every connection of the pool now instead of when calls need them, and waits
  /// until all are ready.
  /// - Throws: ``RPCError`` (UNAVAILABLE) naming why a connection could not be made.
  public func connect() async throws(RPCError) {
    try await pool.connectAll()
  }

  /// The event loop that runs calls with `affinity` (see ``CallOptions/affinity``): a task
  /// that prefers it makes those calls without hopping threads.
  public func executor(forAffinity affinity: Int) -> any TaskExecutor {
    pool.subchannel(forAffinity: affinity).loop
  }

  /// Fails calls still queued or running with UNAVAILABLE, closes the connections and
  /// stops the event loops. Calls made afterwards fail at once. Not from a client loop.
  public func close() async {
    guard !closed.exchange(true, ordering: .relaxed) else { return }
    await pool.shutdown()
    for loop in loops { loop.stop() }
    for loop in loops { loop.join() }
  }
}
