import Foundation
import GRPCFuzzing
import GRPCServerTransport
import GRPCTestSupport
import HTTP2
import RPC
import SamarbeidClient
import StandardServices
import Testing

/// Connections that hold a slot without using it, and clients that take every slot: found by
/// probing from outside (issue 16), each tried over TLS while a real client is served.
@Suite("Connection slots", .serialized)
struct ConnectionSlotTests {
  static let emptyCall = "/grpc.testing.TestService/EmptyCall"

  static func oneSecond(_ configuration: inout GRPCServer.Configuration) {
    configuration.connection.handshakeTimeout = .seconds(1)
  }

  /// One EmptyCall on a new connection answers.
  static func served(port: Int, identity: String? = "kommune-0301") throws -> Bool {
    let client = try RawHTTP2Client(port: port, identity: identity)
    client.sendRPC(stream: 1, path: emptyCall)
    return try client.awaitResponse(stream: 1).trailer("grpc-status") == "0"
  }

  @Test("silent after the TLS handshake: closed after the handshake timeout; others served")
  func silent() async throws {
    try await TestServer.with(configure: Self.oneSecond) { server in
      let (closed, served) = try await onThread { () -> (Bool, Bool) in
        let silent = try RawHTTP2Client(port: server.port, sendPreface: false)
        // Past the timeout (1 s) and the once-a-second check.
        Thread.sleep(forTimeInterval: 2.5)
        let served = try Self.served(port: server.port)
        return (silent.waitUntilClosedByServer(), served)
      }
      #expect(closed && served)
      #expect(server.server.defences.snapshot == [.noRequest: 1])
    }
  }

  @Test("the preface a byte at a time: closed after the handshake timeout")
  func dribble() async throws {
    try await TestServer.with(configure: Self.oneSecond) { server in
      let closed = try await onThread { () -> Bool in
        let client = try RawHTTP2Client(port: server.port, sendPreface: false)
        for byte in RawFrame.clientPreface.dropLast(2) {
          client.write([byte])
          Thread.sleep(forTimeInterval: 0.3)
          if client.closedByServer { break }
        }
        return client.waitUntilClosedByServer()
      }
      #expect(closed)
      #expect(server.server.defences.snapshot == [.noRequest: 1])
    }
  }

  @Test("preface and SETTINGS, then no request: GOAWAY saying so; a client that made one stays")
  func noRequest() async throws {
    try await TestServer.with(configure: Self.oneSecond) { server in
      let (closed, debug, stayed) = try await onThread { () -> (Bool, String, Bool) in
        let idle = try RawHTTP2Client(port: server.port)
        let busy = try RawHTTP2Client(port: server.port)
        busy.sendRPC(stream: 1, path: Self.emptyCall)
        _ = try busy.awaitResponse(stream: 1)
        let closed = idle.waitUntilClosedByServer()
        let debug = idle.goAways.last.map {
          String(decoding: $0.payload.dropFirst(8), as: UTF8.self)
        }
        // The client that made a request idles past the timeout and is still served.
        Thread.sleep(forTimeInterval: 2.5)
        busy.sendRPC(stream: 3, path: Self.emptyCall)
        let stayed = try busy.awaitResponse(stream: 3).trailer("grpc-status") == "0"
        return (closed, debug ?? "", stayed)
      }
      #expect(closed && debug == "no request in time", "\(debug)")
      #expect(stayed)
      #expect(server.server.defences.snapshot == [.noRequest: 1])
    }
  }

  static func twoPerIdentity(_ configuration: inout GRPCServer.Configuration) {
    configuration.maxConnectionsPerIdentity = 2
    configuration.maxConnectionsPerAddress = 1
  }

  @Test("one identity cannot take every connection: refused past its limit with a reason")
  func perIdentity() async throws {
    try await TestServer.with(configure: Self.twoPerIdentity) { server in
      let outcome = try await onThread { () -> (Bool, UInt32?, String, Bool, Bool, Bool) in
        let first = try RawHTTP2Client(port: server.port)
        let second = try RawHTTP2Client(port: server.port)
        first.sendRPC(stream: 1, path: Self.emptyCall)
        second.sendRPC(stream: 1, path: Self.emptyCall)
        _ = try first.awaitResponse(stream: 1)
        _ = try second.awaitResponse(stream: 1)
        let third = try RawHTTP2Client(port: server.port)
        let refused = third.waitUntilClosedByServer()
        let goAway = third.goAways.last
        let reason = goAway.map { String(decoding: $0.payload.dropFirst(8), as: UTF8.self) } ?? ""
        // Another identity is served; the one at its limit is again once a slot frees.
        let other = try Self.served(port: server.port, identity: "kommune-4601")
        withExtendedLifetime(first) {}
        let freed: Bool
        do {
          let _ = consume first
          Thread.sleep(forTimeInterval: 0.5)
          freed = try Self.served(port: server.port)
        }
        // Without a certificate: one per address.
        let anonymous = try RawHTTP2Client(port: server.port, identity: nil)
        anonymous.sendRPC(stream: 1, path: "/grpc.health.v1.Health/Check")
        _ = try anonymous.awaitResponse(stream: 1)
        let secondAnonymous = try RawHTTP2Client(port: server.port, identity: nil)
        let anonymousRefused = secondAnonymous.waitUntilClosedByServer()
        withExtendedLifetime((second, anonymous)) {}
        return (refused, goAway?.errorCode, reason, other, freed, anonymousRefused)
      }
      #expect(outcome.0, "the third connection is closed")
      #expect(outcome.1 == 0xB, "ENHANCE_YOUR_CALM")
      #expect(
        outcome.2
          == "too many connections for identity spiffe://samarbeid/kommune/0301: at most 2")
      #expect(outcome.3 && outcome.4 && outcome.5)
      #expect(server.server.defences.snapshot == [.connectionsPerClient: 2])
    }
  }
}

/// Connections that age out so that clients move to new replicas (issue 16).
@Suite("Connection age", .serialized)
struct ConnectionAgeTests {
  static func oneSecondAge(_ configuration: inout GRPCServer.Configuration) {
    configuration.connection.maxConnectionAge = .seconds(1)
    configuration.connection.maxConnectionAgeGrace = .seconds(1)
    // One connection per identity: the aged one, draining, must not block its replacement.
    configuration.maxConnectionsPerIdentity = 1
  }

  @Test("past its age a connection gets GOAWAY max_age and closes; a client's calls go on")
  func maxAge() async throws {
    try await TestServer.with(configure: Self.oneSecondAge) { server in
      let (closed, debug) = try await onThread { () -> (Bool, String) in
        let client = try RawHTTP2Client(port: server.port)
        client.sendRPC(stream: 1, path: ConnectionSlotTests.emptyCall)
        _ = try client.awaitResponse(stream: 1)
        let closed = client.waitUntilClosedByServer()
        let debug = client.goAways.last.map {
          String(decoding: $0.payload.dropFirst(8), as: UTF8.self)
        }
        return (closed, debug ?? "")
      }
      #expect(closed && debug == "max_age", "\(debug)")
      // A real client keeps calling across several ages without an error.
      try await ClientFixture.with(port: server.port) { client in
        for _ in 0..<12 {
          _ = try await client.unary(
            MethodDescriptor(service: "grpc.testing.TestService", method: "EmptyCall"),
            request: Empty(), responseType: Empty.self)
          try await Task.sleep(for: .milliseconds(300))
        }
      }
      #expect(server.server.defences.snapshot.isEmpty)
    }
  }
}
