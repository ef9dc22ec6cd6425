import GRPCServerTransport
import GRPCTestSupport
import Logging
import RPC
import SamarbeidClient
import StandardServices
import Synchronization
import TLS
import Testing

/// One call's behaviour: deadlines, cancellation, limits, flow control, identity.
@Suite("Client calls") struct ClientCallTests {
  static let emptyCall = MethodDescriptor(service: "grpc.testing.TestService", method: "EmptyCall")
  static let unaryCall = MethodDescriptor(service: "grpc.testing.TestService", method: "UnaryCall")

  @Test("the deadline travels as grpc-timeout")
  func deadlineIsSent() async throws {
    try await TestServer.with { server in
      try await ClientFixture.with(port: server.port) { client in
        let response = try await client.unary(
          ProbeService.deadline, request: Empty(), responseType: EchoStatus.self,
          options: CallOptions(timeout: .seconds(5)))
        #expect(response.message.code > 3000 && response.message.code <= 5000)
        let none = try await client.unary(
          ProbeService.deadline, request: Empty(), responseType: EchoStatus.self)
        #expect(none.message.code == -1)
      }
    }
  }

  @Test("a call past its deadline ends with DEADLINE_EXCEEDED and the server stops its handler")
  func deadlineExceeded() async throws {
    try await TestServer.with { server in
      try await ClientFixture.with(port: server.port) { client in
        let error = await #expect(throws: RPCError.self) {
          _ = try await client.unary(
            ProbeService.hang, request: Empty(), responseType: Empty.self,
            options: CallOptions(timeout: .milliseconds(200)))
        }
        #expect(error?.code == .deadlineExceeded)
        #expect(await server.probe.waitFor("cancelled"))
      }
    }
  }

  @Test("cancelling the task resets the stream: CANCELLED here, the handler cancelled there")
  func taskCancellation() async throws {
    try await TestServer.with { server in
      try await ClientFixture.with(port: server.port) { client in
        let task = Task {
          try await client.unary(ProbeService.hang, request: Empty(), responseType: Empty.self)
        }
        #expect(await server.probe.waitFor("started"))
        task.cancel()
        let result = await task.result
        #expect(throws: RPCError.self) { try result.get() }
        #expect((try? result.get()) == nil)
        if case .failure(let error as RPCError) = result { #expect(error.code == .cancelled) }
        #expect(await server.probe.waitFor("cancelled"))
        // The connection is still good.
        _ = try await client.unary(Self.emptyCall, request: Empty(), responseType: Empty.self)
      }
    }
  }

  @Test("an error carries its code, message and trailing metadata")
  func errorTrailers() async throws {
    try await TestServer.with { server in
      try await ClientFixture.with(port: server.port) { client in
        var request = SimpleRequest()
        request.responseStatus = EchoStatus()
        request.responseStatus?.code = 5
        request.responseStatus?.message = "no such grant"
        var metadata = Metadata()
        metadata.add("x-grpc-test-echo-trailing-bin", binary: [1, 2, 3])
        let error = await #expect(throws: RPCError.self) {
          _ = try await client.unary(
            Self.unaryCall, request: request, responseType: SimpleResponse.self, metadata: metadata)
        }
        #expect(error?.code == .notFound)
        #expect(error?.message == "no such grant")
        #expect(error?.metadata[binaryValues: "x-grpc-test-echo-trailing-bin"] == [[1, 2, 3]])
      }
    }
  }

  @Test("a server that does not agree on ALPN h2 is refused")
  func alpnRequired() async throws {
    try await TestServer.with(configure: Self.http1Only) { server in
      try await ClientFixture.with(port: server.port) { client in
        let error = await #expect(throws: RPCError.self) {
          _ = try await client.unary(Self.emptyCall, request: Empty(), responseType: Empty.self)
        }
        #expect(error?.code == .unavailable)
        #expect(error?.message.contains("TLS handshake failed") == true)
      }
    }
  }

  static func http1Only(_ configuration: inout GRPCServer.Configuration) {
    configuration.tls.applicationProtocols = ["http/1.1"]
  }

  @Test("a response over the client's receive limit fails with RESOURCE_EXHAUSTED")
  func receiveLimit() async throws {
    try await TestServer.with { server in
      try await ClientFixture.with(
        ClientFixture.configuration(port: server.port).with { $0.maxReceiveMessageSize = 1000 }
      ) { client in
        var request = SimpleRequest()
        request.responseSize = 2000
        let error = await #expect(throws: RPCError.self) {
          _ = try await client.unary(
            Self.unaryCall, request: request, responseType: SimpleResponse.self)
        }
        #expect(error?.code == .resourceExhausted)
        request.responseSize = 500
        let small = try await client.unary(
          Self.unaryCall, request: request, responseType: SimpleResponse.self)
        #expect(small.message.payload?.body.count == 500)
      }
    }
  }

  @Test("a slow reader holds the server back (flow control), then gets every message")
  func responseFlowControl() async throws {
    try await TestServer.with { server in
      try await ClientFixture.with(port: server.port) { client in
        let count = try await client.serverStreaming(
          ProbeService.flood, request: Empty(), responseType: Payload.self
        ) { responses in
          var iterator = responses.makeAsyncIterator()
          _ = try await iterator.next()
          try await Task.sleep(for: .milliseconds(300))
          // 1 MiB of stream window and the server's send buffer: far fewer than 1,000.
          let sentWhileStalled = server.probe.floodSent.load(ordering: .relaxed)
          #expect(sentWhileStalled < 200)
          var count = 1
          while try await iterator.next() != nil { count += 1 }
          return count
        }
        #expect(count == 1000)
      }
    }
  }

  @Test("messages larger than the stream window arrive while the reader lags")
  func largeMessagesPastTheWindow() async throws {
    try await TestServer.with { server in
      try await ClientFixture.with(port: server.port) { client in
        var request = StreamingOutputCallRequest()
        request.responseParameters = (0..<3).map { _ in
          var parameters = ResponseParameters()
          parameters.size = 3 * 1024 * 1024
          return parameters
        }
        let sizes = try await client.serverStreaming(
          ClientConnectionTests.outputCall, request: request,
          responseType: StreamingOutputCallResponse.self
        ) { responses in
          var sizes: [Int] = []
          for try await response in responses {
            sizes.append(response.payload?.body.count ?? -1)
            try await Task.sleep(for: .milliseconds(50))
          }
          return sizes
        }
        #expect(sizes == [3 * 1024 * 1024, 3 * 1024 * 1024, 3 * 1024 * 1024])
      }
    }
  }

  @Test("the client presents its certificate; the server sees its identity")
  func clientIdentity() async throws {
    try await TestServer.with(clientCertificates: .required) { server in
      try await ClientFixture.with(port: server.port) { client in
        let response = try await client.unary(
          ProbeService.peer, request: Empty(), responseType: SimpleResponse.self)
        #expect(response.message.username.contains("0301"))
        #expect(response.message.hostname == "localhost")
      }
    }
  }

  @Test("many concurrent calls share one connection")
  func multiplexing() async throws {
    try await TestServer.with { server in
      try await ClientFixture.with(port: server.port) { client in
        let succeeded = try await withThrowingTaskGroup(of: Bool.self) { group in
          for index in 0..<300 {
            group.addTask {
              var request = SimpleRequest()
              request.responseSize = Int32(index)
              let response = try await client.unary(
                Self.unaryCall, request: request, responseType: SimpleResponse.self)
              return response.message.payload?.body.count == index
            }
          }
          return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(succeeded == 300)
      }
    }
  }

  @Test("closing the client fails calls in flight with UNAVAILABLE, and later calls at once")
  func closeFailsCalls() async throws {
    try await TestServer.with { server in
      var logger = Logger(label: "test")
      logger.logLevel = .critical
      let client = try GRPCClient(
        configuration: ClientFixture.configuration(port: server.port), logger: logger)
      let task = Task {
        try await client.unary(ProbeService.hang, request: Empty(), responseType: Empty.self)
      }
      #expect(await server.probe.waitFor("started"))
      await client.close()
      if case .failure(let error as RPCError) = await task.result {
        #expect(error.code == .unavailable)
      } else {
        Issue.record("the call did not fail")
      }
      let error = await #expect(throws: RPCError.self) {
        _ = try await client.unary(Self.emptyCall, request: Empty(), responseType: Empty.self)
      }
      #expect(error?.code == .unavailable)
    }
  }
}
