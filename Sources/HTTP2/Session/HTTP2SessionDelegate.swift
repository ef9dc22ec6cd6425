/// What an HTTP/2 session reports about streams while it reads, and asks for while it
/// writes. Every call happens on the connection's event-loop thread.
public protocol HTTP2StreamDelegate: AnyObject {
  /// A HEADERS frame opened or continued `streamID`.
  func beginHeaders(on streamID: Int32)
  /// One header field; the buffers are valid only during the call.
  func header(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer, on streamID: Int32)
  /// All header fields of a HEADERS block have arrived.
  func headersComplete(on streamID: Int32, endStream: Bool)
  /// DATA bytes for `streamID`; valid only during the call.
  func data(_ bytes: UnsafeRawBufferPointer, on streamID: Int32)
  /// The peer sent END_STREAM on a DATA frame.
  func endStream(on streamID: Int32)
  /// A stream closed, with the RST_STREAM error code or 0.
  func streamClosed(_ streamID: Int32, errorCode: UInt32)
  /// Bytes to send on `streamID`: copy at most `buffer.count` into `buffer`.
  func readData(for streamID: Int32, into buffer: UnsafeMutableRawBufferPointer) -> HTTP2DataRead
}

/// What an HTTP/2 session reports about frames, for the connection's own policies (floods,
/// pings, GOAWAY). Every call happens on the connection's event-loop thread.
public protocol HTTP2SessionDelegate: AnyObject {
  /// Any frame arrived.
  func session(frameReceived frame: HTTP2FrameInfo)
  /// A frame was handed to the peer.
  func session(frameSent frame: HTTP2FrameInfo)
  /// nghttp2 could not send a frame (e.g. a header block too large); for a response's
  /// HEADERS the stream would otherwise stay open with no answer.
  func session(frameNotSent frame: HTTP2FrameInfo, error: HTTP2Error)
}

/// The facts of a frame the delegate needs.
public struct HTTP2FrameInfo: Sendable {
  /// DATA 0, HEADERS 1, PRIORITY 2, RST_STREAM 3, SETTINGS 4, PUSH_PROMISE 5, PING 6,
  /// GOAWAY 7, WINDOW_UPDATE 8, CONTINUATION 9.
  public var type: UInt8
  /// The frame's flags.
  public var flags: UInt8
  /// The stream, 0 for connection frames.
  public var streamID: Int32
  /// The payload length.
  public var length: Int
  /// For PING: the 8 opaque bytes as a number.
  public var pingPayload: UInt64
  /// For GOAWAY: the last stream the peer processed.
  public var goAwayLastStreamID: Int32
  /// For HEADERS: whether they open a stream (a request), rather than answer or end one.
  public var opensStream = false

  /// Frame types.
  public static let data: UInt8 = 0
  public static let headers: UInt8 = 1
  public static let priority: UInt8 = 2
  public static let rstStream: UInt8 = 3
  public static let settings: UInt8 = 4
  public static let ping: UInt8 = 6
  public static let goAway: UInt8 = 7
  public static let windowUpdate: UInt8 = 8
  /// Flags.
  public static let endStreamFlag: UInt8 = 0x1
  public static let ackFlag: UInt8 = 0x1
}

/// What a data source has for a stream now.
public enum HTTP2DataRead {
  /// `count` bytes were copied; more may follow later.
  case bytes(Int)
  /// `count` bytes were copied and they are the last; `trailers` end the stream (nil: the
  /// DATA frame carries END_STREAM).
  case end(Int, trailers: HTTP2HeaderBlock?)
  /// Nothing now; call ``HTTP2Session/resumeData(on:)`` when there is.
  case deferred
}
