internal import HTTP2
internal import Logging
internal import RPC

/// gRPC on one client connection: starts calls as HTTP/2 streams, moves their request
/// messages into frames and turns response frames into messages, metadata and a status.
///
/// `@unchecked Sendable`: confined to its connection's event loop. Calls reach it only
/// through ``callHasWork(streamID:)``, which hops to the loop.
final class ClientConnection: HTTP2StreamHandler, ClientCallTransport, @unchecked Sendable {
  /// `unowned(unsafe)`: the connection owns this handler, and the subchannel keeps the
  /// connection until it has closed; calls may outlive it, so every use after
  /// `connectionDidClose()` is guarded by `isConnectionClosed`.
  unowned(unsafe) let connection: HTTP2Connection
  unowned let subchannel: ClientSubchannel
  let loop: EventLoop
  let requestHeaders: RequestHeaders
  let maxReceiveMessageSize: Int
  let compression: CompressionRegistry
  @exclusivity(unchecked) var streams: [Int32: ClientStream] = [:]
  @exclusivity(unchecked) var dirtyStreams: [Int32] = []
  @exclusivity(unchecked) var isActive = false
  @exclusivity(unchecked) var isConnectionClosed = false
  /// Streams closed while calls wait in the subchannel.
  @exclusivity(unchecked) var wantsWaitingCalls = false
  /// The last stream the server will process, once it has sent GOAWAY.
  @exclusivity(unchecked) var goAwayLastStreamID: Int32?

  /// HTTP/2 error codes.
  static let noError: UInt32 = 0
  static let refusedStream: UInt32 = 7
  static let cancel: UInt32 = 8
  static let enhanceYourCalm: UInt32 = 11
  static let inadequateSecurity: UInt32 = 12

  init(
    connection: HTTP2Connection, subchannel: ClientSubchannel, configuration: ClientConfiguration
  ) {
    self.connection = connection
    self.subchannel = subchannel
    self.loop = connection.loop
    self.requestHeaders = RequestHeaders(
      authority: "\(configuration.serverName ?? configuration.host):\(configuration.port)",
      compression: configuration.compression
    )
    self.maxReceiveMessageSize = configuration.maxReceiveMessageSize
    self.compression = configuration.compression
  }

  var session: HTTP2Session? { isConnectionClosed ? nil : connection.session }

  var openStreamCount: Int { streams.count }

  var oldestIncompleteHeaderBlock: ContinuousClock.Instant? { nil }

  /// Whether a new call may start here now.
  var canStartStream: Bool {
    guard isActive, goAwayLastStreamID == nil, let session else { return false }
    return streams.count < min(session.peerMaxConcurrentStreams, Int(Int32.max))
  }

  /// Whether the server has said it takes no new streams here.
  var isDraining: Bool { goAwayLastStreamID != nil }

  // MARK: Lifecycle

  func connectionDidBecomeActive(_ connection: HTTP2Connection) {
    // Ready once the server's SETTINGS arrive: its MAX_CONCURRENT_STREAMS is known then, so
    // the first calls are not refused for passing a limit not yet seen.
    let timeout = connection.configuration.handshakeTimeout
    loop.schedule(after: timeout) { [self] in
      guard !isActive, !isConnectionClosed else { return }
      self.connection.close(reason: "the server sent no HTTP/2 SETTINGS within \(timeout)")
    }
  }

  func settingsReceived() {
    guard !isActive else { return }
    isActive = true
    subchannel.connectionReady(self)
  }

  func goAwayReceived(lastStreamID: Int32) {
    let wasDraining = isDraining
    goAwayLastStreamID = min(goAwayLastStreamID ?? .max, lastStreamID)
    // nghttp2 closes the streams above `lastStreamID` as refused; those are retried.
    if !wasDraining { loop.execute { [self] in subchannel.connectionDraining(self) } }
  }

  func connectionDidClose() {
    isConnectionClosed = true
    let reason = connection.closeReason ?? "the connection closed"
    let open = streams.values.sorted { $0.id < $1.id }
    streams.removeAll()
    dirtyStreams.removeAll()
    for stream in open where !stream.finished {
      stream.finished = true
      // Streams the server said it would not process can run elsewhere; for the others we
      // cannot know whether the server acted on them.
      if let last = goAwayLastStreamID, stream.id > last, !stream.responseHeadersReceived {
        retryOrFail(stream.call, reason: "the server closed the connection before processing it")
      } else {
        stream.call.finish(
          status: Status(code: .unavailable, message: "the connection closed: \(reason)"),
          trailers: [:])
      }
    }
    subchannel.connectionClosed(self, reason: reason)
  }

  /// Sends `call` elsewhere if it was never processed and may be retried; fails it otherwise.
  func retryOrFail(_ call: ClientCall, reason: String) {
    let retried =
      call.detachForRetry() && call.countRetry(limit: subchannel.configuration.transparentRetries)
    guard retried else {
      call.finish(status: Status(code: .unavailable, message: reason), trailers: [:])
      return
    }
    let pool: ClientConnectionPool = subchannel.pool
    loop.execute { pool.dispatch(call) }
  }

  // MARK: Starting calls

  /// Opens a stream for `call` (loop thread, ``canStartStream`` true).
  func start(_ call: ClientCall) {
    guard let session else {
      subchannel.dispatch(call)
      return
    }
    guard let headers = requestHeaders.block(for: call) else {
      call.finish(
        status: Status(
          code: .deadlineExceeded, message: "the deadline passed before the call started"),
        trailers: [:])
      return
    }
    let streamID: Int32
    do throws(HTTP2Error) {
      streamID = try session.submitRequest(headers: headers, hasBody: true)
    } catch {
      call.finish(
        status: Status(code: .internal, message: "could not start the stream: \(error)"),
        trailers: [:])
      return
    }
    let stream = ClientStream(
      id: streamID, call: call,
      maxHeaderListSize: connection.configuration.settings.maxHeaderListSize)
    streams[streamID] = stream
    if !call.attach(to: self, streamID: streamID) {
      // Cancelled while it was placed.
      stream.finished = true
      session.resetStream(streamID, errorCode: Self.cancel)
    } else {
      pull(stream, session: session)
    }
    connection.scheduleFlush()
  }

  // MARK: Response headers

  func beginHeaders(on streamID: Int32) {}

  func header(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer, on streamID: Int32) {
    guard let stream = streams[streamID], !stream.finished else { return }
    stream.head.add(name: name, value: value)
  }

  func headersComplete(on streamID: Int32, endStream: Bool) {
    guard let stream = streams[streamID], !stream.finished else { return }
    var parser = ResponseHeadParser(
      maxHeaderListSize: connection.configuration.settings.maxHeaderListSize)
    swap(&parser, &stream.head)
    if stream.responseHeadersReceived {
      finishWithTrailers(stream, parser.finishTrailers())
    } else if endStream {
      finish(stream, parser.finishTrailersOnly())
    } else {
      switch parser.finishHeaders(compression: compression) {
      case .success(let head):
        stream.responseHeadersReceived = true
        stream.deframer = MessageDeframer(
          maxMessageSize: maxReceiveMessageSize, decompressor: head.decompressor)
        stream.call.deliverHeaders(head.metadata)
      case .failure(let end):
        fail(stream, end.status, trailers: end.trailers)
      }
    }
  }

  private func finishWithTrailers(_ stream: ClientStream, _ end: ResponseEnd) {
    if let deframer = stream.deframer, !deframer.isAtMessageBoundary {
      finish(
        stream,
        ResponseEnd(
          status: Status(
            code: .internal,
            message:
              "the response ended inside a message (\(deframer.bufferedByteCount) bytes of it arrived)"
          ),
          trailers: end.trailers
        )
      )
    } else {
      finish(stream, end)
    }
  }

  // MARK: Response data

  func data(_ bytes: UnsafeRawBufferPointer, on streamID: Int32) {
    guard let stream = streams[streamID], !stream.finished, var deframer = stream.deframer else {
      session?.consume(bytes.count, on: streamID)
      return
    }
    // While the caller is behind (messages wait in its queue), received bytes are held, so
    // flow control stops the server within one stream window; once the caller catches up
    // they are released, so a message larger than the window still arrives.
    var delivered = false
    var queued = false
    let call = stream.call
    do throws(RPCError) {
      try deframer.process(bytes) { message, _ in
        delivered = true
        queued = call.deliver(message)
      }
    } catch {
      stream.deframer = nil
      session?.consume(bytes.count, on: streamID)
      fail(stream, error.status, trailers: [:])
      return
    }
    stream.deframer = deframer
    stream.unconsumedBytes += bytes.count
    // A waiting caller takes a message directly, so after a delivery `queued` is the state.
    let callerIsBehind = delivered ? queued : call.hasQueuedMessages
    if !callerIsBehind, let session {
      releaseCredit(of: stream, session: session)
    }
  }

  func endStream(on streamID: Int32) {
    guard let stream = streams[streamID], !stream.finished else { return }
    finish(
      stream,
      ResponseEnd(
        status: Status(code: .internal, message: "the server ended the response without trailers"),
        trailers: [:]
      )
    )
  }

  // MARK: Ending streams

  /// Ends the call with the status the server sent (or one synthesized from its response).
  private func finish(_ stream: ClientStream, _ end: ResponseEnd) {
    stream.finished = true
    // The server has answered: what is left of the request is not needed.
    if !stream.endSent {
      session?.resetStream(stream.id, errorCode: Self.noError)
      connection.scheduleFlush()
    }
    stream.call.finish(status: end.status, trailers: end.trailers)
  }

  /// Ends the call with a client-side error and resets the stream.
  func fail(_ stream: ClientStream, _ status: Status, trailers: Metadata) {
    stream.finished = true
    session?.resetStream(stream.id, errorCode: Self.cancel)
    stream.call.finish(status: status, trailers: trailers)
    connection.scheduleFlush()
  }

  func streamClosed(_ streamID: Int32, errorCode: UInt32) {
    guard let stream = streams.removeValue(forKey: streamID) else { return }
    session?.consumeConnection(stream.unconsumedBytes)
    subchannel.streamClosed(on: self)
    connection.scheduleFlush()
    guard !stream.finished else { return }
    stream.finished = true
    let neverProcessed =
      errorCode == Self.refusedStream
      || (goAwayLastStreamID.map { streamID > $0 } ?? false)
    if neverProcessed && !stream.responseHeadersReceived {
      retryOrFail(stream.call, reason: "the server refused the stream (HTTP/2 REFUSED_STREAM)")
      return
    }
    stream.call.finish(status: Self.status(forReset: errorCode), trailers: [:])
  }

  /// The status of a stream the server reset (PROTOCOL-HTTP2.md, "Errors").
  static func status(forReset errorCode: UInt32) -> Status {
    switch errorCode {
    case refusedStream:
      Status(code: .unavailable, message: "the server refused the stream (HTTP/2 REFUSED_STREAM)")
    case cancel:
      Status(code: .cancelled, message: "the server cancelled the stream (HTTP/2 CANCEL)")
    case enhanceYourCalm:
      Status(
        code: .resourceExhausted, message: "the server reset the stream with ENHANCE_YOUR_CALM")
    case inadequateSecurity:
      Status(
        code: .permissionDenied, message: "the server reset the stream with INADEQUATE_SECURITY")
    default:
      Status(
        code: .internal,
        message: "the server reset the stream (HTTP/2 error \(errorCode)) without a status")
    }
  }

  func sentEndOfStream(on streamID: Int32) {
    streams[streamID]?.endSent = true
  }
}
