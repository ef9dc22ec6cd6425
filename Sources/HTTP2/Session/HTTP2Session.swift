internal import CNGHTTP2

/// An nghttp2 session (server or client) fed and drained through memory buffers.
///
/// All of nghttp2 is called from this file and `HTTP2Session+Callbacks.swift`: Debian's
/// 1.52 API (ssize_t variants) is deprecated upstream, and one place to change is worth it.
/// The delegate owns the session, so nghttp2 holds an unretained back-pointer.
public final class HTTP2Session {
  /// Which side of the connection this is.
  public enum Role: Sendable {
    case server
    case client
  }

  let session: OpaquePointer
  /// `unowned(unsafe)`: the delegates own the session and nghttp2 calls back only during
  /// calls they make, so they are alive; checked references cost on every callback.
  unowned(unsafe) let delegate: any HTTP2SessionDelegate
  /// Receives stream events directly, without a hop through the connection.
  unowned(unsafe) let streamDelegate: any HTTP2StreamDelegate
  /// Which side this session is.
  public let role: Role

  /// A session that reports frames to `delegate` and streams to `streamDelegate`, and has
  /// queued its SETTINGS.
  public init(
    role: Role,
    settings: HTTP2Settings,
    delegate: any HTTP2SessionDelegate,
    streamDelegate: any HTTP2StreamDelegate
  ) throws(HTTP2Error) {
    self.role = role
    self.delegate = delegate
    self.streamDelegate = streamDelegate
    var option: OpaquePointer?
    nghttp2_option_new(&option)
    defer { nghttp2_option_del(option) }
    // The application releases flow-control credit as handlers consume messages.
    nghttp2_option_set_no_auto_window_update(option, 1)
    nghttp2_option_set_max_continuations(option, settings.maxContinuations)
    nghttp2_option_set_stream_reset_rate_limit(
      option,
      UInt64(settings.streamResetBurst),
      UInt64(settings.streamResetRate)
    )
    nghttp2_option_set_peer_max_concurrent_streams(option, UInt32(settings.maxConcurrentStreams))
    var created: OpaquePointer?
    let result: Int32
    switch role {
    case .server:
      result = nghttp2_session_server_new2(&created, HTTP2Callbacks.shared.callbacks, nil, option)
    case .client:
      result = nghttp2_session_client_new2(&created, HTTP2Callbacks.shared.callbacks, nil, option)
    }
    guard result == 0, let created else {
      throw HTTP2Error(Int(result), operation: "create session")
    }
    session = created
    nghttp2_session_set_user_data(session, Unmanaged.passUnretained(self).toOpaque())
    try submitSettings(settings)
  }

  deinit { nghttp2_session_del(session) }

  /// Recovers the session from nghttp2's user data.
  static func from(_ userData: UnsafeMutableRawPointer?) -> HTTP2Session {
    Unmanaged<HTTP2Session>.fromOpaque(userData!).takeUnretainedValue()
  }

  private func submitSettings(_ settings: HTTP2Settings) throws(HTTP2Error) {
    var entries = [
      nghttp2_settings_entry(
        settings_id: Int32(NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS.rawValue),
        value: UInt32(settings.maxConcurrentStreams)
      ),
      nghttp2_settings_entry(
        settings_id: Int32(NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE.rawValue),
        value: UInt32(settings.initialStreamWindowSize)
      ),
      nghttp2_settings_entry(
        settings_id: Int32(NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE.rawValue),
        value: UInt32(settings.maxHeaderListSize)
      ),
      nghttp2_settings_entry(
        settings_id: Int32(NGHTTP2_SETTINGS_MAX_FRAME_SIZE.rawValue),
        value: UInt32(settings.maxFrameSize)
      ),
      nghttp2_settings_entry(settings_id: Int32(NGHTTP2_SETTINGS_ENABLE_PUSH.rawValue), value: 0),
    ]
    try check(
      nghttp2_submit_settings(session, UInt8(NGHTTP2_FLAG_NONE.rawValue), &entries, entries.count),
      "submit SETTINGS")
    try check(
      nghttp2_session_set_local_window_size(
        session,
        UInt8(NGHTTP2_FLAG_NONE.rawValue),
        0,
        Int32(settings.connectionWindowSize)
      ),
      "set connection window"
    )
  }

  // MARK: Reading and writing

  /// Feeds bytes read from the peer; callbacks run during the call.
  public func receive(_ bytes: UnsafeRawBufferPointer) throws(HTTP2Error) {
    guard !receivingStopped, let base = bytes.baseAddress, !bytes.isEmpty else { return }
    let result = nghttp2_session_mem_recv(
      session, base.assumingMemoryBound(to: UInt8.self), bytes.count)
    // A callback failed on purpose: the application stopped reading (see stopReceiving()).
    if result < 0 && !receivingStopped { throw HTTP2Error(result, operation: "receive") }
  }

  /// Whether ``stopReceiving()`` was called.
  public private(set) var receivingStopped = false

  /// Processes nothing more the peer sends, from the frame being handled now on (callable
  /// inside a callback): the connection is ending with a GOAWAY already queued, and frames
  /// after it must not open streams or make nghttp2 send a second GOAWAY whose last stream
  /// is higher (RFC 9113 6.8 forbids raising it).
  public func stopReceiving() { receivingStopped = true }

  /// Hands pending frames to `sink` until none are left or `sink` returns false (its buffer
  /// is full). The bytes are valid only during each call.
  public func send(_ sink: (UnsafeRawBufferPointer) -> Bool) throws(HTTP2Error) {
    while true {
      var data: UnsafePointer<UInt8>?
      let count = nghttp2_session_mem_send(session, &data)
      if count < 0 { throw HTTP2Error(count, operation: "send") }
      guard count > 0, let data else { return }
      if !sink(UnsafeRawBufferPointer(start: data, count: count)) { return }
    }
  }

  /// Whether the session still expects to read (false after GOAWAY both ways).
  public var wantsRead: Bool { nghttp2_session_want_read(session) != 0 }
  /// Whether the session has frames to write.
  public var wantsWrite: Bool { nghttp2_session_want_write(session) != 0 }

  // MARK: Submitting

  /// Queues response headers, then the stream's data source if `hasBody`; without a body
  /// the HEADERS frame ends the stream (a trailers-only response).
  public func submitResponse(streamID: Int32, headers: HTTP2HeaderBlock, hasBody: Bool)
    throws(HTTP2Error)
  {
    let result: Int32
    if hasBody {
      var provider = HTTP2Callbacks.dataProvider
      result = nghttp2_submit_response(
        session, streamID, headers.nameValues.baseAddress, headers.count, &provider)
    } else {
      result = nghttp2_submit_response(
        session, streamID, headers.nameValues.baseAddress, headers.count, nil)
    }
    try check(result, "submit response")
  }

  /// Queues a request; returns its stream id. With `hasBody`, data comes from the delegate.
  public func submitRequest(headers: HTTP2HeaderBlock, hasBody: Bool) throws(HTTP2Error) -> Int32 {
    let result: Int32
    if hasBody {
      var provider = HTTP2Callbacks.dataProvider
      result = nghttp2_submit_request(
        session, nil, headers.nameValues.baseAddress, headers.count, &provider, nil)
    } else {
      result = nghttp2_submit_request(
        session, nil, headers.nameValues.baseAddress, headers.count, nil, nil)
    }
    try check(result, "submit request")
    return result
  }

  /// Queues trailers that end the stream (outside a data read).
  public func submitTrailers(streamID: Int32, headers: HTTP2HeaderBlock) throws(HTTP2Error) {
    try check(
      nghttp2_submit_trailer(session, streamID, headers.nameValues.baseAddress, headers.count),
      "submit trailers"
    )
  }

  /// Resets a stream with an HTTP/2 error code (0 NO_ERROR, 8 CANCEL, 7 REFUSED_STREAM ...).
  public func resetStream(_ streamID: Int32, errorCode: UInt32) {
    _ = nghttp2_submit_rst_stream(session, UInt8(NGHTTP2_FLAG_NONE.rawValue), streamID, errorCode)
  }

  /// Asks nghttp2 to call the data source of `streamID` again.
  public func resumeData(on streamID: Int32) {
    _ = nghttp2_session_resume_data(session, streamID)
  }

  /// Releases flow-control credit for `byteCount` bytes consumed on an open stream.
  public func consume(_ byteCount: Int, on streamID: Int32) {
    guard byteCount > 0 else { return }
    if nghttp2_session_consume(session, streamID, byteCount) != 0 {
      _ = nghttp2_session_consume_connection(session, byteCount)
    }
  }

  /// Releases stream-level credit only (the connection's was released on arrival).
  public func consumeStream(_ byteCount: Int, on streamID: Int32) {
    guard byteCount > 0 else { return }
    _ = nghttp2_session_consume_stream(session, streamID, byteCount)
  }

  /// Releases connection-level credit only (bytes of a stream that is gone).
  public func consumeConnection(_ byteCount: Int) {
    guard byteCount > 0 else { return }
    _ = nghttp2_session_consume_connection(session, byteCount)
  }

  /// Sends GOAWAY with `lastStreamID` and an error code (0 NO_ERROR, 11 ENHANCE_YOUR_CALM).
  public func goAway(lastStreamID: Int32, errorCode: UInt32, debugData: String = "") {
    let bytes = Array(debugData.utf8)
    _ = nghttp2_submit_goaway(
      session,
      UInt8(NGHTTP2_FLAG_NONE.rawValue),
      lastStreamID,
      errorCode,
      bytes,
      bytes.count
    )
  }

  /// Sends a PING with `payload`.
  public func ping(_ payload: UInt64) {
    var bytes = payload.bigEndian
    withUnsafeBytes(of: &bytes) { raw in
      _ = nghttp2_submit_ping(
        session, UInt8(NGHTTP2_FLAG_NONE.rawValue),
        raw.baseAddress!.assumingMemoryBound(to: UInt8.self))
    }
  }

  /// The highest stream id the session has processed (for the final GOAWAY).
  public var lastProcessedStreamID: Int32 { nghttp2_session_get_last_proc_stream_id(session) }

  /// Bytes the peer may still send on `streamID` (0 for unknown streams).
  public func remoteWindow(of streamID: Int32) -> Int {
    Int(nghttp2_session_get_stream_remote_window_size(session, streamID))
  }

  /// Bytes we may still send on the connection.
  public var remoteConnectionWindow: Int { Int(nghttp2_session_get_remote_window_size(session)) }

  /// Bytes the peer may still send on the connection before we release credit.
  public var localConnectionWindow: Int {
    Int(nghttp2_session_get_effective_local_window_size(session))
      - Int(nghttp2_session_get_effective_recv_data_length(session))
  }

  /// The peer's SETTINGS_MAX_HEADER_LIST_SIZE (unbounded, `Int(UInt32.max)`, if it sent none).
  public var peerMaxHeaderListSize: Int {
    Int(nghttp2_session_get_remote_settings(session, NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE))
  }

  /// The peer's SETTINGS_MAX_CONCURRENT_STREAMS.
  public var peerMaxConcurrentStreams: Int {
    Int(nghttp2_session_get_remote_settings(session, NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS))
  }

  private func check(_ result: Int32, _ operation: String) throws(HTTP2Error) {
    if result < 0 { throw HTTP2Error(Int(result), operation: operation) }
  }
}
