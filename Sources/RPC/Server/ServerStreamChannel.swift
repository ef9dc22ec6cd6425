internal import Synchronization

/// Where a transport and an RPC handler meet for one stream.
///
/// The transport (on its event-loop thread) delivers request messages and takes response
/// parts; the handler (an async task) receives messages and sends parts. Both sides only
/// touch the state under one lock, and every wait is released by cancellation.
///
/// Backpressure both ways: messages the handler has not taken yet are not reported as
/// consumed, so HTTP/2 flow control stops the client; a handler whose sent bytes the
/// transport has not handed to HTTP/2 above `highWatermark` waits until they drain.
public final class ServerStreamChannel: Sendable {
  /// A piece of the response, in order: headers, messages, trailers.
  public enum OutboundPart: Sendable {
    /// Response headers carrying the handler's initial metadata.
    case headers(Metadata)
    /// One framed message (prefix included).
    case message([UInt8])
    /// The end: status and trailing metadata.
    case trailers(Status, Metadata)
  }

  /// What the transport has to do for this stream.
  public struct TransportWork: Sendable {
    /// Response parts to send, in order.
    public var parts: [OutboundPart]
    /// Request bytes the handler has taken since the last call, to release to flow control.
    public var consumedBytes: Int
  }

  /// The handler's controls over its response, kept under the channel's lock so that the
  /// unary path sends headers, message and trailers in one step.
  package struct ResponseControls {
    package var initialMetadata = Metadata()
    package var trailingMetadata = Metadata()
    package var headersSent = false
    package var compressResponses = false
    package var lastRequestWasCompressed = false
    package var values: [ObjectIdentifier: any Sendable] = [:]
  }

  fileprivate struct State {
    var controls = ResponseControls()
    var inbound = SmallQueue<(message: InboundMessage, wireSize: Int)>()
    var inboundEnded = false
    var failure: RPCError?
    var receiveWaiter: CheckedContinuation<InboundMessage?, any Error>?
    var consumedBytes = 0
    /// Request and response bytes (gRPC framing included), for access logs and metrics.
    var requestBytes = 0
    var responseBytes = 0
    var outbound: [OutboundPart] = []
    var pendingOutboundBytes = 0
    var sendWaiter: CheckedContinuation<Void, any Error>?
    var finished = false
    /// The status the server ends this call with instead of the handler's (see `interrupt`).
    var interruption: Status?
    var transportNotified = false
    var task: Task<Void, Never>?
  }

  private let state = Mutex(State())
  private let highWatermark: Int
  private let transport: any ServerStreamTransport
  private let streamID: Int32

  /// A channel for one stream of `transport`.
  /// - Parameters:
  ///   - streamID: the stream, passed back in ``ServerStreamTransport/streamHasWork(_:)``.
  ///   - highWatermark: response bytes not yet handed to HTTP/2 above which `send` waits.
  ///   - transport: told (from any thread) when parts or consumed bytes are ready, and told
  ///     again only after ``takeTransportWork()``.
  public init(streamID: Int32, highWatermark: Int = 64 * 1024, transport: any ServerStreamTransport)
  {
    self.streamID = streamID
    self.highWatermark = highWatermark
    self.transport = transport
  }

  /// A channel that calls `onTransportWork` when there is work (for tests and tools).
  public convenience init(
    highWatermark: Int = 64 * 1024, onTransportWork: @escaping @Sendable () -> Void
  ) {
    self.init(
      streamID: 0, highWatermark: highWatermark, transport: ClosureTransport(onTransportWork))
  }

  private func onTransportWork() { transport.streamHasWork(streamID) }

  // MARK: Transport side

  /// Delivers a request message to the handler.
  /// - Parameters:
  ///   - wireSize: its bytes still to be released to flow control once the handler takes it.
  ///   - onWire: the bytes it took on the wire, for access logs and metrics (`wireSize`
  ///     unless part of it was released early).
  public func deliver(_ message: InboundMessage, wireSize: Int, onWire: Int? = nil) {
    let waiter = state.withLock { state -> CheckedContinuation<InboundMessage?, any Error>? in
      guard state.failure == nil else { return nil }
      state.requestBytes += onWire ?? wireSize
      if let waiter = state.receiveWaiter {
        state.receiveWaiter = nil
        state.consumedBytes += wireSize
        state.controls.lastRequestWasCompressed = message.wasCompressed
        return waiter
      }
      state.inbound.append((message, wireSize))
      return nil
    }
    waiter?.resume(returning: message)
  }

  /// Request and response bytes so far (gRPC framing included).
  public var byteCounts: (request: Int, response: Int) {
    state.withLock { ($0.requestBytes, $0.responseBytes) }
  }

  /// Whether request messages wait for the handler to take them (it is behind).
  public var hasQueuedMessages: Bool { state.withLock { !$0.inbound.isEmpty } }

  /// Tells the handler the client has sent its last message.
  public func deliverEnd() {
    let waiter = state.withLock { state -> CheckedContinuation<InboundMessage?, any Error>? in
      state.inboundEnded = true
      guard state.inbound.isEmpty else { return nil }
      defer { state.receiveWaiter = nil }
      return state.receiveWaiter
    }
    waiter?.resume(returning: nil)
  }

  /// Ends the stream for the handler: waits throw `error` and the task is cancelled.
  /// Whatever the handler sends afterwards is dropped.
  public func cancel(_ error: RPCError) {
    let (receiveWaiter, sendWaiter, task) = state.withLock { state in
      guard state.failure == nil else {
        return (
          CheckedContinuation<InboundMessage?, any Error>?.none,
          CheckedContinuation<Void, any Error>?.none, Task<Void, Never>?.none
        )
      }
      state.failure = error
      state.finished = true
      state.outbound.removeAll()
      defer {
        state.receiveWaiter = nil
        state.sendWaiter = nil
      }
      return (state.receiveWaiter, state.sendWaiter, state.task)
    }
    receiveWaiter?.resume(throwing: error)
    sendWaiter?.resume(throwing: error)
    task?.cancel()
  }

  /// Ends the call from the server's side while its stream stays open (a long-lived call at
  /// shutdown): the handler's task is cancelled, what it sends from now on is refused with
  /// `status`, and the call ends with `status` whatever the handler returns. Does nothing to a
  /// call that has ended or whose response is finished.
  public func interrupt(_ status: Status) {
    let (receiveWaiter, sendWaiter, task) = state.withLock { state in
      guard state.failure == nil, !state.finished, state.interruption == nil else {
        return (
          CheckedContinuation<InboundMessage?, any Error>?.none,
          CheckedContinuation<Void, any Error>?.none, Task<Void, Never>?.none
        )
      }
      state.interruption = status
      defer {
        state.receiveWaiter = nil
        state.sendWaiter = nil
      }
      return (state.receiveWaiter, state.sendWaiter, state.task)
    }
    // Waits end with the interruption (as every later one does); the stream stays open for
    // the status.
    receiveWaiter?.resume(throwing: RPCError(status: status))
    sendWaiter?.resume(throwing: RPCError(status: status))
    task?.cancel()
  }

  /// The handler's task was cancelled while it waited: the call is cancelled, unless the
  /// server interrupted it (its waits already ended with the interruption, and its stream
  /// stays open to carry that status).
  private func handlerTaskCancelled() {
    guard interruption == nil else { return }
    cancel(RPCError(code: .cancelled, message: "the RPC was cancelled"))
  }

  /// The status the server ends this call with, if it interrupted it.
  public var interruption: Status? { state.withLock { $0.interruption } }

  /// The handler's task, cancelled with the stream.
  public func attach(task: Task<Void, Never>) {
    let cancelled = state.withLock { state in
      state.task = task
      return state.failure != nil || state.interruption != nil
    }
    if cancelled { task.cancel() }
  }

  /// Takes the parts to send and the bytes to release, and re-arms `onTransportWork`.
  public func takeTransportWork() -> TransportWork {
    state.withLock { state in
      state.transportNotified = false
      var parts: [OutboundPart] = []
      swap(&parts, &state.outbound)
      let work = TransportWork(parts: parts, consumedBytes: state.consumedBytes)
      state.consumedBytes = 0
      return work
    }
  }

  /// Reports that `byteCount` bytes of sent messages were handed to HTTP/2.
  public func outboundDrained(_ byteCount: Int) {
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

  /// Whether the handler waits to receive or for its sent bytes to drain (for tests).
  package var handlerIsWaiting: Bool {
    state.withLock { $0.receiveWaiter != nil || $0.sendWaiter != nil }
  }

  /// Whether the stream was cancelled or failed.
  public var isCancelled: Bool { state.withLock { $0.failure != nil } }

  // MARK: Handler side

  /// The next request message, or nil after the client's last one.
  /// - Throws: ``RPCError`` when the stream was cancelled or failed.
  public func receive() async throws -> InboundMessage? {
    enum Immediate {
      case message(InboundMessage)
      case end
      case failure(RPCError)
    }
    func takeImmediate(_ state: inout State) -> Immediate? {
      if let failure = state.failure { return .failure(failure) }
      if let interruption = state.interruption { return .failure(RPCError(status: interruption)) }
      if let (message, wireSize) = state.inbound.popFirst() {
        state.consumedBytes += wireSize
        state.controls.lastRequestWasCompressed = message.wasCompressed
        return .message(message)
      }
      return state.inboundEnded ? .end : nil
    }
    let (immediate, notify) = state.withLock { state in
      let immediate = takeImmediate(&state)
      return (immediate, immediate != nil && notifyIfNeeded(&state, consumed: true))
    }
    if notify { onTransportWork() }
    switch immediate {
    case .message(let message): return message
    case .end: return nil
    case .failure(let error): throw error
    case nil: break
    }
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        let (immediate, notify) = state.withLock { state in
          let immediate = takeImmediate(&state)
          if immediate == nil { state.receiveWaiter = continuation }
          return (immediate, immediate != nil && notifyIfNeeded(&state, consumed: true))
        }
        if notify { onTransportWork() }
        switch immediate {
        case .message(let message): continuation.resume(returning: message)
        case .end: continuation.resume(returning: nil)
        case .failure(let error): continuation.resume(throwing: error)
        case nil: break
        }
      }
    } onCancel: {
      self.handlerTaskCancelled()
    }
  }

  /// Queues response parts; waits while too many sent bytes are not yet handed to HTTP/2.
  /// - Throws: ``RPCError`` when the stream was cancelled or already finished.
  public func send(_ parts: [OutboundPart]) async throws {
    let (notify, shouldWait) = try state.withLock { state throws(RPCError) in
      if let failure = state.failure { throw failure }
      guard !state.finished else {
        throw RPCError(code: .internal, message: "the handler sent after the RPC finished")
      }
      if let interruption = state.interruption { throw RPCError(status: interruption) }
      for part in parts {
        switch part {
        case .message(let bytes):
          state.pendingOutboundBytes += bytes.count
          state.responseBytes += bytes.count
        case .trailers: state.finished = true
        case .headers: break
        }
      }
      if state.outbound.isEmpty {
        state.outbound = parts
      } else {
        state.outbound.append(contentsOf: parts)
      }
      return (notifyIfNeeded(&state, consumed: false), state.waitsForDrain(above: highWatermark))
    }
    if notify { onTransportWork() }
    if shouldWait { try await waitForDrain() }
  }

  /// Waits until the transport has handed enough sent bytes to HTTP/2.
  private func waitForDrain() async throws {
    try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation {
        (continuation: CheckedContinuation<Void, any Error>) in
        let outcome = state.withLock { state -> Result<Void, RPCError>? in
          if let failure = state.failure { return .failure(failure) }
          if let interruption = state.interruption {
            return .failure(RPCError(status: interruption))
          }
          if state.pendingOutboundBytes <= highWatermark / 2 { return .success(()) }
          state.sendWaiter = continuation
          return nil
        }
        if let outcome { continuation.resume(with: outcome) }
      }
    } onCancel: {
      self.handlerTaskCancelled()
    }
  }

  /// Reads or changes the handler's response controls under the channel's lock.
  package func withControls<Result>(_ body: (inout ResponseControls) -> Result) -> Result {
    state.withLock { body(&$0.controls) }
  }

  /// Sends a response message and/or ends the RPC, with the response headers first if they
  /// are not out yet, all under one lock.
  /// - Parameters:
  ///   - message: a framed message to send, if any.
  ///   - status: the status to end with, if ending; the trailers carry the handler's trailing
  ///     metadata and `extraTrailers`. Ending an RPC that has ended does nothing.
  package func sendResponse(
    message: [UInt8]?,
    status: Status? = nil,
    extraTrailers: Metadata = [:]
  ) async throws {
    let (notify, shouldWait) = try state.withLock { state throws(RPCError) -> (Bool, Bool) in
      if status != nil && message == nil && state.finished { return (false, false) }
      if let failure = state.failure { throw failure }
      guard !state.finished else {
        throw RPCError(code: .internal, message: "the handler sent after the RPC finished")
      }
      // An interrupted call sends nothing more of the handler's: it ends with the interruption.
      var status = status
      var extraTrailers = extraTrailers
      if let interruption = state.interruption {
        guard message == nil else { throw RPCError(status: interruption) }
        status = interruption
        extraTrailers = [:]
      }
      var parts: [OutboundPart] = []
      parts.reserveCapacity(3)
      // An OK response with no message still sends headers; an early error is trailers-only.
      if !state.controls.headersSent && (message != nil || status?.code == .ok) {
        state.controls.headersSent = true
        parts.append(.headers(state.controls.initialMetadata))
      }
      if let message {
        state.pendingOutboundBytes += message.count
        state.responseBytes += message.count
        parts.append(.message(message))
      }
      if let status {
        var trailers = state.controls.trailingMetadata
        if !extraTrailers.isEmpty { trailers.append(contentsOf: extraTrailers) }
        parts.append(.trailers(status, trailers))
        state.finished = true
      }
      if state.outbound.isEmpty {
        state.outbound = parts
      } else {
        state.outbound.append(contentsOf: parts)
      }
      return (notifyIfNeeded(&state, consumed: false), state.waitsForDrain(above: highWatermark))
    }
    if notify { onTransportWork() }
    if shouldWait { try await waitForDrain() }
  }

  /// Whether trailers were queued or the stream ended.
  public var isFinished: Bool { state.withLock { $0.finished } }

  private func notifyIfNeeded(_ state: inout State, consumed: Bool) -> Bool {
    guard !state.transportNotified else { return false }
    if consumed && state.consumedBytes == 0 { return false }
    state.transportNotified = true
    return true
  }
}

/// What a ``ServerStreamChannel`` tells its transport.
public protocol ServerStreamTransport: AnyObject, Sendable {
  /// The stream has response parts or released bytes to take; called from any thread.
  func streamHasWork(_ streamID: Int32)
}

/// A transport that is just a closure.
final class ClosureTransport: ServerStreamTransport {
  let body: @Sendable () -> Void
  init(_ body: @escaping @Sendable () -> Void) { self.body = body }
  func streamHasWork(_ streamID: Int32) { body() }
}

extension ServerStreamChannel.State {
  /// Whether the handler waits for queued bytes to drain after a send: only while it may
  /// still send. Once its trailers are queued it has nothing more to hold back, so it returns
  /// at once instead of waiting for its client to read the last message.
  fileprivate func waitsForDrain(above highWatermark: Int) -> Bool {
    !finished && pendingOutboundBytes > highWatermark
  }
}
