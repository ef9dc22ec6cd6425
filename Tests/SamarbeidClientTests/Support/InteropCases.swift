import RPC
import SamarbeidClient
import StandardServices
import ZlibCompression

/// gRPC's interop cases (grpc/grpc doc/interop-test-descriptions.md), the same set the
/// Python client runs against our server, driven by our client against any TestService.
struct InteropCases {
  /// The cases by name, in the order the Python client runs them.
  static let all: [(name: String, run: @Sendable (InteropCases) async throws -> Void)] = [
    ("empty_unary", { try await $0.emptyUnary() }),
    ("large_unary", { try await $0.largeUnary() }),
    ("client_compressed_unary", { try await $0.clientCompressedUnary() }),
    ("server_compressed_unary", { try await $0.serverCompressedUnary() }),
    ("client_streaming", { try await $0.clientStreaming() }),
    ("client_compressed_streaming", { try await $0.clientCompressedStreaming() }),
    ("server_streaming", { try await $0.serverStreaming() }),
    ("server_compressed_streaming", { try await $0.serverCompressedStreaming() }),
    ("ping_pong", { try await $0.pingPong() }),
    ("empty_stream", { try await $0.emptyStream() }),
    ("cancel_after_begin", { try await $0.cancelAfterBegin() }),
    ("cancel_after_first_response", { try await $0.cancelAfterFirstResponse() }),
    ("timeout_on_sleeping_server", { try await $0.timeoutOnSleepingServer() }),
    ("custom_metadata", { try await $0.customMetadata() }),
    ("status_code_and_message", { try await $0.statusCodeAndMessage() }),
    ("special_status_message", { try await $0.specialStatusMessage() }),
    ("unimplemented_method", { try await $0.unimplementedMethod() }),
    ("unimplemented_service", { try await $0.unimplementedService() }),
  ]

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  let client: GRPCClient
  let options = CallOptions(timeout: .seconds(10))

  static func method(_ name: String, service: String = "grpc.testing.TestService")
    -> MethodDescriptor
  {
    MethodDescriptor(service: service, method: name)
  }

  func check(_ condition: Bool, _ message: @autoclosure () -> String) throws {
    if !condition { throw Failure(description: message()) }
  }

  /// Runs `call` and checks it fails with `code` (and `message` when given).
  func expectStatus(
    _ code: Status.Code, message: String? = nil, _ call: () async throws -> Void
  ) async throws {
    do {
      try await call()
    } catch let error as RPCError {
      try check(error.code == code, "expected \(code), got \(error)")
      if let message {
        try check(
          error.message == message,
          "expected message \(message.debugDescription), got \(error.message.debugDescription)")
      }
      return
    }
    throw Failure(description: "expected \(code), the call succeeded")
  }

  static func zeros(_ size: Int) -> Payload { Payload(body: [UInt8](repeating: 0, count: size)) }

  static func simpleRequest(responseSize: Int32, payloadSize: Int) -> SimpleRequest {
    var request = SimpleRequest()
    request.responseSize = responseSize
    request.payload = zeros(payloadSize)
    return request
  }

  static func streamingRequest(sizes: [Int32], payloadSize: Int? = nil)
    -> StreamingOutputCallRequest
  {
    var request = StreamingOutputCallRequest()
    request.responseParameters = sizes.map { size in
      var parameters = ResponseParameters()
      parameters.size = size
      return parameters
    }
    request.payload = payloadSize.map(zeros)
    return request
  }

  // MARK: Unary

  func emptyUnary() async throws {
    let response = try await client.unary(
      Self.method("EmptyCall"), request: Empty(), responseType: Empty.self, options: options)
    try check(response.message == Empty(), "response is not Empty")
  }

  func largeUnary() async throws {
    let response = try await client.unary(
      Self.method("UnaryCall"),
      request: Self.simpleRequest(responseSize: 314_159, payloadSize: 271_828),
      responseType: SimpleResponse.self, options: options)
    let body = response.message.payload?.body ?? []
    try check(
      body.count == 314_159 && body.allSatisfy { $0 == 0 }, "payload of \(body.count) bytes")
  }

  func clientCompressedUnary() async throws {
    var request = Self.simpleRequest(responseSize: 314_159, payloadSize: 271_828)
    request.expectCompressed = BoolValue(true)
    try await expectStatus(.invalidArgument) {
      _ = try await client.unary(
        Self.method("UnaryCall"), request: request, responseType: SimpleResponse.self,
        options: options)
    }
    var compressed = options
    compressed.compression = ZlibCompressor.gzip
    let response = try await client.unary(
      Self.method("UnaryCall"), request: request, responseType: SimpleResponse.self,
      options: compressed)
    try check(
      response.message.payload?.body.count == 314_159, "compressed call: wrong payload size")
    request.expectCompressed = BoolValue(false)
    let plain = try await client.unary(
      Self.method("UnaryCall"), request: request, responseType: SimpleResponse.self,
      options: options)
    try check(plain.message.payload?.body.count == 314_159, "uncompressed call: wrong payload size")
  }

  func serverCompressedUnary() async throws {
    for compressed in [true, false] {
      var request = Self.simpleRequest(responseSize: 314_159, payloadSize: 271_828)
      request.responseCompressed = BoolValue(compressed)
      let response = try await client.unary(
        Self.method("UnaryCall"), request: request, responseType: SimpleResponse.self,
        options: options)
      try check(
        response.message.payload?.body.count == 314_159, "compressed=\(compressed): wrong size")
    }
  }

  // MARK: Streaming

  func clientStreaming() async throws {
    let response = try await client.clientStreaming(
      Self.method("StreamingInputCall"), requestType: StreamingInputCallRequest.self,
      responseType: StreamingInputCallResponse.self, options: options
    ) { writer in
      for size in [27182, 8, 1828, 45904] {
        var request = StreamingInputCallRequest()
        request.payload = Self.zeros(size)
        try await writer.send(request)
      }
    }
    try check(
      response.message.aggregatedPayloadSize == 74922,
      "aggregated \(response.message.aggregatedPayloadSize)")
  }

  func clientCompressedStreaming() async throws {
    var probe = StreamingInputCallRequest()
    probe.expectCompressed = BoolValue(true)
    probe.payload = Self.zeros(27182)
    try await expectStatus(.invalidArgument) {
      _ = try await client.clientStreaming(
        Self.method("StreamingInputCall"), requestType: StreamingInputCallRequest.self,
        responseType: StreamingInputCallResponse.self, options: options
      ) { writer in try await writer.send(probe) }
    }
    var compressed = options
    compressed.compression = ZlibCompressor.gzip
    let response = try await client.clientStreaming(
      Self.method("StreamingInputCall"), requestType: StreamingInputCallRequest.self,
      responseType: StreamingInputCallResponse.self, options: compressed
    ) { writer in
      try await writer.send(probe)
      var second = StreamingInputCallRequest()
      second.expectCompressed = BoolValue(false)
      second.payload = Self.zeros(45904)
      try await writer.send(second, compressed: false)
    }
    try check(
      response.message.aggregatedPayloadSize == 73086,
      "aggregated \(response.message.aggregatedPayloadSize)")
  }

  func serverStreaming() async throws {
    let sizes: [Int32] = [31415, 9, 2653, 58979]
    let got = try await client.serverStreaming(
      Self.method("StreamingOutputCall"), request: Self.streamingRequest(sizes: sizes),
      responseType: StreamingOutputCallResponse.self, options: options
    ) { responses in
      var got: [Int32] = []
      for try await response in responses { got.append(Int32(response.payload?.body.count ?? -1)) }
      return got
    }
    try check(got == sizes, "sizes \(got)")
  }

  func serverCompressedStreaming() async throws {
    var request = Self.streamingRequest(sizes: [31415, 92653])
    request.responseParameters[0].compressed = BoolValue(true)
    request.responseParameters[1].compressed = BoolValue(false)
    let got = try await client.serverStreaming(
      Self.method("StreamingOutputCall"), request: request,
      responseType: StreamingOutputCallResponse.self, options: options
    ) { responses in
      var got: [Int32] = []
      for try await response in responses { got.append(Int32(response.payload?.body.count ?? -1)) }
      return got
    }
    try check(got == [31415, 92653], "sizes \(got)")
  }

  func pingPong() async throws {
    let pairs: [(Int32, Int)] = [(31415, 27182), (9, 8), (2653, 1828), (58979, 45904)]
    try await client.bidirectionalStreaming(
      Self.method("FullDuplexCall"), requestType: StreamingOutputCallRequest.self,
      responseType: StreamingOutputCallResponse.self, options: options
    ) { writer, responses in
      var iterator = responses.makeAsyncIterator()
      for (responseSize, payloadSize) in pairs {
        try await writer.send(
          Self.streamingRequest(sizes: [responseSize], payloadSize: payloadSize))
        let response = try await iterator.next()
        try check(
          response?.payload?.body.count == Int(responseSize),
          "response of \(response?.payload?.body.count ?? -1) bytes")
      }
      writer.finish()
      try check(try await iterator.next() == nil, "more responses than requests")
    }
  }

  func emptyStream() async throws {
    let count = try await client.bidirectionalStreaming(
      Self.method("FullDuplexCall"), requestType: StreamingOutputCallRequest.self,
      responseType: StreamingOutputCallResponse.self, options: options
    ) { writer, responses in
      writer.finish()
      var count = 0
      for try await _ in responses { count += 1 }
      return count
    }
    try check(count == 0, "\(count) responses")
  }

  func cancelAfterBegin() async throws {
    let call = client.makeCall(Self.method("StreamingInputCall"), options: options)
    call.cancel()
    let (status, _) = await call.status()
    try check(status.code == .cancelled, "status \(status)")
  }

  func cancelAfterFirstResponse() async throws {
    try await expectStatus(.cancelled) {
      try await client.bidirectionalStreaming(
        Self.method("FullDuplexCall"), requestType: StreamingOutputCallRequest.self,
        responseType: StreamingOutputCallResponse.self, options: options
      ) { writer, responses in
        var iterator = responses.makeAsyncIterator()
        try await writer.send(Self.streamingRequest(sizes: [31415], payloadSize: 27182))
        let first = try await iterator.next()
        try check(first?.payload?.body.count == 31415, "first response size")
        responses.call.cancel()
        _ = try await iterator.next()
        throw Failure(description: "a response arrived after cancellation")
      }
    }
  }

  func timeoutOnSleepingServer() async throws {
    try await expectStatus(.deadlineExceeded) {
      try await client.bidirectionalStreaming(
        Self.method("FullDuplexCall"), requestType: StreamingOutputCallRequest.self,
        responseType: StreamingOutputCallResponse.self,
        options: CallOptions(timeout: .milliseconds(1))
      ) { writer, responses in
        try? await writer.send(Self.streamingRequest(sizes: [], payloadSize: 27182))
        for try await _ in responses { throw Failure(description: "a response arrived") }
      }
    }
  }

  // MARK: Metadata and status

  func customMetadata() async throws {
    let initial = "test_initial_metadata_value"
    let trailing: [UInt8] = [0xAB, 0xAB, 0xAB]
    var metadata = Metadata()
    metadata.add("x-grpc-test-echo-initial", initial)
    metadata.add("x-grpc-test-echo-trailing-bin", binary: trailing)
    func verify(_ headers: Metadata, _ trailers: Metadata) throws {
      try check(
        headers[stringValues: "x-grpc-test-echo-initial"] == [initial],
        "initial metadata \(headers)")
      try check(
        trailers[binaryValues: "x-grpc-test-echo-trailing-bin"] == [trailing],
        "trailing metadata \(trailers)")
    }
    let response = try await client.unary(
      Self.method("UnaryCall"),
      request: Self.simpleRequest(responseSize: 314_159, payloadSize: 271_828),
      responseType: SimpleResponse.self, metadata: metadata, options: options)
    try check(response.message.payload?.body.count == 314_159, "unary payload size")
    try verify(response.metadata, response.trailers)

    try await client.bidirectionalStreaming(
      Self.method("FullDuplexCall"), requestType: StreamingOutputCallRequest.self,
      responseType: StreamingOutputCallResponse.self, metadata: metadata, options: options
    ) { writer, responses in
      try await writer.send(Self.streamingRequest(sizes: [314_159], payloadSize: 271_828))
      writer.finish()
      var sizes: [Int] = []
      for try await response in responses { sizes.append(response.payload?.body.count ?? -1) }
      try check(sizes == [314_159], "duplex sizes \(sizes)")
      try verify(try await responses.metadata, await responses.trailers)
    }
  }

  func statusCodeAndMessage() async throws {
    var status = EchoStatus()
    status.code = 2
    status.message = "test status message"
    var unary = SimpleRequest()
    unary.responseStatus = status
    try await expectStatus(.unknown, message: "test status message") {
      _ = try await client.unary(
        Self.method("UnaryCall"), request: unary, responseType: SimpleResponse.self,
        options: options)
    }
    var streaming = StreamingOutputCallRequest()
    streaming.responseStatus = status
    try await expectStatus(.unknown, message: "test status message") {
      try await client.bidirectionalStreaming(
        Self.method("FullDuplexCall"), requestType: StreamingOutputCallRequest.self,
        responseType: StreamingOutputCallResponse.self, options: options
      ) { writer, responses in
        try await writer.send(streaming)
        writer.finish()
        for try await _ in responses {}
      }
    }
  }

  func specialStatusMessage() async throws {
    let message = "\t\ntest with whitespace\r\nand Unicode BMP \u{263A} and non-BMP \u{1F608}\t\n"
    var request = SimpleRequest()
    request.responseStatus = EchoStatus()
    request.responseStatus?.code = 2
    request.responseStatus?.message = message
    try await expectStatus(.unknown, message: message) {
      _ = try await client.unary(
        Self.method("UnaryCall"), request: request, responseType: SimpleResponse.self,
        options: options)
    }
  }

  func unimplementedMethod() async throws {
    try await expectStatus(.unimplemented) {
      _ = try await client.unary(
        Self.method("UnimplementedCall"), request: Empty(), responseType: Empty.self,
        options: options)
    }
  }

  func unimplementedService() async throws {
    try await expectStatus(.unimplemented) {
      _ = try await client.unary(
        Self.method("UnimplementedCall", service: "grpc.testing.UnimplementedService"),
        request: Empty(),
        responseType: Empty.self, options: options)
    }
  }
}
