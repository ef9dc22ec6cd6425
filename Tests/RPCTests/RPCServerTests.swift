import Logging
import ProtoWire
import ProtoWireTestSupport
import RPC
import Testing

/// The gRPC layer without a transport: a channel stands in for the HTTP/2 stream.
@Suite("Routing, handlers, errors and interceptors")
struct RPCServerTests {
  struct EchoError: Error {}

  struct Service: RPCService {
    static let echo = MethodDescriptor(service: "test.Echo", method: "Echo")
    static let fail = MethodDescriptor(service: "test.Echo", method: "Fail")
    static let crash = MethodDescriptor(service: "test.Echo", method: "Crash")
    static let sum = MethodDescriptor(service: "test.Echo", method: "Sum")
    /// Sends a message, then waits for news until cancelled (a change feed's shape).
    static let follow = MethodDescriptor(service: "test.Echo", method: "Follow")

    func register(with router: inout RPCRouter) {
      router.registerUnary(Self.echo) { (request: Nested, call) in
        call.trailingMetadata = ["x-done": "ja"]
        return request
      }
      router.registerUnary(Self.fail) { (_: Nested, _) -> Nested in
        throw RPCError(
          code: .failedPrecondition, message: "call is closed", metadata: ["x-rule": "open-call"])
      }
      router.registerUnary(Self.crash) { (_: Nested, _) -> Nested in throw EchoError() }
      router.registerServerStreaming(Self.follow) {
        (request: Nested, writer: ResponseStreamWriter<Nested>, _) in
        try await writer.send(request)
        while !Task.isCancelled { try? await Task.sleep(for: .seconds(30)) }
      }
      router.registerClientStreaming(Self.sum) { (requests: RequestStream<Nested>, _) in
        var total: Int32 = 0
        for try await request in requests { total += request.a }
        return Nested(a: total)
      }
    }
  }

  struct DenyingInterceptor: ServerInterceptor {
    func intercept(_ call: ServerCall, next: @Sendable (ServerCall) async throws -> Void)
      async throws
    {
      guard call.requestMetadata[stringValues: "x-allow"] == ["yes"] else {
        throw RPCError(code: .permissionDenied, message: "x-allow must be yes")
      }
      try await next(call)
    }
  }

  func makeServer(interceptors: [any ServerInterceptor] = []) -> RPCServer {
    var logger = Logger(label: "test")
    logger.logLevel = .critical
    return RPCServer(services: [Service()], interceptors: interceptors, logger: logger)
  }

  func head(_ method: MethodDescriptor, metadata: Metadata = [:]) -> RequestHead {
    let headers: [(name: String, value: String)] =
      [
        (":method", "POST"), (":path", method.path), ("content-type", "application/grpc"),
      ] + metadata.headerFields
    return try! RequestHead.parse(
      headers, headerListSize: 0, maxHeaderListSize: 16_384, compression: CompressionRegistry()
    ).get()
  }

  /// Runs one call with `messages` as requests; returns the parts the transport would send.
  func run(
    _ server: RPCServer,
    _ method: MethodDescriptor,
    messages: [[UInt8]],
    metadata: Metadata = [:]
  ) async throws -> [ServerStreamChannel.OutboundPart] {
    let requestHead = head(method, metadata: metadata)
    let handler = try server.route(requestHead).get().handler
    let channel = ServerStreamChannel {}
    for message in messages {
      channel.deliver(
        InboundMessage(bytes: message, wasCompressed: false), wireSize: message.count + 5)
    }
    channel.deliverEnd()
    let call = ServerCall(
      method: method,
      requestMetadata: requestHead.metadata,
      deadline: nil,
      peer: PeerInfo(address: "test"),
      channel: channel,
      responseCompressor: nil
    )
    await server.run(call, handler: handler)
    return channel.takeTransportWork().parts
  }

  func status(of parts: [ServerStreamChannel.OutboundPart]) -> (Status, Metadata)? {
    for part in parts {
      if case .trailers(let status, let metadata) = part { return (status, metadata) }
    }
    return nil
  }

  @Test("unary: headers, the framed response, OK trailers with the handler's metadata")
  func unary() async throws {
    let parts = try await run(
      makeServer(), Service.echo, messages: [Nested(a: 7, b: "hei").serializedBytes()])
    #expect(parts.count == 3)
    guard case .message(let framed) = parts[1] else {
      Issue.record("no message")
      return
    }
    #expect(try Nested(serializedBytes: framed.dropFirst(5)) == Nested(a: 7, b: "hei"))
    #expect(status(of: parts)?.0 == .ok)
    #expect(status(of: parts)?.1[stringValues: "x-done"] == ["ja"])
  }

  @Test("a thrown RPCError becomes the status, trailers-only, with its metadata")
  func rpcError() async throws {
    let parts = try await run(makeServer(), Service.fail, messages: [[]])
    #expect(parts.count == 1, "no headers before an error: trailers-only")
    #expect(status(of: parts)?.0 == Status(code: .failedPrecondition, message: "call is closed"))
    #expect(status(of: parts)?.1[stringValues: "x-rule"] == ["open-call"])
  }

  @Test("any other error is that call's INTERNAL, with a request id and a neutral message")
  func unexpectedError() async throws {
    let parts = try await run(makeServer(), Service.crash, messages: [[]])
    let (outcome, _) = try #require(status(of: parts))
    #expect(outcome.code == .internal)
    #expect(!outcome.message.contains("EchoError"))
    #expect(outcome.message.contains("(request id "))
  }

  @Test("a request that does not decode is INVALID_ARGUMENT naming the field")
  func undecodable() async throws {
    let parts = try await run(makeServer(), Service.echo, messages: [[0x12, 0x02, 0xC3, 0x28]])
    let (outcome, _) = try #require(status(of: parts))
    #expect(outcome.code == .invalidArgument)
    #expect(outcome.message.contains("protowire.golden.Nested.b"))
  }

  @Test("unary methods need exactly one request message")
  func requestCount() async throws {
    let none = try await run(makeServer(), Service.echo, messages: [])
    #expect(status(of: none)?.0.code == .internal)
    let two = try await run(makeServer(), Service.echo, messages: [[], []])
    #expect(status(of: two)?.0.code == .internal)
  }

  @Test("client streaming reads every message")
  func clientStreaming() async throws {
    let requests = (1...4).map { Nested(a: Int32($0)).serializedBytes() }
    let parts = try await run(makeServer(), Service.sum, messages: requests)
    guard
      case .message(let framed) = parts.first(where: {
        if case .message = $0 { true } else { false }
      })
    else {
      Issue.record("no message")
      return
    }
    #expect(try Nested(serializedBytes: framed.dropFirst(5)).a == 10)
  }

  @Test("unknown methods and services are told apart")
  func unimplemented() {
    let server = makeServer()
    guard
      case .failure(let method) = server.route(
        head(MethodDescriptor(service: "test.Echo", method: "Nope"))),
      case .failure(let service) = server.route(
        head(MethodDescriptor(service: "test.Other", method: "Echo")))
    else {
      Issue.record("routed")
      return
    }
    #expect(method.status.code == .unimplemented && method.status.message.contains("method Nope"))
    #expect(
      service.status.code == .unimplemented && service.status.message.contains("service test.Other")
    )
  }

  @Test("an interceptor can refuse before the handler runs")
  func interceptor() async throws {
    let server = makeServer(interceptors: [DenyingInterceptor()])
    let denied = try await run(server, Service.echo, messages: [[]])
    #expect(status(of: denied)?.0.code == .permissionDenied)
    let allowed = try await run(server, Service.echo, messages: [[]], metadata: ["x-allow": "yes"])
    #expect(status(of: allowed)?.0.code == .ok)
  }

  @Test("at shutdown a long-lived call ends UNAVAILABLE at once, and so does one started after")
  func longLivedCallsAtShutdown() async throws {
    var configuration = RPCServerConfiguration()
    configuration.longLivedMethods = [Service.follow.path]
    var logger = Logger(label: "test")
    logger.logLevel = .critical
    let server = RPCServer(services: [Service()], configuration: configuration, logger: logger)
    let handler = try server.route(head(Service.follow)).get().handler
    func start() -> (ServerStreamChannel, Task<Void, Never>) {
      let channel = ServerStreamChannel {}
      let request = Nested(a: 1).serializedBytes()
      channel.deliver(InboundMessage(bytes: request, wasCompressed: false), wireSize: 6)
      channel.deliverEnd()
      let call = ServerCall(
        method: Service.follow, requestMetadata: [:], deadline: nil,
        peer: PeerInfo(address: "test"), channel: channel, responseCompressor: nil)
      let task = Task { await server.run(call, handler: handler) }
      channel.attach(task: task)
      return (channel, task)
    }
    let (following, task) = start()
    var sent: [ServerStreamChannel.OutboundPart] = []
    for _ in 0..<500 where sent.isEmpty {
      sent = following.takeTransportWork().parts
      if sent.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
    }
    #expect(sent.count == 2, "headers and the first message: the call is following")
    server.beginShutdown()
    await task.value
    #expect(status(of: following.takeTransportWork().parts)?.0 == RPCServer.shutdownStatus)

    let (late, lateTask) = start()
    await lateTask.value
    let parts = late.takeTransportWork().parts
    #expect(status(of: parts)?.0 == RPCServer.shutdownStatus, "\(parts)")
  }
}
