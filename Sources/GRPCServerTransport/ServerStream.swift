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
  var phase = Phase.receivingHeaders
  var head: RequestHeadParser
  var headerBlockStartedAt: ContinuousClock.Instant? = .now

  var deframer: MessageDeframer?
  var channel: ServerStreamChannel?
  var deadlineTimer: EventLoop.TimerHandle?
  var responseEncoding: String?

  /// Request bytes received and not yet released to flow control.
  var unconsumedBytes = 0
  var inboundEnded = false

  /// Response bytes waiting for nghttp2 to ask for them.
  var sendQueue = SmallQueue<[UInt8]>()
  var sendQueueOffset = 0
  var headersSubmitted = false
  var dataDeferred = false
  /// Trailers to send once the queue is empty.
  var pendingTrailers: HTTP2HeaderBlock?
  var responseFinished = false
  /// RST_STREAM code to send after our END_STREAM (NO_ERROR when the client was still
  /// sending, CANCEL after a deadline).
  var resetAfterEnd: UInt32?

  init(id: Int32, maxHeaderListSize: Int) {
    self.id = id
    self.head = RequestHeadParser(maxHeaderListSize: maxHeaderListSize)
  }

  var hasQueuedData: Bool { !sendQueue.isEmpty }
}
