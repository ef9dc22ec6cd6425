import Foundation
import GRPCFuzzing
import GRPCServerTransport
import GRPCTestSupport
import HTTP2
import ProtoWire
import RPC
import StandardServices
import TLS
import Testing

/// What the server does about misbehaving peers: floods, ping abuse, too many streams,
/// missing ALPN or certificates, idle connections, and its own graceful shutdown.
@Suite("HTTP/2 and TLS hardening", .serialized)
struct HardeningTests {
  static let emptyCall = "/grpc.testing.TestService/EmptyCall"

  static func fourStreams(_ configuration: inout GRPCServer.Configuration) {
    configuration.connection.settings.maxConcurrentStreams = 4
  }

  static func oneSecondIdle(_ configuration: inout GRPCServer.Configuration) {
    configuration.connection.idleTimeout = .seconds(1)
  }

  static func oneSecondHeaderBlocks(_ configuration: inout GRPCServer.Configuration) {
    configuration.connection.headerBlockTimeout = .seconds(1)
  }

  @Test("a flood of PRIORITY frames gets GOAWAY ENHANCE_YOUR_CALM and the connection closes")
  func priorityFlood() async throws {
    try await TestServer.with { server in
      let (goAway, closed) = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        let priority = RawFrame(
          type: RawFrame.priority, flags: 0, streamID: 3, payload: [0, 0, 0, 0, 16])
        client.write(Array(repeating: priority, count: 2000))
        let closed = client.waitUntilClosedByServer()
        return (client.goAways.last, closed)
      }
      #expect(goAway?.errorCode == 0xB)
      #expect(closed)
      #expect(server.server.defences.snapshot == [.frameFlood: 1])
    }
  }

  @Test("a flood of empty DATA frames gets GOAWAY ENHANCE_YOUR_CALM")
  func emptyDataFlood() async throws {
    try await TestServer.with { server in
      let goAway = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        client.sendHeaders(
          stream: 1, RawHTTP2Client.requestHeaders(path: ProbeService.hang.path), endStream: false)
        let empty = RawFrame(type: RawFrame.data, flags: 0, streamID: 1, payload: [])
        client.write(Array(repeating: empty, count: 2000))
        _ = client.waitUntilClosedByServer()
        return client.goAways.last
      }
      #expect(goAway?.errorCode == 0xB)
      #expect(server.server.defences.snapshot == [.frameFlood: 1])
    }
  }

  @Test("pings closer than 5 s apart with nothing sent between get too_many_pings")
  func pingStrikes() async throws {
    try await TestServer.with { server in
      let (goAway, acks) = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        for index in 0..<5 {
          client.write([
            RawFrame(
              type: RawFrame.ping, flags: 0, streamID: 0,
              payload: [UInt8](repeating: UInt8(index), count: 8))
          ])
        }
        _ = client.waitUntilClosedByServer()
        return (client.goAways.last, client.pingAcks.count)
      }
      #expect(goAway?.errorCode == 0xB)
      #expect(
        goAway.map { String(decoding: $0.payload.dropFirst(8), as: UTF8.self) } == "too_many_pings")
      #expect(acks >= 3, "pings are answered until the strikes run out")
      #expect(server.server.defences.snapshot == [.pingStrikes: 1])
    }
  }

  @Test("pings between calls that send data are fine")
  func pingsWithTraffic() async throws {
    try await TestServer.with { server in
      let (goAways, statuses) = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        var statuses: [Int?] = []
        for index in 0..<5 {
          client.write([
            RawFrame(
              type: RawFrame.ping, flags: 0, streamID: 0, payload: [UInt8](repeating: 9, count: 8))
          ])
          let stream = UInt32(2 * index + 1)
          client.sendRPC(stream: stream, path: Self.emptyCall)
          statuses.append(try client.awaitResponse(stream: stream).grpcStatus)
        }
        return (client.goAways.count, statuses)
      }
      #expect(goAways == 0)
      #expect(statuses == Array(repeating: 0, count: 5))
      #expect(server.server.defences.snapshot.isEmpty)
    }
  }

  @Test("new streams are refused while MAX_CONCURRENT_STREAMS handlers of reset streams still run")
  func concurrencyCap() async throws {
    try await TestServer.with(configure: Self.fourStreams) { server in
      let client = try await onThread { try RawHTTP2Client(port: server.port) }
      try await onThread {
        for stream in stride(from: UInt32(1), through: 7, by: 2) {
          client.sendRPC(stream: stream, path: ProbeService.stubborn.path)
        }
      }
      #expect(await server.probe.waitFor("stubborn-started", count: 4))
      let refused = try await onThread { () -> RawHTTP2Client.Response in
        // Reset all four: their handlers keep running (they ignore cancellation) and count.
        client.write(
          stride(from: UInt32(1), through: 7, by: 2).map { RawFrame.rstStream(stream: $0, code: 8) }
        )
        client.sendRPC(stream: 9, path: Self.emptyCall)
        return try client.awaitResponse(stream: 9)
      }
      #expect(refused.resetCode == 7, "REFUSED_STREAM")
      #expect(server.server.defences.snapshot == [.refusedStream: 1])
      #expect(await server.probe.waitFor("stubborn-finished", count: 4))
      let accepted = try await onThread { () -> Int? in
        client.sendRPC(stream: 11, path: Self.emptyCall)
        return try client.awaitResponse(stream: 11).grpcStatus
      }
      #expect(accepted == 0)
    }
  }

  @Test("streams whose handlers answered but have not returned yet never refuse the next call")
  func answeredHandlersAreNotOrphans() async throws {
    try await TestServer.with(configure: Self.fourStreams) { server in
      let client = try await onThread { try RawHTTP2Client(port: server.port) }
      let answered = try await onThread { () -> [Int?] in
        for stream in stride(from: UInt32(1), through: 7, by: 2) {
          client.sendRPC(stream: stream, path: ProbeService.linger.path)
        }
        return try stride(from: UInt32(1), through: 7, by: 2).map {
          try client.awaitResponse(stream: $0).grpcStatus
        }
      }
      #expect(answered == [0, 0, 0, 0])
      // All four streams are closed and their handlers still run (until released below): the
      // state a busy machine leaves when handler tasks return late.
      let next = try await onThread { () -> [RawHTTP2Client.Response] in
        for stream in stride(from: UInt32(9), through: 15, by: 2) {
          client.sendRPC(stream: stream, path: Self.emptyCall)
        }
        return try stride(from: UInt32(9), through: 15, by: 2).map {
          try client.awaitResponse(stream: $0)
        }
      }
      let returned = server.probe.recordedEvents.filter { $0 == "linger-returned" }.count
      server.probe.releaseLingering()
      #expect(returned == 0, "the handlers were still running when the next calls came")
      #expect(next.map(\.grpcStatus) == [0, 0, 0, 0])
      #expect(next.map(\.resetCode) == [nil, nil, nil, nil], "none refused")
      #expect(server.server.defences.snapshot.isEmpty)
    }
  }

  @Test("a client that does not offer ALPN h2 fails the handshake")
  func alpnRequired() async throws {
    try await TestServer.with { server in
      let failed = try await onThread { () -> Bool in
        do {
          let client = try RawHTTP2Client(
            port: server.port, applicationProtocols: ["http/1.1"], sendPreface: false)
          // TLS 1.3 reports the server's alert on the first read.
          return client.waitUntilClosedByServer()
        } catch {
          return true
        }
      }
      #expect(failed)
    }
  }

  @Test("without a client certificate the handshake fails when one is required")
  func clientCertificateRequired() async throws {
    try await TestServer.with(clientCertificates: .required) { server in
      let (withoutFailed, withStatus) = try await onThread { () -> (Bool, Int?) in
        var withoutFailed = false
        do {
          let client = try RawHTTP2Client(port: server.port, identity: nil)
          client.sendRPC(stream: 1, path: Self.emptyCall)
          withoutFailed = (try? client.awaitResponse(stream: 1)) == nil
        } catch {
          withoutFailed = true
        }
        let client = try RawHTTP2Client(port: server.port, identity: "kommune-4601")
        client.sendRPC(stream: 1, path: Self.emptyCall)
        return (withoutFailed, try client.awaitResponse(stream: 1).grpcStatus)
      }
      #expect(withoutFailed)
      #expect(withStatus == 0)
    }
  }

  @Test("a connection without streams is closed after the idle timeout")
  func idleTimeout() async throws {
    try await TestServer.with(configure: Self.oneSecondIdle) { server in
      let (closed, goAway) = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        client.sendRPC(stream: 1, path: Self.emptyCall)
        _ = try client.awaitResponse(stream: 1)
        return (client.waitUntilClosedByServer(), client.goAways.last)
      }
      #expect(closed)
      #expect(goAway?.errorCode == 0)
      #expect(server.server.defences.snapshot.isEmpty, "an idle close is not a defence")
    }
  }

  @Test("a header block left unfinished is cut off")
  func headerBlockTimeout() async throws {
    try await TestServer.with(configure: Self.oneSecondHeaderBlocks) { server in
      let (closed, goAway, elapsed) = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        client.sendRPC(stream: 1, path: Self.emptyCall)
        _ = try client.awaitResponse(stream: 1)
        let started = ContinuousClock.now
        // HEADERS without END_HEADERS, and no CONTINUATION ever.
        let block = HPACK.encode(RawHTTP2Client.requestHeaders(path: Self.emptyCall))
        client.write([RawFrame(type: RawFrame.headers, flags: 0, streamID: 3, payload: block)])
        return (
          client.waitUntilClosedByServer(), client.goAways.last, ContinuousClock.now - started
        )
      }
      #expect(closed)
      #expect(goAway?.errorCode == 0xB)
      #expect(elapsed >= .seconds(1))
      #expect(server.server.defences.snapshot == [.headerBlockTimeout: 1])
    }
  }

  /// A server and a raw client whose stream 1 is a StreamingOutputCall of two messages
  /// `intervalMicroseconds` apart, its response headers already read.
  static func streamingCallRunning(intervalMicroseconds: Int32, answersPings: Bool = true)
    async throws -> (TestServer, RawHTTP2Client)
  {
    let server = try TestServer()
    let port = server.port
    let client = try await onThread { try RawHTTP2Client(port: port) }
    client.answersPings = answersPings
    let streaming = StreamingOutputCallRequest.delayed(
      sizes: [10, 10], intervalMicroseconds: intervalMicroseconds)
    try await onThread {
      client.sendRPC(
        stream: 1, path: "/grpc.testing.TestService/StreamingOutputCall",
        messages: [streaming.serializedBytes()])
      _ = client.readUntil { client.responses[1]?.headers.isEmpty == false }
    }
    return (server, client)
  }

  @Test("graceful shutdown: GOAWAY(2^31-1), PING, final GOAWAY, running calls finish")
  func gracefulShutdown() async throws {
    let (server, client) = try await Self.streamingCallRunning(intervalMicroseconds: 1_000_000)
    async let stopped: Void = server.stop()
    let response = try await onThread { () -> RawHTTP2Client.Response in
      let response = try client.awaitResponse(stream: 1)
      // The GOAWAYs may follow the last response frame: read on until the server closes.
      _ = client.waitUntilClosedByServer()
      return response
    }
    await stopped
    #expect(response.grpcStatus == 0)
    #expect(response.messages.count == 2)
    let lastStreamIDs = client.goAways.map(\.lastStreamID)
    #expect(lastStreamIDs.first == 0x7FFF_FFFF)
    #expect(lastStreamIDs.last == 1)
  }

  @Test(
    "graceful shutdown whose PING is never answered: the final GOAWAY still follows the last call")
  func gracefulShutdownWithoutPingAnswer() async throws {
    let (server, client) = try await Self.streamingCallRunning(
      intervalMicroseconds: 300_000, answersPings: false)
    let started = ContinuousClock.now
    async let stopped: Void = server.stop()
    let (response, closed) = try await onThread { () -> (RawHTTP2Client.Response, Bool) in
      let response = try client.awaitResponse(stream: 1)
      return (response, client.waitUntilClosedByServer())
    }
    let elapsed = ContinuousClock.now - started
    await stopped
    #expect(response.grpcStatus == 0)
    #expect(closed)
    // The grace period is 10 s: a close at its end would mean the final GOAWAY waited for it.
    #expect(elapsed < .seconds(8), "closed once the call ended, after \(elapsed)")
    #expect(client.pings.count == 1)
    #expect(client.goAways.map(\.lastStreamID) == [0x7FFF_FFFF, 1])
  }
}

extension StreamingOutputCallRequest {
  static func delayed(sizes: [Int32], intervalMicroseconds: Int32) -> StreamingOutputCallRequest {
    var request = StreamingOutputCallRequest()
    request.responseParameters = sizes.map { size in
      var parameters = ResponseParameters()
      parameters.size = size
      parameters.intervalMicroseconds = intervalMicroseconds
      return parameters
    }
    return request
  }
}
