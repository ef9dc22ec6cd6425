public import Logging
public import TLS

/// One HTTP/2 connection over TLS on a non-blocking socket, owned by one event loop.
///
/// It drives the handshake, feeds decrypted bytes to nghttp2, writes what nghttp2 produces
/// (coalesced into large TLS records), and enforces what nghttp2 does not: timeouts, frame
/// floods, the ping policy, and backpressure (a peer that does not read our writes is not
/// read from either).
public final class HTTP2Connection: EventLoopIOHandler, HTTP2SessionDelegate {
  enum State {
    case handshaking
    case active
    /// GOAWAY and close_notify sent, FIN sent; what the peer still sends is read and
    /// dropped, so closing does not answer it with a TCP reset that could destroy the
    /// GOAWAY before the peer reads it.
    case lingering(until: ContinuousClock.Instant)
    case closed
  }

  /// The loop that owns this connection.
  public let loop: EventLoop
  /// The socket.
  public let fileDescriptor: Int32
  /// The peer's address.
  public let remoteAddress: String
  /// The secure byte stream under HTTP/2: TLS on a socket, or memory (fuzzing).
  public let transport: any HTTP2Transport
  /// Which side this is.
  public let role: HTTP2Session.Role
  /// Limits and timeouts.
  public let configuration: HTTP2ConnectionConfiguration
  /// Where the defences this connection applies are counted.
  public let defences: HTTP2Defences
  let logger: Logger
  /// The HTTP/2 session, once the handshake has finished.
  public private(set) var session: HTTP2Session?
  /// The protocol logic above HTTP/2.
  public private(set) var streamHandler: (any HTTP2StreamHandler)!

  @exclusivity(unchecked) var state = State.handshaking
  /// A client waits for its socket to connect before the handshake starts.
  @exclusivity(unchecked) var awaitingConnect: Bool
  @exclusivity(unchecked) var outbound: [UInt8] = []
  @exclusivity(unchecked) var outboundOffset = 0
  @exclusivity(unchecked) var writeBlockedSince: ContinuousClock.Instant?
  @exclusivity(unchecked) var readingPaused = false
  /// While lingering: close_notify and FIN have been sent.
  @exclusivity(unchecked) var finSent = false
  @exclusivity(unchecked) var flushScheduled = false
  @exclusivity(unchecked) var housekeepingTimer: EventLoop.TimerHandle?
  let openedAt = ContinuousClock.now
  @exclusivity(unchecked) var idleSince: ContinuousClock.Instant?
  /// When this connection reaches its maximum age (server role, when configured).
  lazy var agedAt: ContinuousClock.Instant? = configuration.maxConnectionAge.map {
    openedAt + $0 * Double.random(in: 0.9...1.1)
  }
  /// Whether the peer has opened a stream yet (a server's connection must, within the
  /// handshake timeout).
  @exclusivity(unchecked) var streamOpened = false
  @exclusivity(unchecked) var overhead: OverheadLedger
  @exclusivity(unchecked) var resets: ResetLedger
  @exclusivity(unchecked) var pings = PingPolicyState()
  @exclusivity(unchecked) var shutdown: GracefulShutdown?
  /// Set inside nghttp2 callbacks when the connection must end; acted on after the call.
  @exclusivity(unchecked) var pendingTermination: String?
  /// Called once when the connection has closed.
  public var onClose: ((HTTP2Connection) -> Void)?
  /// Limits the connections per client (server role); set before ``start()``.
  public var admission: HTTP2Admission?
  /// The key this connection is counted under in ``admission``, once admitted.
  @exclusivity(unchecked) var admittedAs: String?
  /// Why the connection closed, once it has.
  public private(set) var closeReason: String?

  /// A connection; call ``start()`` on its loop.
  public init(
    loop: EventLoop,
    fileDescriptor: Int32,
    remoteAddress: String,
    transport: any HTTP2Transport,
    role: HTTP2Session.Role,
    configuration: HTTP2ConnectionConfiguration,
    defences: HTTP2Defences,
    logger: Logger,
    makeStreamHandler: (HTTP2Connection) -> any HTTP2StreamHandler
  ) {
    self.loop = loop
    self.defences = defences
    self.overhead = OverheadLedger(policy: configuration.overhead)
    self.resets = ResetLedger(minimumStreams: configuration.prematureResetMinimumStreams)
    self.fileDescriptor = fileDescriptor
    self.remoteAddress = remoteAddress
    self.transport = transport
    self.role = role
    self.awaitingConnect = role == .client
    self.configuration = configuration
    var logger = logger
    logger[metadataKey: "connection.peer"] = "\(remoteAddress)"
    self.logger = logger
    self.streamHandler = makeStreamHandler(self)
  }

  /// Registers with the loop and starts the handshake (loop thread only).
  public func start() throws(SocketError) {
    try loop.register(fileDescriptor, handler: self, readable: true, writable: role == .client)
    // Strong captures: a weak reference would give the connection a side table and slow
    // every retain and release on this hot object; cancelled timers are dropped by the heap.
    housekeepingTimer = loop.schedule(after: .seconds(1)) { [self] in housekeeping() }
  }

  /// Opens a client connection to `address` on `loop` (loop thread only): a non-blocking
  /// connect, then the TLS handshake with `serverName` verified, then HTTP/2.
  public static func connect(
    to address: SocketAddress,
    serverName: String,
    tlsContext: TLSContext,
    loop: EventLoop,
    configuration: HTTP2ConnectionConfiguration,
    defences: HTTP2Defences = HTTP2Defences(),
    logger: Logger,
    makeStreamHandler: (HTTP2Connection) -> any HTTP2StreamHandler
  ) throws -> HTTP2Connection {
    let fileDescriptor = try Socket.connect(to: address)
    let tls: TLSConnection
    do {
      tls = try TLSConnection(
        context: tlsContext, fileDescriptor: fileDescriptor, serverName: serverName)
    } catch {
      Socket.close(fileDescriptor)
      throw error
    }
    let connection = HTTP2Connection(
      loop: loop,
      fileDescriptor: fileDescriptor,
      remoteAddress: "\(address)",
      transport: tls,
      role: .client,
      configuration: configuration,
      defences: defences,
      logger: logger,
      makeStreamHandler: makeStreamHandler
    )
    do {
      try connection.start()
    } catch {
      connection.close(reason: "registration failed")
      throw error
    }
    return connection
  }

  /// Whether the connection is being ended (GOAWAY queued, closing once written): new
  /// streams are not started.
  public var isTerminating: Bool { pendingTermination != nil }

  /// Whether the connection has closed.
  public var isClosed: Bool {
    if case .closed = state { return true }
    return false
  }

  // MARK: I/O readiness

  public func handleIO(readable: Bool, writable: Bool, hangup: Bool) {
    switch state {
    case .closed:
      return
    case .handshaking:
      if awaitingConnect {
        // A client's non-blocking connect has finished, one way or the other.
        awaitingConnect = false
        let error = Socket.pendingError(fileDescriptor)
        guard error == 0 else {
          close(
            reason: "\(SocketError(operation: "connect to \(remoteAddress)", errorNumber: error))")
          return
        }
      }
      continueHandshake()
    case .active:
      if writable { flush() }
      if readable && !readingPaused { readAvailable() }
      if hangup && !readable { close(reason: "socket hang-up") }
    case .lingering:
      if writable { finishLingeringWrites() }
      if readable || hangup, !Socket.discardInput(fileDescriptor, buffer: loop.readBuffer) {
        close(reason: closeReason ?? "closed")
      }
    }
  }

  private func continueHandshake() {
    if .now - openedAt > configuration.handshakeTimeout {
      handshakeTimedOut()
      return
    }
    switch transport.handshake() {
    case .done:
      becomeActive()
    case .wantRead:
      loop.setInterest(fileDescriptor, readable: true, writable: false)
    case .wantWrite:
      loop.setInterest(fileDescriptor, readable: true, writable: true)
    case .closed:
      defences.recordHandshakeFailure("closed")
      close(reason: "peer closed during the TLS handshake")
    case .failed(let error):
      let text = "\(error)".lowercased()
      let reason =
        text.contains("certificate") || text.contains("verify")
        ? "certificate"
        : text.contains("protocol") || text.contains("alpn") || text.contains("version")
          ? "protocol" : "other"
      defences.recordHandshakeFailure(reason)
      // One line naming the peer and the reason (a client whose certificate is refused is
      // told little by TLS; the operator is told here), at most one a second.
      let metadata: Logger.Metadata = ["tls.failure": "\(reason)", "error": "\(error)"]
      if defences.mayLogHandshakeFailure() {
        logger.warning("TLS handshake failed", metadata: metadata)
      } else {
        logger.debug("TLS handshake failed", metadata: metadata)
      }
      close(reason: "TLS handshake failed: \(error)")
    }
  }

  private func becomeActive() {
    do throws(HTTP2Error) {
      session = try HTTP2Session(
        role: role,
        settings: configuration.settings,
        delegate: self,
        streamDelegate: streamHandler
      )
    } catch {
      logger.error("Could not create an HTTP/2 session", metadata: ["error": "\(error)"])
      close(reason: "session creation failed")
      return
    }
    state = .active
    loop.setInterest(fileDescriptor, readable: true, writable: false)
    if let admission, role == .server {
      let (key, limit) = admission.key(
        identity: transport.peerCertificate?.uriSANs.first, remoteAddress: remoteAddress)
      guard admission.admit(key, limit: limit) else {
        defences.record(.connectionsPerClient)
        logger.info(
          "Connection refused: too many for one client",
          metadata: ["client": "\(key)", "limit": .stringConvertible(limit ?? 0)])
        session?.goAway(
          lastStreamID: 0, errorCode: 0xb,
          debugData: "too many connections for \(key): at most \(limit ?? 0)")
        closeAfterGoAway(reason: "over the connection limit of \(key)")
        return
      }
      admittedAs = key
    }
    streamHandler.connectionDidBecomeActive(self)
    // The client preface or our SETTINGS go out now; data may already be waiting.
    flush()
    readAvailable()
  }

  private func readAvailable() {
    guard let session else { return }
    let buffer = loop.readBuffer
    // Bounded per wake-up so one busy peer cannot starve the loop's other connections.
    for _ in 0..<16 {
      switch transport.read(into: buffer) {
      case .done(let count):
        do throws(HTTP2Error) {
          try session.receive(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        } catch {
          failSession(error)
          return
        }
        guard case .active = state else { return }
        if let reason = pendingTermination {
          closeAfterGoAway(reason: reason)
          return
        }
      case .wantRead:
        scheduleFlush()
        return
      case .wantWrite:
        loop.setInterest(fileDescriptor, readable: true, writable: true)
        return
      case .closed:
        close(reason: "peer closed the connection")
        return
      case .failed(let error):
        logger.debug("TLS read failed", metadata: ["error": "\(error)"])
        close(reason: "TLS read failed: \(error)")
        return
      }
    }
    scheduleFlush()
  }

  private func failSession(_ error: HTTP2Error) {
    if error.isFlood {
      // Counted once: our own limit may have fired earlier in the same read.
      if pendingTermination == nil { defences.record(.libraryFlood) }
      logger.warning("Peer flooded the connection", metadata: ["error": "\(error)"])
    } else {
      logger.debug("HTTP/2 protocol error", metadata: ["error": "\(error)"])
    }
    // nghttp2 has queued a GOAWAY for protocol errors; send what we can, then close.
    closeAfterGoAway(reason: "HTTP/2 error: \(error)")
  }

  // MARK: Writing

  /// Asks for a flush after the current batch of events (loop thread only).
  public func scheduleFlush() {
    guard !flushScheduled, case .active = state else { return }
    flushScheduled = true
    loop.runBeforeSleep { [self] in
      flushScheduled = false
      flush()
    }
  }

  /// Moves handler output into nghttp2 and writes what it produces.
  public func flush() {
    guard case .active = state, let session else { return }
    streamHandler.prepareFlush()
    while true {
      if outboundOffset < outbound.count {
        guard writeOutbound() else { return }
      }
      do throws(HTTP2Error) {
        try session.send { bytes in
          outbound.append(contentsOf: bytes)
          return outbound.count < 64 * 1024
        }
      } catch {
        failSession(error)
        return
      }
      if outbound.isEmpty { break }
    }
    if !session.wantsRead && !session.wantsWrite {
      // A graceful shutdown whose streams all ended before its PING came back: its final
      // GOAWAY goes now (no stream can start any more), then the connection closes.
      if pendingTermination == nil, sendFinalGoAway() {
        flush()
        return
      }
      closeAfterGoAway(reason: pendingTermination ?? "HTTP/2 session finished")
    } else if shutdown?.finalGoAwaySent == true && streamHandler.openStreamCount == 0 {
      closeAfterGoAway(reason: "drained after GOAWAY")
    }
  }

  /// What writing the queued bytes came to.
  enum WriteOutcome {
    case written
    case blocked
    case failed(String)
  }

  /// Writes queued bytes until they are all out or the socket is full.
  private func writeQueued() -> WriteOutcome {
    while outboundOffset < outbound.count {
      let result = outbound.withUnsafeBytes { bytes in
        transport.write(UnsafeRawBufferPointer(rebasing: bytes[outboundOffset...]))
      }
      switch result {
      case .done(let count):
        outboundOffset += count
      case .wantWrite, .wantRead:
        return .blocked
      case .closed:
        return .failed("peer closed the connection")
      case .failed(let error):
        logger.debug("TLS write failed", metadata: ["error": "\(error)"])
        return .failed("TLS write failed: \(error)")
      }
    }
    return .written
  }

  /// Writes queued bytes; false when the socket is full (or the connection failed).
  private func writeOutbound() -> Bool {
    switch writeQueued() {
    case .written:
      break
    case .blocked:
      if writeBlockedSince == nil { writeBlockedSince = .now }
      // A peer that does not read is not read from: stop taking its requests.
      readingPaused = outbound.count - outboundOffset >= configuration.maxOutboundBuffer
      loop.setInterest(fileDescriptor, readable: !readingPaused, writable: true)
      return false
    case .failed(let reason):
      close(reason: reason)
      return false
    }
    outbound.removeAll(keepingCapacity: outbound.capacity <= 128 * 1024)
    outboundOffset = 0
    if writeBlockedSince != nil || readingPaused {
      writeBlockedSince = nil
      readingPaused = false
      loop.setInterest(fileDescriptor, readable: true, writable: false)
    }
    return true
  }

  // MARK: Closing

  /// Writes what nghttp2 has queued (the GOAWAY among it), then lingers (see
  /// ``State/lingering(until:)``) for at most two seconds before closing; streams end for
  /// the handler now (loop thread only).
  /// Gives back this connection's slot among its client's connections (once).
  func releaseAdmission() {
    guard let admittedAs else { return }
    admission?.release(admittedAs)
    self.admittedAs = nil
  }

  func closeAfterGoAway(reason: String) {
    guard case .active = state else { return }
    releaseAdmission()
    // GOAWAY is queued ahead of DATA in nghttp2: a bounded drain carries it.
    try? session?.send { bytes in
      outbound.append(contentsOf: bytes)
      return outbound.count - outboundOffset < configuration.maxOutboundBuffer
    }
    closeReason = reason
    logger.debug("Connection lingering", metadata: ["reason": "\(reason)"])
    state = .lingering(until: .now + .seconds(2))
    streamHandler.connectionDidClose()
    finishLingeringWrites()
  }

  /// Writes what is left (the GOAWAY last), then close_notify and FIN.
  private func finishLingeringWrites() {
    switch writeQueued() {
    case .written:
      break
    case .blocked:
      // The peer may be blocked writing to us: its input is drained meanwhile.
      loop.setInterest(fileDescriptor, readable: true, writable: true)
      return
    case .failed:
      close(reason: closeReason ?? "closed")
      return
    }
    guard !finSent else { return }
    finSent = true
    outbound = []
    outboundOffset = 0
    transport.shutdown()
    Socket.shutdownWrite(fileDescriptor)
    loop.setInterest(fileDescriptor, readable: true, writable: false)
  }

  /// Closes the socket now; streams end for the handler (loop thread only).
  public func close(reason: String) {
    guard !isClosed else { return }
    let wasLingering = if case .lingering = state { true } else { false }
    state = .closed
    closeReason = reason
    logger.debug(
      "Connection closed", metadata: ["reason": "\(reason)", "frames": "\(overhead.summary)"])
    if let housekeepingTimer { loop.cancel(housekeepingTimer) }
    if let timer = shutdown?.deadlineTimer { loop.cancel(timer) }
    loop.deregister(fileDescriptor)
    if !wasLingering { transport.shutdown() }
    Socket.close(fileDescriptor)
    if !wasLingering { streamHandler.connectionDidClose() }
    outbound = []
    // The session is freed with the connection, never here: close() can run inside an
    // nghttp2 callback, and the session must outlive the call into nghttp2.
    releaseAdmission()
    let onClose = self.onClose
    self.onClose = nil
    onClose?(self)
  }
}
