internal import CNGHTTP2

/// nghttp2's callbacks, shared by every session: closures that capture nothing, recover
/// the session from user data, and pass events to its delegate. Problems are left to the
/// delegate, which decides what to answer; the receiving callbacks fail only once it has
/// stopped the session's receiving, so that nghttp2 reads no further.
///
/// `@unchecked Sendable`: the callbacks object is built once and only read after that, and
/// nghttp2 copies it into each session.
final class HTTP2Callbacks: @unchecked Sendable {
  static let shared = HTTP2Callbacks()

  let callbacks: OpaquePointer

  /// The data provider every stream with a body uses; data comes from the delegate.
  static var dataProvider: nghttp2_data_provider {
    nghttp2_data_provider(source: nghttp2_data_source(ptr: nil), read_callback: readData)
  }

  private init() {
    var created: OpaquePointer?
    nghttp2_session_callbacks_new(&created)
    callbacks = created!
    nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks) { _, frame, userData in
      let session = HTTP2Session.from(userData)
      guard !session.receivingStopped else { return HTTP2Callbacks.stopped }
      session.streamDelegate.beginHeaders(on: frame!.pointee.hd.stream_id)
      return session.receivingStopped ? HTTP2Callbacks.stopped : 0
    }
    nghttp2_session_callbacks_set_on_header_callback(callbacks) {
      _, frame, name, nameLength, value, valueLength, _, userData in
      let session = HTTP2Session.from(userData)
      guard !session.receivingStopped else { return HTTP2Callbacks.stopped }
      session.streamDelegate.header(
        name: UnsafeRawBufferPointer(start: name, count: nameLength),
        value: UnsafeRawBufferPointer(start: value, count: valueLength),
        on: frame!.pointee.hd.stream_id
      )
      return session.receivingStopped ? HTTP2Callbacks.stopped : 0
    }
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks) { _, frame, userData in
      let session = HTTP2Session.from(userData)
      guard !session.receivingStopped else { return HTTP2Callbacks.stopped }
      let info = HTTP2Callbacks.info(frame!)
      let endStream = info.flags & HTTP2FrameInfo.endStreamFlag != 0
      switch info.type {
      case HTTP2FrameInfo.headers:
        session.streamDelegate.headersComplete(on: info.streamID, endStream: endStream)
      case HTTP2FrameInfo.data where endStream:
        session.streamDelegate.endStream(on: info.streamID)
      default:
        break
      }
      session.delegate.session(frameReceived: info)
      return session.receivingStopped ? HTTP2Callbacks.stopped : 0
    }
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks) {
      _, _, streamID, data, length, userData in
      let session = HTTP2Session.from(userData)
      guard !session.receivingStopped else { return HTTP2Callbacks.stopped }
      session.streamDelegate.data(UnsafeRawBufferPointer(start: data, count: length), on: streamID)
      return session.receivingStopped ? HTTP2Callbacks.stopped : 0
    }
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks) {
      _, streamID, errorCode, userData in
      HTTP2Session.from(userData).streamDelegate.streamClosed(streamID, errorCode: errorCode)
      return 0
    }
    nghttp2_session_callbacks_set_on_frame_send_callback(callbacks) { _, frame, userData in
      HTTP2Session.from(userData).delegate.session(frameSent: HTTP2Callbacks.info(frame!))
      return 0
    }
    nghttp2_session_callbacks_set_on_frame_not_send_callback(callbacks) {
      _, frame, errorCode, userData in
      HTTP2Session.from(userData).delegate.session(
        frameNotSent: HTTP2Callbacks.info(frame!),
        error: HTTP2Error(Int(errorCode), operation: "send"))
      return 0
    }
  }

  /// What a receiving callback returns once receiving has stopped: nghttp2 returns from
  /// `mem_recv` at once, and ``HTTP2Session/receive(_:)`` does not report it as an error.
  private static let stopped = Int32(NGHTTP2_ERR_CALLBACK_FAILURE.rawValue)

  private static let readData: nghttp2_data_source_read_callback = {
    session, streamID, buffer, length, dataFlags, _, userData in
    let owner = HTTP2Session.from(userData)
    let target = UnsafeMutableRawBufferPointer(start: buffer, count: length)
    switch owner.streamDelegate.readData(for: streamID, into: target) {
    case .bytes(let count):
      return count
    case .deferred:
      return Int(NGHTTP2_ERR_DEFERRED.rawValue)
    case .end(let count, let trailers):
      dataFlags!.pointee |= NGHTTP2_DATA_FLAG_EOF.rawValue
      if let trailers {
        dataFlags!.pointee |= NGHTTP2_DATA_FLAG_NO_END_STREAM.rawValue
        let result = nghttp2_submit_trailer(
          session, streamID, trailers.nameValues.baseAddress, trailers.count)
        if result != 0 { return Int(NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE.rawValue) }
      }
      return count
    }
  }

  static func info(_ frame: UnsafePointer<nghttp2_frame>) -> HTTP2FrameInfo {
    let header = frame.pointee.hd
    var info = HTTP2FrameInfo(
      type: header.type,
      flags: header.flags,
      streamID: header.stream_id,
      length: header.length,
      pingPayload: 0,
      goAwayLastStreamID: 0
    )
    switch header.type {
    case HTTP2FrameInfo.ping:
      info.pingPayload = withUnsafeBytes(of: frame.pointee.ping.opaque_data) {
        UInt64(bigEndian: $0.loadUnaligned(as: UInt64.self))
      }
    case HTTP2FrameInfo.goAway:
      info.goAwayLastStreamID = frame.pointee.goaway.last_stream_id
    case HTTP2FrameInfo.headers:
      info.opensStream = frame.pointee.headers.cat == NGHTTP2_HCAT_REQUEST
    default:
      break
    }
    return info
  }
}
