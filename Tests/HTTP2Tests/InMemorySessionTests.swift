import HTTP2
import Testing

/// Two nghttp2 sessions, client and server, with bytes pumped between them in memory: the
/// HTTP/2 layer tested without sockets or TLS.
@Suite("HTTP/2 sessions pumped in memory")
struct InMemorySessionTests {
  /// Records what a session reports; serves `responseBody` on every stream.
  final class Recorder: HTTP2SessionDelegate, HTTP2StreamDelegate {
    var headers: [Int32: [(String, String)]] = [:]
    var data: [Int32: [UInt8]] = [:]
    var ended: Set<Int32> = []
    var closed: [Int32: UInt32] = [:]
    var frames: [UInt8] = []
    var responseBody: [UInt8] = []
    var trailers: [(name: String, value: String)]? = [("grpc-status", "0")]
    var sent: [Int32: Int] = [:]

    func beginHeaders(on streamID: Int32) {}
    func header(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer, on streamID: Int32) {
      headers[streamID, default: []].append(
        (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self)))
    }
    func headersComplete(on streamID: Int32, endStream: Bool) {
      if endStream { ended.insert(streamID) }
    }
    func data(_ bytes: UnsafeRawBufferPointer, on streamID: Int32) {
      data[streamID, default: []] += bytes
    }
    func endStream(on streamID: Int32) { ended.insert(streamID) }
    func streamClosed(_ streamID: Int32, errorCode: UInt32) { closed[streamID] = errorCode }
    func session(frameReceived frame: HTTP2FrameInfo) { frames.append(frame.type) }
    func session(frameSent frame: HTTP2FrameInfo) {}
    func session(frameNotSent frame: HTTP2FrameInfo, error: HTTP2Error) {}
    func readData(for streamID: Int32, into buffer: UnsafeMutableRawBufferPointer) -> HTTP2DataRead
    {
      let offset = sent[streamID, default: 0]
      let count = min(buffer.count, responseBody.count - offset)
      responseBody.withUnsafeBytes { source in
        if count > 0 {
          buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: count)
        }
      }
      sent[streamID] = offset + count
      return offset + count == responseBody.count
        ? .end(count, trailers: trailers.map(HTTP2HeaderBlock.init)) : .bytes(count)
    }
  }

  final class Pair {
    let clientRecorder = Recorder()
    let serverRecorder = Recorder()
    let client: HTTP2Session
    let server: HTTP2Session

    init(settings: HTTP2Settings = HTTP2Settings()) throws {
      client = try HTTP2Session(
        role: .client, settings: HTTP2Settings(), delegate: clientRecorder,
        streamDelegate: clientRecorder)
      server = try HTTP2Session(
        role: .server, settings: settings, delegate: serverRecorder, streamDelegate: serverRecorder)
    }

    /// Moves bytes both ways until neither side has anything to send.
    func pump() throws {
      for _ in 0..<1000 {
        var moved = false
        var toServer: [UInt8] = []
        try client.send {
          toServer += $0
          return true
        }
        if !toServer.isEmpty {
          moved = true
          try toServer.withUnsafeBytes { try server.receive($0) }
        }
        var toClient: [UInt8] = []
        try server.send {
          toClient += $0
          return true
        }
        if !toClient.isEmpty {
          moved = true
          try toClient.withUnsafeBytes { try client.receive($0) }
        }
        if !moved { return }
      }
    }
  }

  static let request: [(name: String, value: String)] = [
    (":method", "POST"), (":scheme", "https"), (":path", "/a.B/C"), (":authority", "localhost"),
    ("content-type", "application/grpc"),
  ]

  @Test("SETTINGS are exchanged: the client learns MAX_CONCURRENT_STREAMS")
  func settings() throws {
    var settings = HTTP2Settings()
    settings.maxConcurrentStreams = 7
    let pair = try Pair(settings: settings)
    try pair.pump()
    #expect(pair.client.peerMaxConcurrentStreams == 7)
  }

  @Test("a request and a response with data and trailers cross intact")
  func requestResponse() throws {
    let pair = try Pair()
    pair.clientRecorder.responseBody = [1, 2, 3]
    pair.clientRecorder.trailers = nil
    pair.serverRecorder.responseBody = Array(repeating: 9, count: 40_000)
    let stream = try pair.client.submitRequest(
      headers: HTTP2HeaderBlock(Self.request), hasBody: true)
    try pair.pump()
    #expect(pair.serverRecorder.headers[stream]?.first { $0.0 == ":path" }?.1 == "/a.B/C")
    #expect(pair.serverRecorder.data[stream] == [1, 2, 3])
    #expect(pair.serverRecorder.ended.contains(stream))
    try pair.server.submitResponse(
      streamID: stream, headers: HTTP2HeaderBlock([(":status", "200")]), hasBody: true)
    pair.server.consume(3, on: stream)
    try pair.pump()
    #expect(pair.clientRecorder.data[stream]?.count == 40_000)
    #expect(pair.clientRecorder.headers[stream]?.contains { $0 == ("grpc-status", "0") } == true)
    #expect(pair.clientRecorder.closed[stream] == 0)
  }

  @Test("without consumption the sender stops at the stream window; consuming releases it")
  func flowControl() throws {
    var settings = HTTP2Settings()
    settings.initialStreamWindowSize = 65_535
    let pair = try Pair(settings: settings)
    pair.clientRecorder.responseBody = Array(repeating: 1, count: 200_000)
    pair.clientRecorder.trailers = nil
    let stream = try pair.client.submitRequest(
      headers: HTTP2HeaderBlock(Self.request), hasBody: true)
    try pair.pump()
    #expect(pair.serverRecorder.data[stream]?.count == 65_535)
    #expect(pair.client.remoteWindow(of: stream) == 0)
    pair.server.consume(65_535, on: stream)
    try pair.pump()
    #expect(pair.serverRecorder.data[stream]?.count == 131_070)
  }

  @Test("bytes left unconsumed on a reset stream are given back to the connection window")
  func connectionWindowAfterReset() throws {
    var settings = HTTP2Settings()
    settings.connectionWindowSize = 200_000
    let pair = try Pair(settings: settings)
    try pair.pump()
    #expect(pair.client.remoteConnectionWindow == 200_000)
    pair.clientRecorder.responseBody = Array(repeating: 1, count: 150_000)
    pair.clientRecorder.trailers = nil
    let stream = try pair.client.submitRequest(
      headers: HTTP2HeaderBlock(Self.request), hasBody: true)
    try pair.pump()
    #expect(pair.client.remoteConnectionWindow == 50_000)
    pair.client.resetStream(stream, errorCode: 8)
    try pair.pump()
    #expect(pair.serverRecorder.closed[stream] == 8)
    // nghttp2 does not release a closed stream's unconsumed bytes by itself...
    #expect(pair.client.remoteConnectionWindow == 50_000)
    // ...so the transport does, and the client may send again.
    pair.server.consumeConnection(150_000)
    try pair.pump()
    #expect(pair.client.remoteConnectionWindow == 200_000)
  }

  @Test("a stream reset by the peer is reported with its code")
  func reset() throws {
    let pair = try Pair()
    let stream = try pair.client.submitRequest(
      headers: HTTP2HeaderBlock(Self.request), hasBody: false)
    try pair.pump()
    pair.server.resetStream(stream, errorCode: 7)
    try pair.pump()
    #expect(pair.clientRecorder.closed[stream] == 7)
  }

  @Test("PING is acknowledged and GOAWAY reaches the peer")
  func connectionFrames() throws {
    let pair = try Pair()
    pair.server.ping(42)
    try pair.pump()
    #expect(pair.clientRecorder.frames.contains(HTTP2FrameInfo.ping))
    #expect(pair.serverRecorder.frames.contains(HTTP2FrameInfo.ping), "the PING ACK came back")
    pair.server.goAway(lastStreamID: 0, errorCode: 0)
    try pair.pump()
    #expect(pair.clientRecorder.frames.contains(HTTP2FrameInfo.goAway))
  }
}
