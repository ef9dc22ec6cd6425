internal import Logging

extension HTTP2Connection {
  public func session(frameReceived frame: HTTP2FrameInfo) {
    switch frame.type {
    case HTTP2FrameInfo.data
    where frame.length == 0 && frame.flags & HTTP2FrameInfo.endStreamFlag == 0:
      counters.emptyData += 1
      if counters.emptyData > configuration.maxEmptyDataFramesPerSecond {
        terminate(errorCode: Self.enhanceYourCalm, reason: "flood of empty DATA frames")
      }
    case HTTP2FrameInfo.priority:
      counters.priority += 1
      if counters.priority > configuration.maxPriorityFramesPerSecond {
        terminate(errorCode: Self.enhanceYourCalm, reason: "flood of PRIORITY frames")
      }
    case HTTP2FrameInfo.windowUpdate:
      counters.windowUpdates += 1
      if counters.windowUpdates > configuration.maxWindowUpdatesPerSecond + counters.bytesSent
        / 1024
      {
        terminate(errorCode: Self.enhanceYourCalm, reason: "flood of WINDOW_UPDATE frames")
      }
    case HTTP2FrameInfo.settings where frame.flags & HTTP2FrameInfo.ackFlag == 0:
      streamHandler.settingsReceived()
    case HTTP2FrameInfo.goAway:
      streamHandler.goAwayReceived(lastStreamID: frame.goAwayLastStreamID)
    case HTTP2FrameInfo.ping:
      if frame.flags & HTTP2FrameInfo.ackFlag != 0 {
        pingAcknowledged(frame.pingPayload)
      } else if role == .server,
        pings.receivedPing(now: .now, minimumInterval: configuration.minPingInterval)
          > configuration.maxPingStrikes
      {
        terminate(errorCode: Self.enhanceYourCalm, reason: "too_many_pings")
      }
    default:
      break
    }
  }

  public func session(frameSent frame: HTTP2FrameInfo) {
    switch frame.type {
    case HTTP2FrameInfo.headers, HTTP2FrameInfo.data:
      pings.sentHeadersOrData()
      counters.bytesSent += frame.length
      if frame.flags & HTTP2FrameInfo.endStreamFlag != 0 {
        streamHandler.sentEndOfStream(on: frame.streamID)
      }
    default:
      break
    }
  }

  /// HTTP/2 ENHANCE_YOUR_CALM.
  static let enhanceYourCalm: UInt32 = 0xB

  /// Sends GOAWAY with `errorCode` and closes once it is written (safe inside callbacks).
  public func terminate(errorCode: UInt32, reason: String) {
    guard pendingTermination == nil, let session else { return }
    logger.warning("Ending connection", metadata: ["reason": "\(reason)"])
    session.goAway(
      lastStreamID: session.lastProcessedStreamID, errorCode: errorCode, debugData: reason)
    pendingTermination = reason
    scheduleFlush()
    loop.runBeforeSleep { [self] in
      if !isClosed { close(reason: reason) }
    }
  }
}

/// Frames counted per second for flood detection.
struct FrameCounters {
  var emptyData = 0
  var priority = 0
  var windowUpdates = 0
  var bytesSent = 0
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
