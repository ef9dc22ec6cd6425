internal import HTTP2
internal import RPC

/// The transport's state for one gRPC stream on one connection (loop thread only).
final class ServerStream {
  enum Phase {
    /// Collecting the request header block.
    case receivingHeaders
    /// Answered without a handler; remaining DATA is released and ignored.
    case rejected
    /// A handler runs.
    case running
  }

  let id: Int32
  @exclusivity(unchecked) var phase = Phase.receivingHeaders
  @exclusivity(unchecked) var head: RequestHeadParser
  @exclusivity(unchecked) var headerBlockStartedAt: ContinuousClock.Instant? = .now

  @exclusivity(unchecked) var deframer: MessageDeframer?
  @exclusivity(unchecked) var channel: ServerStreamChannel?
  @exclusivity(unchecked) var deadlineTimer: EventLoop.TimerHandle?
  @exclusivity(unchecked) var responseEncoding: String?

  /// Request bytes received and not yet released to flow control.
  @exclusivity(unchecked) var unconsumedBytes = 0
  @exclusivity(unchecked) var inboundEnded = false

  /// Response bytes waiting for nghttp2 to ask for them.
  @exclusivity(unchecked) var sendQueue = FramedMessageQueue()
  @exclusivity(unchecked) var headersSubmitted = false
  @exclusivity(unchecked) var dataDeferred = false
  /// Trailers to send once the queue is empty.
  @exclusivity(unchecked) var pendingTrailers: HTTP2HeaderBlock?
  @exclusivity(unchecked) var responseFinished = false
  /// RST_STREAM code to send after our END_STREAM (NO_ERROR when the client was still
  /// sending, CANCEL after a deadline).
  @exclusivity(unchecked) var resetAfterEnd: UInt32?

  init(id: Int32, maxHeaderListSize: Int) {
    self.id = id
    self.head = RequestHeadParser(maxHeaderListSize: maxHeaderListSize)
  }

  var hasQueuedData: Bool { !sendQueue.isEmpty }
}
