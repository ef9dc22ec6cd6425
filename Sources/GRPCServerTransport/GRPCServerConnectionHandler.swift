internal import HTTP2
internal import Logging
internal import RPC
internal import TLS

/// gRPC on one server connection: turns HTTP/2 stream events into RPCs and handler output
/// into HTTP/2 frames.
///
/// `@unchecked Sendable`: confined to its connection's event loop. Handler tasks reach it
/// only through their stream channel, whose notification hops to the loop.
final class GRPCServerConnectionHandler: HTTP2StreamHandler, ServerStreamTransport,
  @unchecked Sendable
{
  /// `unowned(unsafe)`: the connection owns this handler; handler tasks may outlive it, so
  /// every use after `connectionDidClose()` is guarded by `isConnectionClosed`.
  unowned(unsafe) let connection: HTTP2Connection
  @exclusivity(unchecked) var isConnectionClosed = false
  let server: RPCServer
  let responseHeaders: ResponseHeaders
  let loop: EventLoop
  let logger: Logger
  @exclusivity(unchecked) var streams: [Int32: ServerStream] = [:]
  @exclusivity(unchecked) var dirtyStreams: [Int32] = []
  /// Handlers still running after their stream closed before they ended the response (the
  /// client reset it, or the server ended it); new streams are refused while there are
  /// MAX_CONCURRENT_STREAMS of them. A handler that ended its response is never counted,
  /// however late its task returns.
  @exclusivity(unchecked) var orphanedHandlers = 0
  /// The stream whose header block is arriving.
  @exclusivity(unchecked) var headerStream: ServerStream?
  /// Connection budget reserved by request messages in progress (see `admit`).
  @exclusivity(unchecked) var reservedBytes = 0
  /// Streams whose message in progress waits for budget, oldest first.
  @exclusivity(unchecked) var waitingForBudget: [ServerStream] = []
  @exclusivity(unchecked) var peer: PeerInfo

  /// Request messages in progress one connection may hold at once, by their declared
  /// sizes; a message that does not fit waits (its stream's flow control stops the client)
  /// until others complete, instead of failing.
  static let messageBudget = 64 * 1024 * 1024

  /// HTTP/2 error codes.
  static let noError: UInt32 = 0
  static let internalError: UInt32 = 2
  static let refusedStream: UInt32 = 7
  static let cancel: UInt32 = 8

  init(
    connection: HTTP2Connection, server: RPCServer, responseHeaders: ResponseHeaders, logger: Logger
  ) {
    self.connection = connection
    self.server = server
    self.responseHeaders = responseHeaders
    self.loop = connection.loop
    self.logger = logger
    self.peer = PeerInfo(address: connection.remoteAddress)
  }

  var session: HTTP2Session? { isConnectionClosed ? nil : connection.session }

  func connectionDidBecomeActive(_ connection: HTTP2Connection) {
    peer.serverName = connection.transport.serverName
    peer.certificate = connection.transport.peerCertificate.map {
      PeerInfo.Certificate(
        subject: $0.subject,
        uriSANs: $0.uriSANs,
        dnsSANs: $0.dnsSANs,
        serialNumber: $0.serialNumber
      )
    }
  }

  var openStreamCount: Int { streams.count }

  var oldestIncompleteHeaderBlock: ContinuousClock.Instant? {
    streams.values.lazy.filter { !$0.headerBlockComplete }.map(\.openedAt).min()
  }

  // MARK: Request headers

  func beginHeaders(on streamID: Int32) {
    guard streams[streamID] == nil else { return }  // request trailers: ignored
    let stream = ServerStream(
      id: streamID, maxHeaderListSize: server.configuration.maxHeaderListSize)
    streams[streamID] = stream
    headerStream = stream
  }

  func header(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer, on streamID: Int32) {
    // The header fields of one block arrive together: skip the dictionary for them.
    let current = headerStream?.id == streamID ? headerStream : streams[streamID]
    guard let stream = current, case .receivingHeaders = stream.phase else { return }
    // nghttp2 advertises the header-list limit but does not enforce it; the parser counts as
    // HTTP/2 does and stops keeping fields past the limit, so an HPACK bomb cannot grow memory.
    stream.head.add(name: name, value: value)
  }

  func headersComplete(on streamID: Int32, endStream: Bool) {
    let current = headerStream?.id == streamID ? headerStream : streams[streamID]
    headerStream = nil
    guard let stream = current else { return }
    guard case .receivingHeaders = stream.phase else {
      if endStream { inboundFinished(stream) }
      return
    }
    stream.headerBlockComplete = true
    stream.inboundEnded = endStream
    // The connection is being ended for abuse: what the peer sent after it is not started.
    guard !connection.isTerminating else {
      stream.phase = .rejected
      stream.responseFinished = true
      session?.resetStream(streamID, errorCode: Self.refusedStream)
      return
    }
    // nghttp2 caps open streams at MAX_CONCURRENT_STREAMS; handlers of streams that closed
    // before their response ended (reset by the client, or ended by the server at a deadline)
    // still run until they notice, so they are capped too, or Rapid Reset could pile up work.
    // A stream whose handler ended its response is not counted even while the handler's task
    // has yet to return (on a busy machine it returns well after the stream closed), so a
    // client that resets nothing never meets this cap, at any speed. REFUSED_STREAM promises
    // the call was not started: nothing has run for it here.
    guard orphanedHandlers < connection.configuration.settings.maxConcurrentStreams else {
      connection.defences.record(.refusedStream)
      stream.phase = .rejected
      stream.responseFinished = true
      session?.resetStream(streamID, errorCode: Self.refusedStream)
      return
    }
    // Move the parser out of the stream (no copy), and leave an empty one behind.
    var parser = RequestHeadParser(maxHeaderListSize: 0)
    swap(&parser, &stream.head)
    if parser.exceedsHeaderListLimit { connection.defences.record(.headerListTooLarge) }
    let parsed = parser.finish(compression: server.configuration.compression)
    let head: RequestHead
    switch parsed {
    case .failure(let rejection):
      reject(stream, rejection)
      return
    case .success(let parsedHead):
      head = parsedHead
    }
    switch server.route(head) {
    case .failure(let rejection):
      reject(stream, rejection, path: head.path)
    case .success(let route):
      start(stream, head: head, route: route)
    }
  }

  private func reject(_ stream: ServerStream, _ rejection: RequestRejection, path: String? = nil) {
    // Told to observers too (access log, metrics), under a fixed method name: a caller's
    // made-up paths must not become metric labels; the access log gets the path, shortened.
    if !server.configuration.observers.isEmpty {
      let record = RPCRecord(
        method: MethodDescriptor(service: "unknown", method: "unknown"),
        code: rejection.status.code, duration: .zero, requestBytes: 0, responseBytes: 0,
        peer: peer, annotations: path.map { [("rpc.path", String($0.prefix(200)))] } ?? [])
      for observer in server.configuration.observers { observer.rpcFinished(record) }
    }
    stream.phase = .rejected
    stream.responseFinished = true
    if !stream.inboundEnded { stream.resetAfterEnd = Self.noError }
    guard let session else { return }
    let headers = responseHeaders.trailersOnly(
      httpStatus: rejection.httpStatus,
      status: rejection.status,
      metadata: [:],
      extra: rejection.headers,
      limit: headerListLimit(session)
    )
    submit(headers, on: stream, hasBody: false, session: session)
    connection.scheduleFlush()
  }

  private func start(_ stream: ServerStream, head: RequestHead, route: RPCRouter.Route) {
    let compression = server.configuration.compression
    let streamID = stream.id
    let loop = self.loop
    let channel = ServerStreamChannel(
      streamID: streamID,
      highWatermark: server.configuration.outboundHighWatermark,
      transport: self
    )
    var responseCompressor = compression.preferred(among: head.acceptEncodings)
    if let requested = head.encoding, head.acceptEncodings.contains(requested) {
      responseCompressor = compression.compressor(named: requested)
    }
    let call = ServerCall(
      method: route.method,
      requestMetadata: head.metadata,
      deadline: head.timeout.map { .now + $0 },
      peer: peer,
      channel: channel,
      responseCompressor: responseCompressor
    )
    stream.responseEncoding = responseCompressor?.name
    stream.deframer = MessageDeframer(
      maxMessageSize: server.configuration.maxReceiveMessageSize,
      decompressor: head.encoding.flatMap { compression.compressor(named: $0) }
    )
    stream.channel = channel
    stream.phase = .running
    stream.handlerRunning = true
    let server = self.server
    let task = Task(executorPreference: loop) { [self] in
      await server.run(call, type: route.type, handler: route.handler)
      if loop.inEventLoop {
        handlerFinished(stream)
      } else {
        loop.execute { self.handlerFinished(stream) }
      }
    }
    channel.attach(task: task)
    if let timeout = head.timeout {
      stream.deadline = .now + timeout
      stream.deadlineTimer = loop.schedule(after: timeout) { [self] in
        deadlineExpired(streamID, timeout: timeout)
      }
    }
    if stream.inboundEnded { inboundFinished(stream) }
  }

  /// A handler queued output or took a message: flush this stream (from any thread).
  func streamHasWork(_ streamID: Int32) {
    if loop.inEventLoop {
      markDirty(streamID)
    } else {
      loop.execute { self.markDirty(streamID) }
    }
  }

  private func handlerFinished(_ stream: ServerStream) {
    stream.handlerRunning = false
    if stream.orphaned {
      stream.orphaned = false
      orphanedHandlers -= 1
    }
  }

  // MARK: Ending streams

  func streamClosed(_ streamID: Int32, errorCode: UInt32) {
    guard let stream = streams.removeValue(forKey: streamID) else { return }
    if let timer = stream.deadlineTimer { loop.cancel(timer) }
    if stream.handlerRunning && !stream.handlerEndedResponse {
      stream.orphaned = true
      orphanedHandlers += 1
    }
    returnReservation(of: stream)
    // A finished response leaves the handler nothing to be told.
    guard !stream.responseFinished, let channel = stream.channel else { return }
    let reason =
      errorCode == Self.cancel
      ? "the client cancelled the RPC" : "the stream was reset (HTTP/2 error \(errorCode))"
    channel.cancel(RPCError(code: .cancelled, message: reason))
  }

  private func deadlineExpired(_ streamID: Int32, timeout: Duration) {
    guard let stream = streams[streamID], !stream.responseFinished else { return }
    stream.deadlineTimer = nil
    // DEADLINE_EXCEEDED in trailers, then RST_STREAM(NO_ERROR) if the client is still
    // sending, as grpc-core's own server closes. RST_STREAM(CANCEL) right after the trailers
    // makes grpc-core clients report CANCELLED instead of the status they were sent.
    fail(
      stream, status: Status(code: .deadlineExceeded, message: "the deadline of \(timeout) passed"))
  }

  /// Ends a running stream with `status`: the handler is cancelled and the client gets the
  /// status in trailers (or a trailers-only response).
  func fail(_ stream: ServerStream, status: Status) {
    let error = RPCError(status: status)
    stream.channel?.cancel(error)
    returnReservation(of: stream)
    stream.deframer = nil
    stream.phase = .rejected
    guard !stream.responseFinished else { return }
    // Drop queued messages, but finish one nghttp2 has started sending: the trailers must
    // follow whole messages.
    stream.sendQueue.removeAllButStarted()
    finishResponse(stream, status: status)
  }

  func connectionDidClose() {
    isConnectionClosed = true
    let error = RPCError(code: .unavailable, message: "the connection closed")
    for stream in streams.values {
      if let timer = stream.deadlineTimer { loop.cancel(timer) }
      stream.channel?.cancel(error)
    }
    streams.removeAll()
    headerStream = nil
    waitingForBudget.removeAll()
    reservedBytes = 0
  }

  func sentEndOfStream(on streamID: Int32) {
    guard let stream = streams[streamID], let code = stream.resetAfterEnd, !stream.inboundEnded
    else {
      return
    }
    stream.resetAfterEnd = nil
    session?.resetStream(streamID, errorCode: code)
  }
}
