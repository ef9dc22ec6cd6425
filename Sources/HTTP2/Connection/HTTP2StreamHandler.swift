/// The protocol logic above HTTP/2 on one connection (gRPC server or client streams).
/// Every call happens on the connection's event-loop thread.
public protocol HTTP2StreamHandler: AnyObject {
  /// The handshake finished and the session exists.
  func connectionDidBecomeActive(_ connection: HTTP2Connection)
  /// A HEADERS block began on `streamID`.
  func beginHeaders(on streamID: Int32)
  /// One header field; buffers valid only during the call.
  func header(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer, on streamID: Int32)
  /// The header block ended.
  func headersComplete(on streamID: Int32, endStream: Bool)
  /// DATA bytes arrived.
  func data(_ bytes: UnsafeRawBufferPointer, on streamID: Int32)
  /// The peer ended its side of `streamID` with a DATA frame.
  func endStream(on streamID: Int32)
  /// `streamID` closed (errorCode is the RST_STREAM code, or 0).
  func streamClosed(_ streamID: Int32, errorCode: UInt32)
  /// A frame that ended our side of `streamID` was written (trailers or a final DATA).
  func sentEndOfStream(on streamID: Int32)
  /// Bytes to send on `streamID`.
  func readData(for streamID: Int32, into buffer: UnsafeMutableRawBufferPointer) -> HTTP2DataRead
  /// Called before the connection writes: move queued output into the session.
  func prepareFlush()
  /// The connection closed; end every stream.
  func connectionDidClose()
  /// Streams open now (for idle detection and draining).
  var openStreamCount: Int { get }
  /// When the oldest unfinished header block began, if one is unfinished.
  var oldestIncompleteHeaderBlock: ContinuousClock.Instant? { get }
}
