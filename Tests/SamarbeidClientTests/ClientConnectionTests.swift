import GRPCServerTransport
import GRPCTestSupport
import HTTP2
import RPC
import SamarbeidClient
import StandardServices
import Testing

/// The connections under the calls: GOAWAY, refused streams, reconnects, queueing, TLS.
@Suite("Client connections") struct ClientConnectionTests {
  static let emptyCall = MethodDescriptor(service: "grpc.testing.TestService", method: "EmptyCall")
  static let outputCall = MethodDescriptor(
    service: "grpc.testing.TestService", method: "StreamingOutputCall")

  static func twoStreams(_ configuration: inout GRPCServer.Configuration) {
    configuration.connection.settings.maxConcurrentStreams = 2
  }

  static func call(_ client: GRPCClient, options: CallOptions = .defaults) async throws(RPCError) {
    _ = try await client.unary(
      Self.emptyCall, request: Empty(), responseType: Empty.self, options: options)
  }

  @Test("a refused stream is retried transparently")
  func refusedStreamRetried() async throws {
    let server = try ScriptedServer(script: [.refuse])
    defer { Task { await server.stop() } }
    try await ClientFixture.with(port: server.port) { client in
      try await Self.call(client)
    }
    #expect(server.arrivals.count == 2)
  }

  @Test("refusals beyond the retry limit end with UNAVAILABLE")
  func refusedTooOften() async throws {
    let server = try ScriptedServer(script: [.refuse, .refuse, .refuse])
    defer { Task { await server.stop() } }
    try await ClientFixture.with(
      ClientFixture.configuration(port: server.port).with { $0.transparentRetries = 2 }
    ) { client in
      let error = await #expect(throws: RPCError.self) { try await Self.call(client) }
      #expect(error?.code == .unavailable)
    }
    #expect(server.arrivals.count == 3)
  }

  @Test("a call the server's GOAWAY left unprocessed runs again on a new connection")
  func goAwayRetriedElsewhere() async throws {
    let server = try ScriptedServer(script: [.goAwayAndClose])
    defer { Task { await server.stop() } }
    try await ClientFixture.with(port: server.port) { client in
      try await Self.call(client)
    }
    let arrivals = server.arrivals
    #expect(arrivals.count == 2)
    #expect(arrivals.map(\.connection) == [1, 2])
  }

  @Test("after GOAWAY no new stream opens on the draining connection")
  func drainingConnectionNotReused() async throws {
    let server = try ScriptedServer(script: [.answer, .goAwayAndAnswer])
    defer { Task { await server.stop() } }
    try await ClientFixture.with(port: server.port) { client in
      for _ in 0..<4 { try await Self.call(client) }
    }
    #expect(server.arrivals.map(\.connection) == [1, 1, 2, 2])
  }

  @Test("calls beyond the server's MAX_CONCURRENT_STREAMS wait for a free stream")
  func queueingBeyondConcurrencyLimit() async throws {
    try await TestServer.with(configure: Self.twoStreams) { server in
      // No transparent retries: a stream the server refused would fail the test.
      try await ClientFixture.with(
        ClientFixture.configuration(port: server.port).with { $0.transparentRetries = 0 }
      ) { client in
        var parameters = ResponseParameters()
        parameters.size = 10
        parameters.intervalMicroseconds = 20_000
        var slowRequest = StreamingOutputCallRequest()
        slowRequest.responseParameters = [parameters]
        let request = slowRequest
        try await withThrowingTaskGroup(of: Int.self) { group in
          for _ in 0..<12 {
            group.addTask {
              try await client.serverStreaming(
                Self.outputCall, request: request, responseType: StreamingOutputCallResponse.self
              ) { responses in
                var count = 0
                for try await _ in responses { count += 1 }
                return count
              }
            }
          }
          var total = 0
          for try await count in group { total += count }
          #expect(total == 12)
        }
      }
    }
  }

  @Test("with no server: fail fast with UNAVAILABLE, or wait for ready until the deadline")
  func noServer() async throws {
    let port = try ClosedPort.make()
    try await ClientFixture.with(port: port) { client in
      let error = await #expect(throws: RPCError.self) { try await Self.call(client) }
      #expect(error?.code == .unavailable)
      #expect(error?.message.contains("refused") == true)
      let waited = await #expect(throws: RPCError.self) {
        try await Self.call(
          client, options: CallOptions(timeout: .milliseconds(300), waitForReady: true))
      }
      #expect(waited?.code == .deadlineExceeded)
    }
  }

  @Test("the client reconnects after the server restarts")
  func reconnect() async throws {
    let first = try TestServer()
    let port = first.port
    try await ClientFixture.with(port: port) { client in
      try await Self.call(client)
      await first.stop()
      let error = await #expect(throws: RPCError.self) { try await Self.call(client) }
      #expect(error?.code == .unavailable)
      let second = try TestServer(configure: { $0.port = port })
      // Bounded: the backoff is at most 200 ms in the fixture.
      try await Self.call(client, options: CallOptions(timeout: .seconds(10), waitForReady: true))
      try await Self.call(client)
      await second.stop()
    }
  }

  @Test("a server whose certificate does not name the expected host is refused")
  func serverNameVerified() async throws {
    try await TestServer.with { server in
      let configuration = ClientFixture.configuration(port: server.port, serverName: "imdi.example")
      try await ClientFixture.with(configuration) { client in
        let error = await #expect(throws: RPCError.self) { try await Self.call(client) }
        #expect(error?.code == .unavailable)
        #expect(error?.message.contains("certificate") == true)
      }
    }
  }

  static func oneSecondToFirstRequest(_ configuration: inout GRPCServer.Configuration) {
    configuration.connection.handshakeTimeout = .seconds(1)
  }

  @Test("connected early and idle past the server's first-request limit: the next call works")
  func idleBeforeFirstCall() async throws {
    try await TestServer.with(configure: Self.oneSecondToFirstRequest) { server in
      try await ClientFixture.with(
        ClientFixture.configuration(port: server.port).with { $0.connections = 2 }
      ) { client in
        try await client.connect()
        // Both connections get GOAWAY "no request in time" and close meanwhile.
        try await Task.sleep(for: .seconds(2.5))
        for _ in 0..<4 { try await Self.call(client) }
      }
      #expect(server.server.defences.snapshot[.noRequest, default: 0] >= 1)
    }
  }

  @Test("calls spread over a pool of connections")
  func pool() async throws {
    let server = try ScriptedServer(script: [])
    defer { Task { await server.stop() } }
    try await ClientFixture.with(
      ClientFixture.configuration(port: server.port).with { $0.connections = 3 }
    ) { client in
      try await client.connect()
      for _ in 0..<6 { try await Self.call(client) }
      // Affinity pins calls to one connection.
      for _ in 0..<3 { try await Self.call(client, options: CallOptions(affinity: 7)) }
    }
    let connections = server.arrivals.map(\.connection)
    #expect(connections.prefix(6).sorted() == [1, 1, 2, 2, 3, 3])
    #expect(Set(connections.suffix(3)).count == 1)
  }
}

/// A loopback port with nothing listening.
enum ClosedPort {
  static func make() throws -> Int {
    let listener = try Socket.listen(host: "127.0.0.1", port: 0)
    let port = try Socket.localPort(of: listener)
    Socket.close(listener)
    return port
  }
}
