internal import HTTP2
internal import Logging
internal import RPC

extension GRPCServerConnectionHandler {
  /// Notes that a stream's channel has output or released bytes (loop thread).
  func markDirty(_ streamID: Int32) {
    guard !isConnectionClosed else { return }
    dirtyStreams.append(streamID)
    connection.scheduleFlush()
  }

  func prepareFlush() {
    guard !dirtyStreams.isEmpty, let session else { return }
    let dirty = dirtyStreams
    dirtyStreams.removeAll(keepingCapacity: true)
    for streamID in dirty {
      guard let stream = streams[streamID], let channel = stream.channel else { continue }
      let work = channel.takeTransportWork()
      if work.consumedBytes > 0 {
        stream.unconsumedBytes -= work.consumedBytes
        session.consume(work.consumedBytes, on: streamID)
        // The handler took messages: if it has caught up, its message in progress may come.
        releaseHeldPartial(of: stream)
      }
      for part in work.parts { apply(part, to: stream, session: session) }
    }
  }

  private func apply(
    _ part: ServerStreamChannel.OutboundPart, to stream: ServerStream, session: HTTP2Session
  ) {
    guard !stream.responseFinished else { return }
    switch part {
    case .headers(let metadata):
      guard !stream.headersSubmitted else { return }
      let headers = responseHeaders.initial(metadata: metadata, encoding: stream.responseEncoding)
      let limit = headerListLimit(session)
      guard headers.listSize <= limit else {
        fail(
          stream,
          status: Status(
            code: .resourceExhausted,
            message:
              "the response's initial metadata (\(headers.listSize) bytes) is over the \(limit) bytes the client accepts"
          ))
        return
      }
      stream.headersSubmitted = true
      submit(headers, on: stream, hasBody: true, session: session)
    case .message(let bytes):
      stream.sendQueue.append(bytes)
      resumeIfDeferred(stream, session: session)
    case .trailers(let status, let metadata):
      stream.handlerEndedResponse = true
      finishResponse(stream, status: status, metadata: metadata)
    }
  }

  /// Sends the end of the response: trailers after queued data, or a trailers-only response.
  func finishResponse(_ stream: ServerStream, status: Status, metadata: Metadata = [:]) {
    guard let session else { return }
    stream.responseFinished = true
    if let timer = stream.deadlineTimer {
      loop.cancel(timer)
      stream.deadlineTimer = nil
    }
    if !stream.inboundEnded && stream.resetAfterEnd == nil { stream.resetAfterEnd = Self.noError }
    let limit = headerListLimit(session)
    if stream.headersSubmitted {
      stream.pendingTrailers = responseHeaders.trailers(
        status: status, metadata: metadata, limit: limit)
      resumeIfDeferred(stream, session: session)
    } else {
      let headers = responseHeaders.trailersOnly(
        httpStatus: 200, status: status, metadata: metadata, limit: limit)
      submit(headers, on: stream, hasBody: false, session: session)
    }
    connection.scheduleFlush()
  }

  /// The largest header list this connection's client accepts from us.
  func headerListLimit(_ session: HTTP2Session) -> Int {
    ResponseHeaders.limit(peerLimit: session.peerMaxHeaderListSize)
  }

  /// Submits response headers; if nghttp2 refuses them the stream is reset (INTERNAL_ERROR)
  /// so the client learns at once, never waiting for a response that will not come.
  func submit(
    _ headers: HTTP2HeaderBlock, on stream: ServerStream, hasBody: Bool, session: HTTP2Session
  ) {
    do {
      try session.submitResponse(streamID: stream.id, headers: headers, hasBody: hasBody)
    } catch {
      logger.warning(
        "Response headers refused by nghttp2; resetting the stream",
        metadata: ["stream.id": "\(stream.id)", "error": "\(error)"])
      stream.responseFinished = true
      session.resetStream(stream.id, errorCode: Self.internalError)
    }
  }

  private func resumeIfDeferred(_ stream: ServerStream, session: HTTP2Session) {
    guard stream.dataDeferred else { return }
    stream.dataDeferred = false
    session.resumeData(on: stream.id)
  }

  func readData(for streamID: Int32, into buffer: UnsafeMutableRawBufferPointer) -> HTTP2DataRead {
    guard let stream = streams[streamID] else { return .deferred }
    let copied = stream.sendQueue.read(into: buffer)
    if copied > 0 { stream.channel?.outboundDrained(copied) }
    if stream.sendQueue.isEmpty, let trailers = stream.pendingTrailers {
      stream.pendingTrailers = nil
      return .end(copied, trailers: trailers)
    }
    if copied > 0 { return .bytes(copied) }
    stream.dataDeferred = true
    return .deferred
  }
}
