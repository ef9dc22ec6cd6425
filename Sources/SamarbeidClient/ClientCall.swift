internal import HTTP2
public import RPC
internal import Synchronization

/// One RPC from the client's side: where the caller's task and the connection's event loop
/// meet. The caller sends framed request messages and receives response messages, metadata
/// and the status; the transport takes the requests and delivers the responses.
///
/// All state is under one lock; every wait is released by the call's end or cancellation.
public final class ClientCall: Sendable {
  /// What the transport has to do for the call.
  struct TransportWork {
    var messages: [[UInt8]] = []
    var endOfRequest = false
    var cancel: RPCError?
    /// The caller has taken every queued response message: held credit can be released.
    var inboundDrained = false
  }

  private struct State {
    // Request side.
    var outbound: [[UInt8]] = []
    var requestEnded = false
    var endTaken = false
    var pendingOutboundBytes = 0
    var sendWaiter: CheckedContinuation<Void, any Error>?
    var retainedRequest: [[UInt8]] = []
    var cancellation: RPCError?
    var transportNotified = false
    var transport: (handler: any ClientCallTransport, streamID: Int32)?
    var attempts = 0
    var deadlineTimer: (loop: EventLoop, timer: EventLoop.TimerHandle)?
    // Response side.
    var responseHeaders: Metadata?
    var headersWaiters: [CheckedContinuation<Metadata, any Error>] = []
    var inbound = SmallQueue<InboundMessage>()
    var receiveWaiter: CheckedContinuation<InboundMessage?, any Error>?
    var inboundDrained = false
    var status: (Status, Metadata)?
    var statusWaiters: [CheckedContinuation<(Status, Metadata), Never>] = []
  }

  /// The method called.
  public let method: MethodDescriptor
  /// The request metadata.
  public let metadata: Metadata
  /// The call's options.
  public let options: CallOptions
  /// When the call gives up, if it has a deadline.
  public let deadline: ContinuousClock.Instant?
  /// Whether the whole request is known up front (unary, server streaming), so a call
  /// refused before the server processed it can be sent again elsewhere.
  let retryable: Bool
  private let highWatermark: Int
  private let state: Mutex<State>

  /// A call; with `request`, the whole request is known now and the call can be retried
  /// transparently if refused before the server processed it.
  init(
    method: MethodDescriptor,
    metadata: Metadata,
    options: CallOptions,
    request: [UInt8]? = nil,
    highWatermark: Int = 64 * 1024
  ) {
    self.method = method
    self.metadata = metadata
    self.options = options
    self.deadline = options.timeout.map { .now + $0 }
    self.retryable = request != nil
    self.highWatermark = highWatermark
    var initial = State()
    if let request {
      initial.outbound = [request]
      initial.retainedRequest = [request]
      initial.pendingOutboundBytes = request.count
      initial.requestEnded = true
    }
    state = Mutex(initial)
  }

  // MARK: Caller side

  /// Queues a framed request message; waits while the server reads slower than we send.
  /// - Throws: ``RPCError`` when the call has ended.
  public func send(_ framedMessage: [UInt8], endOfRequest: Bool = false) async throws {
    let (transport, shouldWait) = try state.withLock { state throws(RPCError) in
      if let status = state.status { throw Self.endedError(status.0) }
      if state.requestEnded {
        throw RPCError(code: .internal, message: "the request was already ended")
      }
      state.outbound.append(framedMessage)
      state.pendingOutboundBytes += framedMessage.count
      state.requestEnded = endOfRequest
      return (notifyIfNeeded(&state), state.pendingOutboundBytes > highWatermark)
    }
    transport?.handler.callHasWork(streamID: transport!.streamID)
    if shouldWait { try await waitForDrain() }
  }

  /// Ends the request stream (half-close).
  public func finishRequest() {
    let transport = state.withLock {
      state -> (handler: any ClientCallTransport, streamID: Int32)? in
      guard !state.requestEnded else { return nil }
      state.requestEnded = true
      return notifyIfNeeded(&state)
    }
    transport?.handler.callHasWork(streamID: transport!.streamID)
  }

  /// The response headers' metadata, once they arrive.
  /// - Throws: ``RPCError`` with the status if the call ends without headers.
  public func responseMetadata() async throws -> Metadata {
    try await withCheckedThrowingContinuation { continuation in
      let outcome = state.withLock { state -> Result<Metadata, any Error>? in
        if let headers = state.responseHeaders { return .success(headers) }
        if let status = state.status {
          return .failure(RPCError(status: status.0, metadata: status.1))
        }
        state.headersWaiters.append(continuation)
        return nil
      }
      if let outcome { continuation.resume(with: outcome) }
    }
  }

  /// The next response message, or nil after the last.
  /// - Throws: ``RPCError`` when the call ends with a status other than OK.
  public func receive() async throws -> InboundMessage? {
    let transportToNotify: (handler: any ClientCallTransport, streamID: Int32)?
    let immediate: Result<InboundMessage?, any Error>?
    (transportToNotify, immediate) = state.withLock { state in
      let result = takeReceived(&state)
      return (state.inboundDrained ? notifyIfNeeded(&state) : nil, result)
    }
    if let transportToNotify {
      transportToNotify.handler.callHasWork(streamID: transportToNotify.streamID)
    }
    if let immediate { return try immediate.get() }
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        let (notify, outcome) = state.withLock { state in
          let result = takeReceived(&state)
          if result == nil { state.receiveWaiter = continuation }
          return (state.inboundDrained ? notifyIfNeeded(&state) : nil, result)
        }
        if let notify { notify.handler.callHasWork(streamID: notify.streamID) }
        if let outcome { continuation.resume(with: outcome) }
      }
    } onCancel: {
      self.cancel()
    }
  }

  private func takeReceived(_ state: inout State) -> Result<InboundMessage?, any Error>? {
    if let message = state.inbound.popFirst() {
      if state.inbound.isEmpty { state.inboundDrained = true }
      return .success(message)
    }
    if let (status, trailers) = state.status {
      return status.code == .ok
        ? .success(nil) : .failure(RPCError(status: status, metadata: trailers))
    }
    return nil
  }

  /// The call's status and trailing metadata, once it has ended.
  public func status() async -> (Status, Metadata) {
    await withCheckedContinuation { continuation in
      let status = state.withLock { state -> (Status, Metadata)? in
        if let status = state.status { return status }
        state.statusWaiters.append(continuation)
        return nil
      }
      if let status { continuation.resume(returning: status) }
    }
  }

  /// Cancels the call: the stream is reset and the status becomes CANCELLED.
  public func cancel() {
    cancel(with: RPCError(code: .cancelled, message: "the call was cancelled"))
  }

  /// Cancels the call with `error` as its status.
  @usableFromInline
  func cancel(with error: RPCError) {
    let transport = state.withLock {
      state -> (handler: any ClientCallTransport, streamID: Int32)? in
      guard state.status == nil, state.cancellation == nil else { return nil }
      state.cancellation = error
      return notifyIfNeeded(&state) ?? state.transport
    }
    if let transport {
      transport.handler.callHasWork(streamID: transport.streamID)
    } else {
      // Not on a connection yet: end it here.
      finish(status: error.status, trailers: [:])
    }
  }

  /// Whether the call has ended.
  public var isFinished: Bool { state.withLock { $0.status != nil } }

  /// The status and trailers if the call has ended.
  public var statusIfFinished: (Status, Metadata)? { state.withLock { $0.status } }

  /// The response headers' metadata if they have arrived.
  public var receivedMetadata: Metadata? { state.withLock { $0.responseHeaders } }

  private func waitForDrain() async throws {
    try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation {
        (continuation: CheckedContinuation<Void, any Error>) in
        let outcome = state.withLock { state -> Result<Void, RPCError>? in
          if let status = state.status { return .failure(Self.endedError(status.0)) }
          if state.pendingOutboundBytes <= highWatermark / 2 { return .success(()) }
          state.sendWaiter = continuation
          return nil
        }
        if let outcome { continuation.resume(with: outcome) }
      }
    } onCancel: {
      self.cancel()
    }
  }

  private static func endedError(_ status: Status) -> RPCError {
    status.code == .ok
      ? RPCError(code: .internal, message: "the call has already ended")
      : RPCError(status: status)
  }

  private func notifyIfNeeded(_ state: inout State) -> (
    handler: any ClientCallTransport, streamID: Int32
  )? {
    guard let transport = state.transport, !state.transportNotified else { return nil }
    state.transportNotified = true
    return transport
  }

  // MARK: Transport side (the connection's loop)

  /// Binds the call to a stream; false when the call ended before it got one.
  func attach(to handler: any ClientCallTransport, streamID: Int32) -> Bool {
    state.withLock { state in
      guard state.status == nil else { return false }
      state.transport = (handler, streamID)
      state.transportNotified = false
      return true
    }
  }

  /// Counts a transparent retry; false once `limit` retries have been made.
  func countRetry(limit: Int) -> Bool {
    state.withLock { state in
      state.attempts += 1
      return state.attempts <= limit
    }
  }

  /// Starts the deadline timer on `loop` (its thread) the first time the call is placed.
  /// Returns false when the deadline has already passed.
  func armDeadline(on loop: EventLoop) -> Bool {
    guard let deadline, let timeout = options.timeout else { return true }
    let alreadyArmed = state.withLock { $0.deadlineTimer != nil || $0.status != nil }
    guard !alreadyArmed else { return true }
    guard deadline > .now else { return false }
    let timer = loop.schedule(at: deadline) { [self] in
      cancel(with: RPCError(code: .deadlineExceeded, message: "the deadline of \(timeout) passed"))
    }
    let armed = state.withLock { state in
      guard state.status == nil else { return false }
      state.deadlineTimer = (loop, timer)
      return true
    }
    if !armed { loop.cancel(timer) }
    return true
  }

  /// Unbinds the call from a refused stream so it can be sent again, with its whole request.
  /// Returns false when it cannot be retried.
  func detachForRetry() -> Bool {
    state.withLock { state in
      guard retryable, state.requestEnded, state.responseHeaders == nil, state.status == nil,
        state.cancellation == nil
      else { return false }
      state.transport = nil
      state.transportNotified = false
      state.outbound = state.retainedRequest
      state.endTaken = false
      state.pendingOutboundBytes = state.retainedRequest.reduce(0) { $0 + $1.count }
      return true
    }
  }

  func takeWork() -> TransportWork {
    state.withLock { state in
      state.transportNotified = false
      var work = TransportWork()
      swap(&work.messages, &state.outbound)
      if state.requestEnded && !state.endTaken && state.outbound.isEmpty {
        state.endTaken = true
        work.endOfRequest = true
      }
      work.cancel = state.cancellation
      work.inboundDrained = state.inboundDrained
      state.inboundDrained = false
      return work
    }
  }

  func outboundDrained(_ byteCount: Int) {
    let waiter = state.withLock { state -> CheckedContinuation<Void, any Error>? in
      state.pendingOutboundBytes -= byteCount
      guard state.pendingOutboundBytes <= highWatermark / 2, let waiter = state.sendWaiter else {
        return nil
      }
      state.sendWaiter = nil
      return waiter
    }
    waiter?.resume()
  }

  func deliverHeaders(_ metadata: Metadata) {
    let waiters = state.withLock { state -> [CheckedContinuation<Metadata, any Error>] in
      state.responseHeaders = metadata
      defer { state.headersWaiters = [] }
      return state.headersWaiters
    }
    for waiter in waiters { waiter.resume(returning: metadata) }
  }

  /// Hands a response message to the caller; returns whether messages now wait in the
  /// queue (the caller is behind, so the transport holds flow-control credit).
  func deliver(_ message: InboundMessage) -> Bool {
    let (waiter, queued) = state.withLock {
      state -> (CheckedContinuation<InboundMessage?, any Error>?, Bool) in
      guard state.status == nil else { return (nil, false) }
      if let waiter = state.receiveWaiter {
        state.receiveWaiter = nil
        return (waiter, false)
      }
      state.inbound.append(message)
      return (nil, true)
    }
    waiter?.resume(returning: message)
    return queued
  }

  /// Whether response messages wait for the caller.
  var hasQueuedMessages: Bool { state.withLock { !$0.inbound.isEmpty } }

  /// Ends the call with `status`; messages already delivered can still be received.
  func finish(status: Status, trailers: Metadata) {
    let (receiveWaiter, headersWaiters, statusWaiters, sendWaiter) = state.withLock { state in
      guard state.status == nil else {
        return (
          CheckedContinuation<InboundMessage?, any Error>?.none,
          [CheckedContinuation<Metadata, any Error>](),
          [CheckedContinuation<(Status, Metadata), Never>](),
          CheckedContinuation<Void, any Error>?.none
        )
      }
      state.status = (status, trailers)
      state.transport = nil
      state.retainedRequest = []
      if let (loop, timer) = state.deadlineTimer {
        state.deadlineTimer = nil
        if loop.inEventLoop { loop.cancel(timer) } else { loop.execute { loop.cancel(timer) } }
      }
      let receiveWaiter = state.inbound.isEmpty ? state.receiveWaiter : nil
      if receiveWaiter != nil { state.receiveWaiter = nil }
      defer {
        state.headersWaiters = []
        state.statusWaiters = []
        state.sendWaiter = nil
      }
      return (receiveWaiter, state.headersWaiters, state.statusWaiters, state.sendWaiter)
    }
    let error = RPCError(status: status, metadata: trailers)
    if let receiveWaiter {
      if status.code == .ok {
        receiveWaiter.resume(returning: nil)
      } else {
        receiveWaiter.resume(throwing: error)
      }
    }
    for waiter in headersWaiters { waiter.resume(throwing: error) }
    for waiter in statusWaiters { waiter.resume(returning: (status, trailers)) }
    sendWaiter?.resume(throwing: Self.endedError(status))
  }
}

/// The connection side of a call: told when the call has work for it.
protocol ClientCallTransport: AnyObject, Sendable {
  /// The call has request messages, an end, a cancellation or released bytes to take.
  func callHasWork(streamID: Int32)
}
