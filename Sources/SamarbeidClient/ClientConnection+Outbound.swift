internal import HTTP2
internal import RPC

extension ClientConnection {
  /// A call has request messages, an end, a cancellation or released bytes (any thread).
  func callHasWork(streamID: Int32) {
    if loop.inEventLoop {
      markDirty(streamID)
    } else {
      loop.execute { self.markDirty(streamID) }
    }
  }

  private func markDirty(_ streamID: Int32) {
    guard !isConnectionClosed else { return }
    dirtyStreams.append(streamID)
    connection.scheduleFlush()
  }

  func prepareFlush() {
    if wantsWaitingCalls {
      // Streams closed: queued calls take their places (outside nghttp2's callbacks).
      wantsWaitingCalls = false
      subchannel.startWaiting()
    }
    guard !dirtyStreams.isEmpty, let session else { return }
    let dirty = dirtyStreams
    dirtyStreams.removeAll(keepingCapacity: true)
    for streamID in dirty {
      guard let stream = streams[streamID] else { continue }
      pull(stream, session: session)
    }
  }

  /// Takes what the call has for the transport.
  func pull(_ stream: ClientStream, session: HTTP2Session) {
    let work = stream.call.takeWork()
    if work.inboundDrained { releaseCredit(of: stream, session: session) }
    guard !stream.finished else { return }
    if let cancellation = work.cancel {
      stream.finished = true
      stream.sendQueue.removeAll()
      session.resetStream(stream.id, errorCode: Self.cancel)
      stream.call.finish(status: cancellation.status, trailers: [:])
      return
    }
    guard !work.messages.isEmpty || work.endOfRequest else { return }
    for message in work.messages { stream.sendQueue.append(message) }
    if work.endOfRequest { stream.requestEnded = true }
    if stream.dataDeferred {
      stream.dataDeferred = false
      session.resumeData(on: stream.id)
    }
  }

  /// Releases the flow-control credit the stream holds: the caller has caught up.
  func releaseCredit(of stream: ClientStream, session: HTTP2Session) {
    guard stream.unconsumedBytes > 0 else { return }
    session.consume(stream.unconsumedBytes, on: stream.id)
    stream.unconsumedBytes = 0
  }

  func readData(for streamID: Int32, into buffer: UnsafeMutableRawBufferPointer) -> HTTP2DataRead {
    guard let stream = streams[streamID] else { return .deferred }
    let copied = stream.sendQueue.read(into: buffer)
    if copied > 0 { stream.call.outboundDrained(copied) }
    if stream.sendQueue.isEmpty && stream.requestEnded { return .end(copied, trailers: nil) }
    if copied > 0 { return .bytes(copied) }
    stream.dataDeferred = true
    return .deferred
  }
}
