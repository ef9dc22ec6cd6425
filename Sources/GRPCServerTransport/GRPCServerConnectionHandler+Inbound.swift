internal import HTTP2
internal import RPC

/// Request bytes and flow control.
///
/// Connection-level credit is released as bytes arrive, so one stream never holds up the
/// others. Stream-level credit is released for bytes of a whole message when the handler
/// takes it, and for bytes of a message in progress only while the handler has taken every
/// whole message before it (it is not behind) and the message has a reservation in the
/// connection's budget (its declared size): a slow handler holds its client to one stream
/// window, and a message that does not fit the budget waits until earlier ones complete.
/// When the handler catches up, the held credit is released, so a message larger than the
/// window still arrives and the wait always ends.
extension GRPCServerConnectionHandler {
  func data(_ bytes: UnsafeRawBufferPointer, on streamID: Int32) {
    guard let stream = streams[streamID], case .running = stream.phase,
      var deframer = stream.deframer, let channel = stream.channel
    else {
      session?.consume(bytes.count, on: streamID)
      return
    }
    session?.consumeConnection(bytes.count)
    let withheldBefore = stream.unconsumedBytes + stream.heldPartialBytes
    var released = stream.releasedPartialBytes
    var completed = false
    do throws(RPCError) {
      try deframer.process(bytes) { message, wireSize in
        // The first message may have begun in bytes whose credit was already released.
        let alreadyReleased = min(released, wireSize)
        released -= alreadyReleased
        stream.unconsumedBytes += wireSize - alreadyReleased
        completed = true
        channel.deliver(message, wireSize: wireSize - alreadyReleased, onWire: wireSize)
      }
    } catch {
      stream.deframer = deframer
      fail(stream, status: error.status)
      stream.heldPartialBytes = 0
      stream.releasedPartialBytes = 0
      session?.consumeStream(withheldBefore + bytes.count - stream.unconsumedBytes, on: streamID)
      return
    }
    stream.deframer = deframer
    if completed {
      // The message in progress before this chunk is whole: its reservation (or its place
      // in the queue) is done with. Others are admitted once this stream's state is right.
      reservedBytes -= stream.reservedBytes
      stream.reservedBytes = 0
      stream.releasedPartialBytes = 0
      waitingForBudget.removeAll { $0 === stream }
    }
    let partial = deframer.bufferedByteCount
    if partial > 0, stream.reservedBytes == 0, let size = deframer.pendingMessageWireSize {
      admit(stream, size: size)
    }
    if stream.reservedBytes > 0, !channel.hasQueuedMessages {
      stream.releasedPartialBytes = partial
    }
    stream.heldPartialBytes = partial - stream.releasedPartialBytes
    let withheldAfter = stream.unconsumedBytes + stream.heldPartialBytes
    session?.consumeStream(withheldBefore + bytes.count - withheldAfter, on: streamID)
    if completed { admitWaiting() }
    markDirty(streamID)
  }

  func endStream(on streamID: Int32) {
    guard let stream = streams[streamID] else { return }
    inboundFinished(stream)
  }

  func inboundFinished(_ stream: ServerStream) {
    stream.inboundEnded = true
    guard case .running = stream.phase, let channel = stream.channel else { return }
    if let deframer = stream.deframer, !deframer.isAtMessageBoundary {
      fail(
        stream,
        status: Status(
          code: .internal,
          message:
            "the request ended inside a message (\(deframer.bufferedByteCount) bytes of it arrived)"
        )
      )
      return
    }
    channel.deliverEnd()
  }

  /// Reserves `size` bytes of the budget for `stream`'s message in progress, or queues it.
  private func admit(_ stream: ServerStream, size: Int) {
    // A message larger than the whole budget is admitted alone.
    if waitingForBudget.isEmpty
      && (reservedBytes == 0 || reservedBytes + size <= Self.messageBudget)
    {
      reservedBytes += size
      stream.reservedBytes = size
    } else if !waitingForBudget.contains(where: { $0 === stream }) {
      waitingForBudget.append(stream)
    }
  }

  /// Admits waiting messages, oldest first, while they fit; releases their held credit.
  func admitWaiting() {
    while let stream = waitingForBudget.first {
      guard streams[stream.id] === stream, case .running = stream.phase,
        stream.reservedBytes == 0, let size = stream.deframer?.pendingMessageWireSize
      else {
        waitingForBudget.removeFirst()
        continue
      }
      guard reservedBytes == 0 || reservedBytes + size <= Self.messageBudget else { return }
      waitingForBudget.removeFirst()
      reservedBytes += size
      stream.reservedBytes = size
      releaseHeldPartial(of: stream)
    }
  }

  /// Releases the credit held for `stream`'s admitted message in progress once its handler
  /// has taken every whole message before it.
  func releaseHeldPartial(of stream: ServerStream) {
    guard stream.heldPartialBytes > 0, stream.reservedBytes > 0,
      stream.channel?.hasQueuedMessages == false
    else { return }
    let held = stream.heldPartialBytes
    stream.releasedPartialBytes += held
    stream.heldPartialBytes = 0
    session?.consumeStream(held, on: stream.id)
  }

  /// Gives back what `stream`'s message in progress reserved, and admits waiting ones.
  func returnReservation(of stream: ServerStream) {
    guard stream.reservedBytes > 0 else { return }
    reservedBytes -= stream.reservedBytes
    stream.reservedBytes = 0
    admitWaiting()
  }

  func isPrematureReset(of streamID: Int32) -> Bool {
    guard let stream = streams[streamID], !stream.responseFinished else { return false }
    let now = ContinuousClock.now
    guard now - stream.openedAt < connection.configuration.prematureResetWindow else {
      return false
    }
    // A client that gives up at its deadline is not resetting early (clocks and transit
    // differ a little between the two sides).
    if let deadline = stream.deadline, deadline - now < .milliseconds(100) { return false }
    return true
  }
}
