internal import Logging

extension HTTP2Connection {
  public func session(frameReceived frame: HTTP2FrameInfo) {
    switch frame.type {
    case HTTP2FrameInfo.data:
      if frame.length > 0 {
        overhead.dataFrameExchanged()
      } else if frame.flags & HTTP2FrameInfo.endStreamFlag == 0 {
        spend(.emptyData)
      }
    case HTTP2FrameInfo.headers where frame.opensStream:
      streamOpened = true
      overhead.streamOpened()
      resets.streamOpened()
    case HTTP2FrameInfo.priority:
      spend(.priority)
    case HTTP2FrameInfo.rstStream:
      spend(.rstStream)
      if role == .server, streamHandler.isPrematureReset(of: frame.streamID),
        !resets.prematureReset()
      {
        defend(.prematureResets, reason: resets.exhaustionReason)
      }
    case HTTP2FrameInfo.windowUpdate:
      spend(.windowUpdate)
    case HTTP2FrameInfo.settings where frame.flags & HTTP2FrameInfo.ackFlag == 0:
      spend(.settings)
      streamHandler.settingsReceived()
    case HTTP2FrameInfo.goAway:
      streamHandler.goAwayReceived(lastStreamID: frame.goAwayLastStreamID)
    case HTTP2FrameInfo.ping:
      if frame.flags & HTTP2FrameInfo.ackFlag != 0 {
        pingAcknowledged(frame.pingPayload)
        return
      }
      spend(.ping)
      if role == .server,
        pings.receivedPing(now: .now, minimumInterval: configuration.minPingInterval)
          > configuration.maxPingStrikes
      {
        // grpc-core recognises this exact text and doubles its keepalive interval.
        defend(.pingStrikes, reason: "too_many_pings")
      }
    default:
      break
    }
  }

  public func session(frameSent frame: HTTP2FrameInfo) {
    switch frame.type {
    case HTTP2FrameInfo.headers, HTTP2FrameInfo.data:
      pings.sentHeadersOrData()
      if frame.type == HTTP2FrameInfo.data, frame.length > 0 {
        overhead.dataFrameExchanged()
      } else if frame.opensStream {
        overhead.streamOpened()
      }
      if frame.flags & HTTP2FrameInfo.endStreamFlag != 0 {
        streamHandler.sentEndOfStream(on: frame.streamID)
      }
    default:
      break
    }
  }

  public func session(frameNotSent frame: HTTP2FrameInfo, error: HTTP2Error) {
    logger.warning(
      "nghttp2 could not send a frame",
      metadata: [
        "frame.type": "\(frame.type)", "stream.id": "\(frame.streamID)", "error": "\(error)",
      ])
    // Never a stream left waiting: its peer learns at once (INTERNAL_ERROR).
    if frame.type == HTTP2FrameInfo.headers, frame.streamID > 0 {
      session?.resetStream(frame.streamID, errorCode: 2)
    }
  }

  private func spend(_ frame: OverheadLedger.Overhead) {
    if !overhead.spend(frame) {
      defend(.frameFlood, reason: overhead.exhaustionReason)
    }
  }

  /// Counts `defence` and ends the connection with GOAWAY ENHANCE_YOUR_CALM and `reason`.
  func defend(_ defence: HTTP2Defence, reason: String) {
    guard pendingTermination == nil, !isClosed else { return }
    defences.record(defence)
    terminate(errorCode: Self.enhanceYourCalm, reason: reason)
  }

  /// HTTP/2 ENHANCE_YOUR_CALM.
  static let enhanceYourCalm: UInt32 = 0xB

  /// Sends GOAWAY with `errorCode` and closes once it is written (safe inside callbacks).
  public func terminate(errorCode: UInt32, reason: String) {
    guard pendingTermination == nil, let session else { return }
    logger.warning("Ending connection", metadata: ["reason": "\(reason)"])
    session.goAway(
      lastStreamID: session.lastProcessedStreamID, errorCode: errorCode, debugData: reason)
    session.stopReceiving()
    pendingTermination = reason
    loop.runBeforeSleep { [self] in closeAfterGoAway(reason: reason) }
  }
}

/// gRPC's keepalive enforcement: PINGs without HEADERS or DATA sent in between, closer
/// together than the minimum interval, earn strikes.
struct PingPolicyState {
  var lastPingReceived: ContinuousClock.Instant?
  var strikes = 0

  /// Records a PING; returns the strike count.
  mutating func receivedPing(now: ContinuousClock.Instant, minimumInterval: Duration) -> Int {
    if let last = lastPingReceived, now - last < minimumInterval { strikes += 1 }
    lastPingReceived = now
    return strikes
  }

  /// HEADERS or DATA went out: the peer's next PING is welcome.
  mutating func sentHeadersOrData() {
    lastPingReceived = nil
    strikes = 0
  }
}
