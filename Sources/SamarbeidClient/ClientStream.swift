internal import HTTP2
internal import RPC

/// The transport's state for one client stream (its connection's loop thread only).
final class ClientStream {
  let id: Int32
  let call: ClientCall
  /// The header block arriving now (response headers or trailers).
  @exclusivity(unchecked) var head: ResponseHeadParser
  @exclusivity(unchecked) var responseHeadersReceived = false
  @exclusivity(unchecked) var deframer: MessageDeframer?
  @exclusivity(unchecked) var sendQueue = FramedMessageQueue()
  @exclusivity(unchecked) var requestEnded = false
  @exclusivity(unchecked) var dataDeferred = false
  /// The frame with END_STREAM has been written.
  @exclusivity(unchecked) var endSent = false
  /// Response bytes received and not yet released to flow control.
  @exclusivity(unchecked) var unconsumedBytes = 0
  /// The call has its status; the stream may still be closing.
  @exclusivity(unchecked) var finished = false

  init(id: Int32, call: ClientCall, maxHeaderListSize: Int) {
    self.id = id
    self.call = call
    self.head = ResponseHeadParser(maxHeaderListSize: maxHeaderListSize)
  }
}
