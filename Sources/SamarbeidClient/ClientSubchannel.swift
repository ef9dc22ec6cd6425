internal import DequeModule
internal import HTTP2
internal import Logging
internal import RPC
internal import Synchronization
internal import TLS

/// One connection slot of a client: connects when a call needs it, keeps the connection,
/// queues calls beyond the server's MAX_CONCURRENT_STREAMS and while connecting, moves on
/// to a new connection when the server sends GOAWAY, and reconnects with exponential
/// backoff after failures.
///
/// `@unchecked Sendable`: everything but ``readiness`` is confined to ``loop``; other
/// threads reach it through `loop.execute`.
final class ClientSubchannel: @unchecked Sendable {
  enum Phase {
    case idle
    case resolving
    case connecting(ClientConnection)
    case ready(ClientConnection)
    case backingOff(failure: String)
    case shutdown
  }

  /// What the picker sees, without hopping to the loop.
  enum Readiness: Int {
    case idle, connecting, ready, transientFailure, shutdown
  }

  let index: Int
  let loop: EventLoop
  let configuration: ClientConfiguration
  let tlsContext: TLSContext
  let logger: Logger
  /// Set once by the pool before any call.
  unowned(unsafe) var pool: ClientConnectionPool!
  private let readinessValue = Atomic<Int>(Readiness.idle.rawValue)
  @exclusivity(unchecked) private var phase = Phase.idle
  @exclusivity(unchecked) private var waiting = Deque<ClientCall>()
  @exclusivity(unchecked) private var consecutiveFailures = 0
  /// Every connection not yet closed, draining ones included.
  @exclusivity(unchecked) private var connections: [ObjectIdentifier: HTTP2Connection] = [:]
  @exclusivity(unchecked) private var onShutdown: (() -> Void)?
  /// Waiting for the next connection to become ready (or fail).
  @exclusivity(unchecked) private var readyWaiters: [(Result<Void, RPCError>) -> Void] = []

  init(
    index: Int, loop: EventLoop, configuration: ClientConfiguration, tlsContext: TLSContext,
    logger: Logger
  ) {
    self.index = index
    self.loop = loop
    self.configuration = configuration
    self.tlsContext = tlsContext
    var logger = logger
    logger[metadataKey: "subchannel"] = "\(index)"
    self.logger = logger
  }

  var readiness: Readiness { Readiness(rawValue: readinessValue.load(ordering: .relaxed)) ?? .idle }

  private func setPhase(_ phase: Phase) {
    self.phase = phase
    let readiness: Readiness =
      switch phase {
      case .idle: .idle
      case .resolving, .connecting: .connecting
      case .ready: .ready
      case .backingOff: .transientFailure
      case .shutdown: .shutdown
      }
    readinessValue.store(readiness.rawValue, ordering: .relaxed)
  }

  private var target: String { "\(configuration.host):\(configuration.port)" }

  // MARK: Placing calls (loop thread)

  /// Starts `call` on the connection, or queues it, or fails it fast.
  func dispatch(_ call: ClientCall) {
    guard !call.isFinished else { return }
    guard call.armDeadline(on: loop) else {
      call.finish(
        status: Status(
          code: .deadlineExceeded, message: "the deadline passed before the call started"),
        trailers: [:])
      return
    }
    switch phase {
    case .ready(let connection):
      if waiting.isEmpty && connection.canStartStream {
        connection.start(call)
      } else {
        waiting.append(call)
      }
    case .resolving, .connecting:
      waiting.append(call)
    case .idle:
      waiting.append(call)
      connect()
    case .backingOff(let failure):
      if call.options.waitForReady {
        waiting.append(call)
      } else {
        call.finish(status: unavailable(failure), trailers: [:])
      }
    case .shutdown:
      call.finish(
        status: Status(code: .unavailable, message: "the client is closed"), trailers: [:])
    }
  }

  private func unavailable(_ failure: String) -> Status {
    // A refused certificate stays refused: waiting would not help, a valid one would.
    let lowered = failure.lowercased()
    guard !lowered.contains("certificate") && !lowered.contains("unknown ca") else {
      return Status(
        code: .unavailable,
        message:
          "cannot reach \(target): \(failure); the server does not accept this client's certificate (revoked, expired or of another CA): use a valid one"
      )
    }
    return Status(
      code: .unavailable,
      message: "cannot reach \(target): \(failure) (set waitForReady to wait for reconnection)")
  }

  /// Starts queued calls while the connection has room.
  func startWaiting() {
    guard case .ready(let connection) = phase else { return }
    while let call = waiting.first, connection.canStartStream {
      waiting.removeFirst()
      if !call.isFinished { connection.start(call) }
    }
  }

  // MARK: Connecting (loop thread)

  /// Connects now if idle, without waiting for a call.
  func connectIfIdle() {
    if case .idle = phase { connect() }
  }

  /// Connects if needed and reports when the connection is ready or has failed.
  func whenReady(_ done: @escaping (Result<Void, RPCError>) -> Void) {
    switch phase {
    case .ready:
      done(.success(()))
    case .shutdown:
      done(.failure(RPCError(code: .unavailable, message: "the client is closed")))
    case .backingOff(let failure):
      done(.failure(RPCError(status: unavailable(failure))))
    case .idle:
      readyWaiters.append(done)
      connect()
    case .resolving, .connecting:
      readyWaiters.append(done)
    }
  }

  private func resolveReadyWaiters(_ result: Result<Void, RPCError>) {
    let waiters = readyWaiters
    readyWaiters.removeAll()
    for waiter in waiters { waiter(result) }
  }

  private func connect() {
    let host = configuration.host
    let port = configuration.port
    if SocketAddress.isNumeric(host) {
      open(Result { () throws(SocketError) in try SocketAddress.resolve(host: host, port: port) })
      return
    }
    setPhase(.resolving)
    // A DNS lookup blocks: do it off the loop.
    Task.detached { [self] in
      let address = Result { () throws(SocketError) in
        try SocketAddress.resolve(host: host, port: port)
      }
      loop.execute { self.open(address) }
    }
  }

  private func open(_ address: Result<SocketAddress, SocketError>) {
    switch phase {
    case .idle, .resolving: break
    default: return  // shut down meanwhile
    }
    let connection: HTTP2Connection
    var handler: ClientConnection?
    do {
      connection = try HTTP2Connection.connect(
        to: address.get(),
        serverName: configuration.serverName ?? configuration.host,
        tlsContext: tlsContext,
        loop: loop,
        configuration: configuration.connection,
        defences: pool.events.defences,
        logger: logger
      ) { connection in
        let made = ClientConnection(
          connection: connection, subchannel: self, configuration: configuration)
        handler = made
        return made
      }
    } catch {
      connectionFailed("\(error)")
      return
    }
    connections[ObjectIdentifier(connection)] = connection
    setPhase(.connecting(handler!))
  }

  private func connectionFailed(_ failure: String) {
    consecutiveFailures += 1
    let delay = ReconnectBackoff(
      base: configuration.reconnectBackoff, maximum: configuration.maxReconnectBackoff
    ).delay(afterFailures: consecutiveFailures)
    logger.debug(
      "Cannot connect",
      metadata: ["target": "\(target)", "error": "\(failure)", "retry_in": "\(delay)"])
    setPhase(.backingOff(failure: failure))
    resolveReadyWaiters(.failure(RPCError(status: unavailable(failure))))
    let queued = waiting
    waiting.removeAll()
    for call in queued {
      if call.options.waitForReady {
        waiting.append(call)
      } else {
        call.finish(status: unavailable(failure), trailers: [:])
      }
    }
    loop.schedule(after: delay) { [self] in
      guard case .backingOff = phase else { return }
      waiting.removeAll { $0.isFinished }
      setPhase(.idle)
      if !waiting.isEmpty { connect() }
    }
  }

  // MARK: Connection events (loop thread)

  func connectionReady(_ handler: ClientConnection) {
    guard case .connecting(let current) = phase, current === handler else { return }
    consecutiveFailures = 0
    pool.events.record { $0.ready += 1 }
    setPhase(.ready(handler))
    resolveReadyWaiters(.success(()))
    startWaiting()
  }

  /// The server sent GOAWAY: new calls go to a new connection.
  func connectionDraining(_ handler: ClientConnection) {
    switch phase {
    case .ready(let current) where current === handler,
      .connecting(let current) where current === handler:
      if case .ready = phase { pool.events.record { $0.goAways += 1 } }
      setPhase(.idle)
      if !waiting.isEmpty { connect() }
    default:
      break
    }
  }

  func streamClosed(on handler: ClientConnection) {
    guard !waiting.isEmpty, case .ready(let current) = phase, current === handler else { return }
    handler.wantsWaitingCalls = true
  }

  func connectionClosed(_ handler: ClientConnection, reason: String) {
    connections.removeValue(forKey: ObjectIdentifier(handler.connection))
    switch phase {
    case .connecting(let current) where current === handler:
      connectionFailed(reason)
    case .ready(let current) where current === handler:
      logger.debug("Connection lost", metadata: ["target": "\(target)", "reason": "\(reason)"])
      pool.events.record { $0.lost += 1 }
      setPhase(.idle)
      if !waiting.isEmpty { connect() }
    default:
      break
    }
    if connections.isEmpty, let onShutdown {
      self.onShutdown = nil
      onShutdown()
    }
  }

  // MARK: Shutting down (loop thread)

  /// Fails queued calls, closes every connection (failing the calls on them) and calls
  /// `done` once all have closed.
  func shutdown(_ done: @escaping () -> Void) {
    setPhase(.shutdown)
    resolveReadyWaiters(.failure(RPCError(code: .unavailable, message: "the client was closed")))
    let queued = waiting
    waiting.removeAll()
    for call in queued {
      call.finish(
        status: Status(code: .unavailable, message: "the client was closed"), trailers: [:])
    }
    guard !connections.isEmpty else {
      done()
      return
    }
    onShutdown = done
    for connection in connections.values { connection.close(reason: "the client was closed") }
  }
}
