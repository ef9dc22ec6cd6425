extension HTTP2Connection {
  /// Once a second: reset flood counters and enforce the timeouts nghttp2 does not have.
  func housekeeping() {
    guard !isClosed else { return }
    let now = ContinuousClock.now
    overhead.newSecond()
    resets.newSecond()
    switch state {
    case .lingering(let until) where now >= until:
      close(reason: closeReason ?? "closed")
      return
    case .handshaking where now - openedAt > configuration.handshakeTimeout:
      handshakeTimedOut()
      return
    case .active
    where role == .server && !streamOpened && shutdown == nil
      && now - openedAt > configuration.handshakeTimeout:
      // Connected and then silent, or dribbling its preface: it holds a slot that others need.
      defences.record(.noRequest)
      session?.goAway(lastStreamID: 0, errorCode: 0, debugData: "no request in time")
      closeAfterGoAway(reason: "no request within \(configuration.handshakeTimeout)")
      return
    case .active where role == .server && shutdown == nil && agedAt.map { now >= $0 } == true:
      beginGracefulShutdown(debugData: "max_age", grace: configuration.maxConnectionAgeGrace)
    case .active:
      if let since = writeBlockedSince, now - since > configuration.writeTimeout {
        defences.record(.writeTimeout)
        close(reason: "peer stopped reading for \(configuration.writeTimeout)")
        return
      }
      if streamHandler.openStreamCount > 0 {
        idleSince = nil
      } else if idleSince == nil {
        idleSince = now
      }
      if let started = streamHandler.oldestIncompleteHeaderBlock,
        now - started > configuration.headerBlockTimeout
      {
        defend(.headerBlockTimeout, reason: "header block not finished in time")
      } else if streamHandler.openStreamCount == 0, let idleSince,
        now - idleSince > configuration.idleTimeout, shutdown == nil
      {
        session?.goAway(
          lastStreamID: session?.lastProcessedStreamID ?? 0, errorCode: 0, debugData: "idle")
        closeAfterGoAway(reason: "idle for \(configuration.idleTimeout)")
        return
      }
    default:
      break
    }
    housekeepingTimer = loop.schedule(after: .seconds(1)) { [self] in housekeeping() }
  }

  func handshakeTimedOut() {
    defences.record(.handshakeTimeout)
    defences.recordHandshakeFailure("timeout")
    close(reason: "TLS handshake timed out")
  }

  /// Starts a graceful shutdown: GOAWAY(2^31-1) and a PING; when the PING returns, a final
  /// GOAWAY with the last stream processed; then the connection closes once its streams have
  /// finished, or when the grace period ends (loop thread only).
  public func beginGracefulShutdown() {
    beginGracefulShutdown(debugData: "shutting down", grace: configuration.shutdownGracePeriod)
  }

  /// A graceful shutdown saying `debugData` in its GOAWAYs, closing after `grace` at the most.
  func beginGracefulShutdown(debugData: String, grace: Duration) {
    switch state {
    case .closed, .lingering:
      return  // a lingering connection closes by itself within seconds
    case .handshaking:
      close(reason: "server shutting down")
      return
    case .active:
      break
    }
    if var shutdown = self.shutdown {
      // Already draining (an aged connection, say): end no later than this shutdown asks.
      guard grace < shutdown.grace else { return }
      loop.cancel(shutdown.deadlineTimer)
      shutdown.deadlineTimer = loop.schedule(after: grace) { [self] in
        close(reason: "\(debugData): grace period over")
      }
      shutdown.grace = grace
      self.shutdown = shutdown
      return
    }
    guard let session else { return }
    // Draining, it no longer holds one of its client's connection slots: the connection
    // that replaces it must not be refused.
    releaseAdmission()
    session.goAway(lastStreamID: Int32.max, errorCode: 0, debugData: debugData)
    session.ping(GracefulShutdown.pingPayload)
    let timer = loop.schedule(after: grace) { [self] in
      close(reason: "\(debugData): grace period over")
    }
    shutdown = GracefulShutdown(deadlineTimer: timer, debugData: debugData, grace: grace)
    flush()
  }

  func pingAcknowledged(_ payload: UInt64) {
    guard payload == GracefulShutdown.pingPayload, sendFinalGoAway() else { return }
    scheduleFlush()
  }

  /// Submits a graceful shutdown's final GOAWAY (the last stream processed) unless it went
  /// already; whether it was submitted.
  func sendFinalGoAway() -> Bool {
    guard var shutdown, !shutdown.finalGoAwaySent, let session else { return false }
    session.goAway(
      lastStreamID: session.lastProcessedStreamID, errorCode: 0, debugData: shutdown.debugData)
    shutdown.finalGoAwaySent = true
    self.shutdown = shutdown
    return true
  }
}

/// Progress of a graceful shutdown.
struct GracefulShutdown {
  static let pingPayload: UInt64 = 0x5341_4D42_4149_4421  // "SAMBAID!"
  var deadlineTimer: EventLoop.TimerHandle
  var debugData = "shutting down"
  /// How long it was given (from when it began).
  var grace: Duration = .seconds(10)
  var finalGoAwaySent = false
}
