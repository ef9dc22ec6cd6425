/// The protocol logic above HTTP/2 on one connection (gRPC server or client streams): it
/// receives the session's stream events directly, and the connection's lifecycle.
/// Every call happens on the connection's event-loop thread.
public protocol HTTP2StreamHandler: HTTP2StreamDelegate {
  /// The handshake finished and the session exists.
  func connectionDidBecomeActive(_ connection: HTTP2Connection)
  /// A frame that ended our side of `streamID` was written (trailers or a final DATA).
  func sentEndOfStream(on streamID: Int32)
  /// Called before the connection writes: move queued output into the session.
  func prepareFlush()
  /// The connection closed; end every stream.
  func connectionDidClose()
  /// Streams open now (for idle detection and draining).
  var openStreamCount: Int { get }
  /// When the oldest unfinished header block began, if one is unfinished.
  var oldestIncompleteHeaderBlock: ContinuousClock.Instant? { get }
  /// The peer sent GOAWAY: streams above `lastStreamID` will not be processed.
  func goAwayReceived(lastStreamID: Int32)
  /// The peer's SETTINGS arrived and apply now (its limits are known from the first).
  func settingsReceived()
  /// The peer reset `streamID` (the stream is still known): whether it did so before the
  /// stream did its work, soon after opening it and before its deadline (Rapid Reset).
  func isPrematureReset(of streamID: Int32) -> Bool
}

extension HTTP2StreamHandler {
  /// Servers ignore a client's GOAWAY beyond what nghttp2 does.
  public func goAwayReceived(lastStreamID: Int32) {}
  /// Servers need nothing from the client's SETTINGS beyond what nghttp2 applies.
  public func settingsReceived() {}
  /// Clients open the streams, so a server's reset is never premature.
  public func isPrematureReset(of streamID: Int32) -> Bool { false }
}
