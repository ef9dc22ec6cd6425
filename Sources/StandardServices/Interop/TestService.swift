public import RPC

/// `grpc.testing.TestService` with gRPC's interop semantics (grpc/grpc
/// doc/interop-test-descriptions.md): response sizes, echoed status and metadata, requested
/// and expected compression, and response intervals.
public struct TestService: RPCService {
  /// The service name.
  public static let name = "grpc.testing.TestService"
  /// Largest payload a request may ask for (gRPC's default message limit).
  public static let maxResponseSize = 4 * 1024 * 1024
  /// Longest wait one response may ask for.
  public static let maxIntervalMicroseconds: Int32 = 10_000_000

  static let echoInitialKey = "x-grpc-test-echo-initial"
  /// This server process's id, answered to `fill_server_id`: random per process, so a client
  /// can tell the servers behind one address apart (grpc's `pick_first_unary` case).
  public static let serverID: String = {
    var generator = SystemRandomNumberGenerator()
    let value = generator.next() as UInt64
    let hex = String(value, radix: 16)
    return "samarbeid-" + String(repeating: "0", count: 16 - hex.count) + hex
  }()
  static let echoTrailingKey = "x-grpc-test-echo-trailing-bin"

  /// The service.
  public init() {}

  public func register(with router: inout RPCRouter) {
    func method(_ name: String) -> MethodDescriptor {
      MethodDescriptor(service: Self.name, method: name)
    }
    router.registerUnary(method("EmptyCall")) { (_: Empty, call) in
      Self.echoMetadata(call)
      return Empty()
    }
    router.registerUnary(method("UnaryCall")) { (request: SimpleRequest, call) in
      try Self.unaryCall(request, call: call)
    }
    router.registerUnary(method("UnimplementedCall")) { (_: Empty, _) -> Empty in
      throw RPCError(
        code: .unimplemented,
        message: "grpc.testing.TestService/UnimplementedCall is never implemented")
    }
    router.registerServerStreaming(method("StreamingOutputCall")) {
      (
        request: StreamingOutputCallRequest,
        writer: ResponseStreamWriter<StreamingOutputCallResponse>, call
      ) in
      Self.echoMetadata(call)
      try await Self.respond(to: request, writer: writer)
    }
    router.registerClientStreaming(method("StreamingInputCall")) {
      (requests: RequestStream<StreamingInputCallRequest>, call) in
      Self.echoMetadata(call)
      var total = 0
      for try await request in requests {
        if request.expectCompressed?.value == true && !call.lastRequestWasCompressed {
          throw RPCError(code: .invalidArgument, message: "expected a compressed request message")
        }
        total += request.payload?.body.count ?? 0
      }
      var response = StreamingInputCallResponse()
      response.aggregatedPayloadSize = Int32(clamping: total)
      return response
    }
    router.registerBidirectionalStreaming(method("FullDuplexCall")) {
      (requests: RequestStream<StreamingOutputCallRequest>, writer, call) in
      Self.echoMetadata(call)
      for try await request in requests { try await Self.respond(to: request, writer: writer) }
    }
    router.registerBidirectionalStreaming(method("HalfDuplexCall")) {
      (requests: RequestStream<StreamingOutputCallRequest>, writer, call) in
      Self.echoMetadata(call)
      var received: [StreamingOutputCallRequest] = []
      for try await request in requests { received.append(request) }
      for request in received { try await Self.respond(to: request, writer: writer) }
    }
  }

  static func unaryCall(_ request: SimpleRequest, call: ServerCall) throws -> SimpleResponse {
    echoMetadata(call)
    if request.expectCompressed?.value == true && !call.lastRequestWasCompressed {
      throw RPCError(code: .invalidArgument, message: "expected a compressed request message")
    }
    try throwEchoedStatus(request.responseStatus)
    guard case .compressable = request.responseType else {
      throw RPCError(code: .invalidArgument, message: "response_type must be COMPRESSABLE (0)")
    }
    call.compressResponses = request.responseCompressed?.value ?? false
    var response = SimpleResponse()
    response.payload = try payload(size: request.responseSize)
    if request.fillUsername, let identity = call.peer.certificate?.uriSANs.first {
      response.username = identity
    }
    if request.fillServerID { response.serverID = Self.serverID }
    return response
  }

  static func respond(
    to request: StreamingOutputCallRequest,
    writer: ResponseStreamWriter<StreamingOutputCallResponse>
  ) async throws {
    try throwEchoedStatus(request.responseStatus)
    for parameters in request.responseParameters {
      if parameters.intervalMicroseconds > 0 {
        try await Task.sleep(
          for: .microseconds(min(parameters.intervalMicroseconds, maxIntervalMicroseconds)))
      }
      var response = StreamingOutputCallResponse()
      response.payload = try payload(size: parameters.size)
      try await writer.send(response, compressed: parameters.compressed?.value ?? false)
    }
  }

  static func payload(size: Int32) throws(RPCError) -> Payload {
    guard size >= 0, Int(size) <= maxResponseSize else {
      throw RPCError(
        code: .invalidArgument,
        message: "response size \(size) is outside 0...\(maxResponseSize) bytes"
      )
    }
    return Payload(body: [UInt8](repeating: 0, count: Int(size)))
  }

  static func throwEchoedStatus(_ status: EchoStatus?) throws(RPCError) {
    guard let status, status.code != 0 else { return }
    throw RPCError(code: Status.Code(rawValue: Int(status.code)), message: status.message)
  }

  static func echoMetadata(_ call: ServerCall) {
    for value in call.requestMetadata[echoInitialKey] {
      var metadata = call.initialMetadata
      metadata.append(echoInitialKey, value)
      call.initialMetadata = metadata
    }
    for value in call.requestMetadata[echoTrailingKey] {
      var metadata = call.trailingMetadata
      metadata.append(echoTrailingKey, value)
      call.trailingMetadata = metadata
    }
  }
}
