import GRPCTestSupport
import HTTP2
import Logging
import Synchronization
import TLS

/// An HTTP/2 server that answers each new stream as a script says: refuse it, send GOAWAY
/// (and close or keep serving), or answer it as a successful unary call with an empty
/// message. It records which connection each stream arrived on.
final class ScriptedServer: Sendable {
  enum Action: Sendable {
    /// RST_STREAM(REFUSED_STREAM).
    case refuse
    /// GOAWAY naming stream 0 as the last processed, then close the connection.
    case goAwayAndClose
    /// GOAWAY(2^31-1), then answer this stream (the connection drains).
    case goAwayAndAnswer
    /// Answer OK with one empty message.
    case answer
  }

  struct Arrival: Sendable, Equatable {
    var connection: Int
    var streamID: Int32
  }

  private struct State {
    var script: [Action]
    var arrivals: [Arrival] = []
    var connections = 0
  }

  private let state: Mutex<State>
  let server: HTTP2Server
  var port: Int { server.port }

  /// A server that plays `script` (one action per new stream, then answers).
  init(script: [Action]) throws {
    state = Mutex(State(script: script))
    let tls = TLSConfiguration.server(
      certificateChainPath: TestCertificates.serverCertificatePath,
      privateKeyPath: TestCertificates.serverKeyPath,
      trustRootsPath: TestCertificates.caPath,
      clientCertificates: .optional
    )
    var logger = Logger(label: "test.scripted")
    logger.logLevel = .critical
    let context = try TLSContext(configuration: tls, isServer: true)
    let box = Box()
    server = try HTTP2Server(
      configuration: HTTP2Server.Configuration(host: "127.0.0.1", port: 0, threads: 1),
      tlsContext: context,
      logger: logger
    ) { connection in
      ScriptedHandler(connection: connection, server: box.server!)
    }
    box.server = self
    server.start()
  }

  /// Lets the handler factory reach the server once it exists.
  private final class Box: @unchecked Sendable {
    weak var server: ScriptedServer?
  }

  var arrivals: [Arrival] { state.withLock { $0.arrivals } }

  func newConnection() -> Int {
    state.withLock { state in
      state.connections += 1
      return state.connections
    }
  }

  func nextAction(connection: Int, streamID: Int32) -> Action {
    state.withLock { state in
      state.arrivals.append(Arrival(connection: connection, streamID: streamID))
      return state.script.isEmpty ? .answer : state.script.removeFirst()
    }
  }

  func stop() async { await server.shutdownGracefully() }
}

/// The stream logic of ``ScriptedServer`` (its connection's loop only).
private final class ScriptedHandler: HTTP2StreamHandler, @unchecked Sendable {
  unowned(unsafe) let connection: HTTP2Connection
  let server: ScriptedServer
  let number: Int
  var open: Set<Int32> = []
  var answered: Set<Int32> = []

  static let responseHeaders = HTTP2HeaderBlock([
    (":status", "200"), ("content-type", "application/grpc"),
  ])
  static let trailers = HTTP2HeaderBlock([("grpc-status", "0")])

  init(connection: HTTP2Connection, server: ScriptedServer) {
    self.connection = connection
    self.server = server
    self.number = server.newConnection()
  }

  var openStreamCount: Int { open.count }
  var oldestIncompleteHeaderBlock: ContinuousClock.Instant? { nil }
  func connectionDidBecomeActive(_ connection: HTTP2Connection) {}
  func sentEndOfStream(on streamID: Int32) {}
  func prepareFlush() {}
  func connectionDidClose() { open.removeAll() }
  func beginHeaders(on streamID: Int32) { open.insert(streamID) }
  func header(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer, on streamID: Int32) {}
  func endStream(on streamID: Int32) {}
  func streamClosed(_ streamID: Int32, errorCode: UInt32) { open.remove(streamID) }

  func data(_ bytes: UnsafeRawBufferPointer, on streamID: Int32) {
    connection.session?.consume(bytes.count, on: streamID)
  }

  func headersComplete(on streamID: Int32, endStream: Bool) {
    guard let session = connection.session, !answered.contains(streamID) else { return }
    answered.insert(streamID)
    switch server.nextAction(connection: number, streamID: streamID) {
    case .refuse:
      session.resetStream(streamID, errorCode: 7)
    case .goAwayAndClose:
      session.goAway(lastStreamID: 0, errorCode: 0, debugData: "scripted")
      connection.loop.schedule(after: .milliseconds(50)) { [connection] in
        connection.close(reason: "scripted")
      }
    case .goAwayAndAnswer:
      session.goAway(lastStreamID: Int32.max, errorCode: 0, debugData: "scripted drain")
      try? session.submitResponse(streamID: streamID, headers: Self.responseHeaders, hasBody: true)
    case .answer:
      try? session.submitResponse(streamID: streamID, headers: Self.responseHeaders, hasBody: true)
    }
    connection.scheduleFlush()
  }

  func readData(for streamID: Int32, into buffer: UnsafeMutableRawBufferPointer) -> HTTP2DataRead {
    // One empty message: the compressed flag and a zero length.
    for index in 0..<5 { buffer[index] = 0 }
    return .end(5, trailers: Self.trailers)
  }
}
