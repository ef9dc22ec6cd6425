internal import HTTP2
internal import RPC

/// The transport's state for one gRPC stream on one connection (loop thread only).
///
/// `@unchecked Sendable`: confined to its connection's event loop. A handler task holds a
/// reference only to hand it back to the loop when the handler returns.
final class ServerStream: @unchecked Sendable {
  enum Phase {
    /// Collecting the request header block.
    case receivingHeaders
    /// Answered without a handler; remaining DATA is released and ignored.
    case rejected
    /// A handler runs.
    case running
  }

  let id: Int32
  /// When the request's HEADERS began.
  let openedAt = ContinuousClock.now
  @exclusivity(unchecked) var phase = Phase.receivingHeaders
  @exclusivity(unchecked) var head: RequestHeadParser
  @exclusivity(unchecked) var headerBlockComplete = false
  /// The call's deadline, from `grpc-timeout`.
  @exclusivity(unchecked) var deadline: ContinuousClock.Instant?
  /// Whether the handler still runs.
  @exclusivity(unchecked) var handlerRunning = false
  /// Whether the handler ended the response itself (its trailers were taken): from then on
  /// it has no work left, only its task to return, however late that is on a busy machine.
  @exclusivity(unchecked) var handlerEndedResponse = false
  /// The stream closed before its handler ended the response (the client reset it, or the
  /// server ended it at a deadline or a bad message) while the handler still ran: the
  /// handler counts against the connection's cap until it returns.
  @exclusivity(unchecked) var orphaned = false

  @exclusivity(unchecked) var deframer: MessageDeframer?
  @exclusivity(unchecked) var channel: ServerStreamChannel?
  @exclusivity(unchecked) var deadlineTimer: EventLoop.TimerHandle?
  @exclusivity(unchecked) var responseEncoding: String?

  /// Bytes of whole request messages the handler has not taken: their stream-level
  /// flow-control credit is released as it takes them.
  @exclusivity(unchecked) var unconsumedBytes = 0
  /// The connection budget reserved for the request message in progress (its whole size on
  /// the wire), 0 while it has none.
  @exclusivity(unchecked) var reservedBytes = 0
  /// Bytes of the message in progress whose stream-level credit was released (admitted).
  @exclusivity(unchecked) var releasedPartialBytes = 0
  /// Bytes of the message in progress whose credit waits for a reservation.
  @exclusivity(unchecked) var heldPartialBytes = 0
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
