import Foundation
import GRPCFuzzing
import GRPCServerTransport
import GRPCTestSupport
import Glibc
import HTTP2
import ProtoWire
import RPC
import StandardServices
import Synchronization
import TLS
import Testing

/// Attacks the HTTP/2 library does not stop by itself, or stops only with the options the
/// server sets: Rapid Reset, CONTINUATION floods, HPACK bombs, slow readers, idle handshakes.
@Suite("Attacks on the HTTP/2 layer", .serialized)
struct AbuseTests {
  static let emptyCall = "/grpc.testing.TestService/EmptyCall"

  static func oneSecondHandshake(_ configuration: inout GRPCServer.Configuration) {
    configuration.connection.handshakeTimeout = .seconds(1)
  }

  @Test("Rapid Reset: streams opened and reset in bulk end the connection with GOAWAY")
  func rapidReset() async throws {
    try await TestServer.with { server in
      let (closed, goAway) = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        let block = HPACK.encode(RawHTTP2Client.requestHeaders(path: Self.emptyCall))
        var frames: [RawFrame] = []
        for index in 0..<1500 {
          let stream = UInt32(2 * index + 1)
          frames.append(
            RawFrame(
              type: RawFrame.headers, flags: RawFrame.endHeaders | RawFrame.endStream,
              streamID: stream, payload: block))
          frames.append(.rstStream(stream: stream, code: 8))
        }
        client.write(frames)
        return (client.waitUntilClosedByServer(), client.goAways.last)
      }
      #expect(closed)
      #expect(goAway?.errorCode == 0xB)
      #expect(server.server.defences.snapshot == [.prematureResets: 1])
    }
  }

  @Test("a HEADERS frame followed by endless CONTINUATIONs closes the connection")
  func continuationFlood() async throws {
    try await TestServer.with { server in
      let closed = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        let block = HPACK.encode(RawHTTP2Client.requestHeaders(path: Self.emptyCall))
        var frames = [RawFrame(type: RawFrame.headers, flags: 0, streamID: 1, payload: block)]
        let filler = HPACK.encode([("x-filler", "continuation")])
        for _ in 0..<200 {
          frames.append(RawFrame(type: 9, flags: 0, streamID: 1, payload: filler))
        }
        client.write(frames)
        return client.waitUntilClosedByServer()
      }
      #expect(closed)
      #expect(server.server.defences.snapshot == [.libraryFlood: 1])
    }
  }

  @Test("an HPACK bomb (a 2 KB block that decodes to megabytes) is RESOURCE_EXHAUSTED")
  func hpackBomb() async throws {
    try await TestServer.with { server in
      let (bomb, next) = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        var block = HPACK.encode(RawHTTP2Client.requestHeaders(path: Self.emptyCall))
        // One 4,000-byte field into the dynamic table, then 2,000 one-byte references to it.
        block.append(0x40)
        HPACK.appendInteger(6, prefixBits: 7, firstByte: 0, to: &block)
        block += Array("x-bomb".utf8)
        HPACK.appendInteger(4000, prefixBits: 7, firstByte: 0, to: &block)
        block += [UInt8](repeating: 0x61, count: 4000)
        block += [UInt8](repeating: 0xBE, count: 2000)
        var frames: [RawFrame] = []
        let chunks = stride(from: 0, to: block.count, by: 15_000).map {
          Array(block[$0..<min($0 + 15_000, block.count)])
        }
        for (index, chunk) in chunks.enumerated() {
          let last = index == chunks.count - 1
          frames.append(
            RawFrame(
              type: index == 0 ? RawFrame.headers : 9,
              flags: (last ? RawFrame.endHeaders : 0) | (index == 0 ? RawFrame.endStream : 0),
              streamID: 1,
              payload: chunk
            )
          )
        }
        client.write(frames)
        let bomb = try client.awaitResponse(stream: 1)
        client.sendRPC(stream: 3, path: Self.emptyCall)
        return (bomb, try client.awaitResponse(stream: 3))
      }
      #expect(bomb.grpcStatus == 8)
      #expect(next.grpcStatus == 0)
      #expect(server.server.defences.snapshot == [.headerListTooLarge: 1])
    }
  }

  @Test("a client that does not read stops the handler instead of growing the server's buffers")
  func slowReader() async throws {
    try await TestServer.with { server in
      let client = try await onThread {
        try RawHTTP2Client(port: server.port, initialWindow: 65_535)
      }
      try await onThread {
        client.sendRPC(stream: 1, path: ProbeService.flood.path, messages: [[]])
      }
      try await Task.sleep(for: .seconds(1))
      let sentWhileStalled = server.probe.floodSent.load(ordering: .relaxed)
      // 64 KiB of stream window + 64 KiB of handler watermark, in 32 KiB messages.
      #expect(sentWhileStalled <= 8, "the handler kept producing: \(sentWhileStalled) messages")
      try await onThread { client.write([RawFrame.rstStream(stream: 1, code: 8)]) }
    }
  }

  @Test("a connection that never completes the TLS handshake is closed")
  func handshakeTimeout() async throws {
    try await TestServer.with(configure: Self.oneSecondHandshake) { server in
      let closed = try await onThread { () -> Bool in
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(server.port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        _ = withUnsafePointer(to: &address) {
          $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
          }
        }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var byte: UInt8 = 0
        return recv(socket, &byte, 1, 0) == 0
      }
      #expect(closed)
      #expect(server.server.defences.snapshot == [.handshakeTimeout: 1])
    }
  }

  @Test("TLS sessions resume on reconnect")
  func sessionResumption() async throws {
    try await TestServer.with { server in
      let (firstReused, secondReused) = try await onThread { () -> (Bool, Bool) in
        let first = try RawHTTP2Client(port: server.port)
        first.sendRPC(stream: 1, path: Self.emptyCall)
        _ = try first.awaitResponse(stream: 1)
        let session = try #require(first.tls.resumableSession)
        let second = try RawHTTP2Client(port: server.port, resuming: session)
        second.sendRPC(stream: 1, path: Self.emptyCall)
        _ = try second.awaitResponse(stream: 1)
        return (first.tls.isSessionReused, second.tls.isSessionReused)
      }
      #expect(!firstReused)
      #expect(secondReused)
    }
  }
}
