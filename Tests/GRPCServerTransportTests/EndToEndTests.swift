import Foundation
import GRPCFuzzing
import GRPCTestSupport
import ProtoWire
import RPC
import StandardServices
import Testing

/// The server over real TLS on loopback, driven byte by byte by a raw HTTP/2 client.
@Suite("gRPC over TLS and HTTP/2, end to end", .serialized)
struct EndToEndTests {
  static let unaryCall = "/grpc.testing.TestService/UnaryCall"
  static let emptyCall = "/grpc.testing.TestService/EmptyCall"

  static func simpleRequest(size: Int32, compressed: Bool? = nil) -> [UInt8] {
    var request = SimpleRequest()
    request.responseSize = size
    request.responseCompressed = compressed.map(BoolValue.init)
    return request.serializedBytes()
  }

  @Test("a unary call answers with headers, one message and OK trailers")
  func unary() async throws {
    try await TestServer.with { server in
      let response = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        client.sendRPC(stream: 1, path: Self.unaryCall, messages: [Self.simpleRequest(size: 1000)])
        return try client.awaitResponse(stream: 1)
      }
      #expect(response.header(":status") == "200")
      #expect(response.header("content-type") == "application/grpc")
      #expect(response.grpcStatus == 0)
      #expect(!response.trailers.isEmpty)
      let message = try #require(response.messages.first)
      #expect(try SimpleResponse(serializedBytes: message.bytes).payload?.body.count == 1000)
    }
  }

  @Test("many streams on one connection are served concurrently")
  func multiplexing() async throws {
    try await TestServer.with(threads: 2) { server in
      let statuses = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        let streams = (0..<50).map { UInt32(2 * $0 + 1) }
        for stream in streams {
          client.sendRPC(
            stream: stream, path: Self.unaryCall, messages: [Self.simpleRequest(size: 100)])
        }
        return try streams.map { try client.awaitResponse(stream: $0).grpcStatus }
      }
      #expect(statuses == Array(repeating: 0, count: 50))
    }
  }

  @Test("an unknown method or service is UNIMPLEMENTED, trailers-only")
  func unimplemented() async throws {
    try await TestServer.with { server in
      let (method, service) = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        client.sendRPC(stream: 1, path: "/grpc.testing.TestService/NoSuchMethod")
        client.sendRPC(stream: 3, path: "/no.such.Service/Call")
        return (try client.awaitResponse(stream: 1), try client.awaitResponse(stream: 3))
      }
      #expect(method.grpcStatus == 12)
      #expect(method.trailers.isEmpty, "trailers-only: status in the only header block")
      #expect(method.grpcMessage?.contains("NoSuchMethod") == true)
      #expect(service.grpcStatus == 12)
      #expect(service.grpcMessage?.contains("no.such.Service") == true)
    }
  }

  @Test("a content-type that is not application/grpc gets HTTP 415")
  func wrongContentType() async throws {
    try await TestServer.with { server in
      let response = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        client.sendRPC(stream: 1, path: Self.emptyCall, contentType: "application/json")
        return try client.awaitResponse(stream: 1)
      }
      #expect(response.header(":status") == "415")
      #expect(response.grpcStatus == 13)
      #expect(response.grpcMessage?.contains("application/json") == true)
    }
  }

  @Test("GET gets HTTP 405")
  func getMethod() async throws {
    try await TestServer.with { server in
      let response = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        client.sendHeaders(
          stream: 1, RawHTTP2Client.requestHeaders(path: Self.emptyCall, method: "GET"),
          endStream: true)
        return try client.awaitResponse(stream: 1)
      }
      #expect(response.header(":status") == "405")
      #expect(response.grpcMessage?.contains("POST") == true)
    }
  }

  @Test("a 2 GiB length prefix is RESOURCE_EXHAUSTED at once, and the connection serves on")
  func hugeLengthPrefix() async throws {
    try await TestServer.with { server in
      let (huge, next) = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        client.sendHeaders(
          stream: 1, RawHTTP2Client.requestHeaders(path: Self.unaryCall), endStream: false)
        client.sendData(stream: 1, [0, 0x80, 0, 0, 0, 1, 2, 3], endStream: false)
        let huge = try client.awaitResponse(stream: 1)
        client.sendRPC(stream: 3, path: Self.unaryCall, messages: [Self.simpleRequest(size: 10)])
        return (huge, try client.awaitResponse(stream: 3))
      }
      #expect(huge.grpcStatus == 8)
      #expect(huge.grpcMessage?.contains("2147483648") == true)
      #expect(next.grpcStatus == 0)
    }
  }

  @Test("a message over the 4 MiB receive limit is RESOURCE_EXHAUSTED before its body arrives")
  func messageOverLimit() async throws {
    try await TestServer.with { server in
      let response = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        var request = SimpleRequest()
        request.payload = Payload(body: [UInt8](repeating: 1, count: 4 * 1024 * 1024))
        let framed = MessageFramer.frame(bytes: request.serializedBytes(), compressed: false)
        client.sendHeaders(
          stream: 1, RawHTTP2Client.requestHeaders(path: Self.unaryCall), endStream: false)
        client.sendData(stream: 1, Array(framed[0..<16_000]), endStream: false)
        return try client.awaitResponse(stream: 1)
      }
      #expect(response.grpcStatus == 8)
      #expect(response.grpcMessage?.contains("exceeds the limit of 4194304 bytes") == true)
    }
  }

  @Test("a compressed flag without grpc-encoding is INTERNAL")
  func compressedFlagWithoutEncoding() async throws {
    try await TestServer.with { server in
      let response = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        client.sendHeaders(
          stream: 1, RawHTTP2Client.requestHeaders(path: Self.emptyCall), endStream: false)
        client.sendData(stream: 1, [1, 0, 0, 0, 0], endStream: true)
        return try client.awaitResponse(stream: 1)
      }
      #expect(response.grpcStatus == 13)
      #expect(response.grpcMessage?.contains("grpc-encoding") == true)
    }
  }

  @Test("an unknown grpc-encoding is UNIMPLEMENTED and lists the encodings accepted")
  func unknownEncoding() async throws {
    try await TestServer.with { server in
      let response = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        client.sendRPC(stream: 1, path: Self.emptyCall, extraHeaders: [("grpc-encoding", "snappy")])
        return try client.awaitResponse(stream: 1)
      }
      #expect(response.grpcStatus == 12)
      #expect(response.header("grpc-accept-encoding") == "identity,gzip,deflate")
    }
  }

  @Test("a header list over 16 KiB is RESOURCE_EXHAUSTED, and the connection serves on")
  func oversizedHeaders() async throws {
    try await TestServer.with { server in
      let (big, next) = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        let padding = (0..<20).map { ("x-padding-\($0)", String(repeating: "a", count: 1000)) }
        client.sendRPC(stream: 1, path: Self.emptyCall, extraHeaders: padding)
        let big = try client.awaitResponse(stream: 1)
        client.sendRPC(stream: 3, path: Self.emptyCall)
        return (big, try client.awaitResponse(stream: 3))
      }
      #expect(big.grpcStatus == 8)
      #expect(big.grpcMessage?.contains("16384") == true)
      #expect(next.grpcStatus == 0)
    }
  }

  @Test(
    "a malformed grpc-timeout is INTERNAL and says what is allowed",
    arguments: ["abc", "123456789S", "10", "5x"])
  func invalidTimeout(value: String) async throws {
    try await TestServer.with { server in
      let response = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        client.sendRPC(stream: 1, path: Self.emptyCall, extraHeaders: [("grpc-timeout", value)])
        return try client.awaitResponse(stream: 1)
      }
      #expect(response.grpcStatus == 13)
      #expect(response.grpcMessage?.contains("1 to 8 digits") == true)
    }
  }

  @Test("a deadline that passes ends the call with DEADLINE_EXCEEDED and cancels the handler")
  func deadline() async throws {
    try await TestServer.with { server in
      let response = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        client.sendRPC(
          stream: 1, path: ProbeService.hang.path, messages: [[]],
          extraHeaders: [("grpc-timeout", "50m")])
        return try client.awaitResponse(stream: 1)
      }
      #expect(response.grpcStatus == 4)
      #expect(await server.probe.waitFor("cancelled"))
    }
  }

  @Test("RST_STREAM from the client cancels the running handler")
  func clientCancellation() async throws {
    try await TestServer.with { server in
      try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        client.sendRPC(stream: 1, path: ProbeService.hang.path)
        Thread.sleep(forTimeInterval: 0.1)
        client.write([RawFrame.rstStream(stream: 1, code: 8)])
        Thread.sleep(forTimeInterval: 0.1)
      }
      #expect(await server.probe.waitFor("started"))
      #expect(await server.probe.waitFor("cancelled"))
    }
  }

  @Test("responses are compressed per message when asked and negotiated")
  func responseCompression() async throws {
    try await TestServer.with { server in
      let (compressed, plain) = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        let accept = [("grpc-accept-encoding", "gzip")]
        client.sendRPC(
          stream: 1, path: Self.unaryCall,
          messages: [Self.simpleRequest(size: 5000, compressed: true)], extraHeaders: accept)
        client.sendRPC(
          stream: 3, path: Self.unaryCall,
          messages: [Self.simpleRequest(size: 5000, compressed: false)], extraHeaders: accept)
        return (try client.awaitResponse(stream: 1), try client.awaitResponse(stream: 3))
      }
      #expect(compressed.header("grpc-encoding") == "gzip")
      #expect(compressed.messages.first?.compressed == true)
      #expect((compressed.messages.first?.bytes.count ?? .max) < 500)
      #expect(plain.messages.first?.compressed == false)
      #expect(compressed.grpcStatus == 0 && plain.grpcStatus == 0)
    }
  }

  @Test("metadata: ASCII echoed in headers, -bin (padded or not) echoed in trailers")
  func metadataEcho() async throws {
    try await TestServer.with { server in
      let (padded, unpadded) = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        client.sendRPC(
          stream: 1,
          path: Self.emptyCall,
          extraHeaders: [
            ("x-grpc-test-echo-initial", "hei"), ("x-grpc-test-echo-trailing-bin", "q6ur"),
          ]
        )
        client.sendRPC(
          stream: 3, path: Self.emptyCall, extraHeaders: [("x-grpc-test-echo-trailing-bin", "AQ==")]
        )
        return (try client.awaitResponse(stream: 1), try client.awaitResponse(stream: 3))
      }
      #expect(padded.header("x-grpc-test-echo-initial") == "hei")
      #expect(padded.trailer("x-grpc-test-echo-trailing-bin") == "q6ur")
      #expect(unpadded.trailer("x-grpc-test-echo-trailing-bin") == "AQ")
    }
  }

  @Test("the handler sees the client certificate's URI SAN")
  func peerIdentity() async throws {
    try await TestServer.with { server in
      let response = try await onThread {
        let client = try RawHTTP2Client(port: server.port, identity: "oversight-imdi")
        client.sendRPC(stream: 1, path: ProbeService.peer.path)
        return try client.awaitResponse(stream: 1)
      }
      let message = try SimpleResponse(serializedBytes: try #require(response.messages.first).bytes)
      #expect(message.username == "spiffe://samarbeid/oversight/imdi")
      #expect(message.hostname == "localhost")
    }
  }
}
