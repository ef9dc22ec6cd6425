import Foundation
import GRPCFuzzing
import GRPCServerTransport
import GRPCTestSupport
import HTTP2
import RPC
import SamarbeidClient
import StandardServices
import Testing

/// Flood limits judge frames against the work they come with: the same frames that end a
/// connection doing nothing pass on one that does real work, and resets after work are not
/// Rapid Reset. Request messages beyond the connection's budget wait instead of failing.
@Suite("Defences judged against work", .serialized)
struct WorkRelativeDefenceTests {
  static let emptyCall = "/grpc.testing.TestService/EmptyCall"

  @Test("WINDOW_UPDATEs on a connection doing nothing end it; the floor of 1,000 a second holds")
  func windowUpdateFloodWithoutWork() async throws {
    try await TestServer.with { server in
      let (closed, goAway) = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        client.write(Array(repeating: RawFrame.windowUpdate(stream: 0, increment: 1), count: 2_000))
        return (client.waitUntilClosedByServer(), client.goAways.last)
      }
      #expect(closed)
      #expect(goAway?.errorCode == 0xB)
      let reason = goAway.map { String(decoding: $0.payload.dropFirst(8), as: UTF8.self) } ?? ""
      #expect(reason.hasPrefix("flood of WINDOW_UPDATE frames"), "\(reason)")
      #expect(server.server.defences.snapshot == [.frameFlood: 1])
    }
  }

  @Test(
    "five WINDOW_UPDATEs per call and a PING per 50, over 3,000 calls, are paid for by the calls")
  func overheadPaidForByWork() async throws {
    try await TestServer.with { server in
      let (statuses, goAways) = try await onThread {
        let client = try RawHTTP2Client(port: server.port)
        var frames: [RawFrame] = []
        for index in 0..<3_000 {
          let stream = UInt32(2 * index + 1)
          frames.append(
            RawFrame(
              type: RawFrame.headers, flags: RawFrame.endHeaders, streamID: stream,
              payload: HPACK.encode(RawHTTP2Client.requestHeaders(path: Self.emptyCall))))
          frames.append(
            RawFrame(
              type: RawFrame.data, flags: RawFrame.endStream, streamID: stream,
              payload: [0, 0, 0, 0, 0]))
          for _ in 0..<5 { frames.append(.windowUpdate(stream: 0, increment: 1)) }
          // Within MAX_CONCURRENT_STREAMS: every 50 calls, a PING (as grpc-core's BDP
          // probe after data), then wait for their answers.
          if index % 50 == 49 {
            frames.append(
              RawFrame(
                type: RawFrame.ping, flags: 0, streamID: 0,
                payload: [UInt8](repeating: 7, count: 8)))
            client.write(frames)
            frames = []
            for done in (index - 49)...index {
              _ = try client.awaitResponse(stream: UInt32(2 * done + 1))
            }
          }
        }
        let statuses = (0..<3_000).map { client.responses[UInt32(2 * $0 + 1)]?.grpcStatus }
        return (statuses, client.goAways.count)
      }
      #expect(goAways == 0)
      #expect(statuses.allSatisfy { $0 == 0 })
      #expect(server.server.defences.snapshot.isEmpty)
    }
  }

  @Test("a SETTINGS flood and an RST_STREAM flood on closed streams end the connection")
  func settingsAndResetFloods() async throws {
    try await TestServer.with { server in
      try await onThread {
        let settings = try RawHTTP2Client(port: server.port)
        settings.write(Array(repeating: RawFrame.settings([]), count: 1_500))
        #expect(settings.waitUntilClosedByServer())
        let resets = try RawHTTP2Client(port: server.port)
        resets.sendRPC(stream: 1, path: Self.emptyCall)
        _ = try resets.awaitResponse(stream: 1)
        resets.write(Array(repeating: RawFrame.rstStream(stream: 1, code: 8), count: 1_500))
        #expect(resets.waitUntilClosedByServer())
      }
      // Within one read nghttp2's cap on unanswered SETTINGS ACKs (1,000) may fire first.
      let fired = server.server.defences.snapshot
      #expect(fired[.frameFlood, default: 0] + fired[.libraryFlood, default: 0] == 2, "\(fired)")
    }
  }

  @Test("cancelling 300 calls that ran for over a second is not Rapid Reset")
  func lateCancellationIsNotPremature() async throws {
    try await TestServer.with { server in
      let client = try await onThread { try RawHTTP2Client(port: server.port) }
      let streams = (0..<90).map { UInt32(2 * $0 + 1) }
      for round in 0..<3 {
        let ids = streams.map { $0 + UInt32(round * 180) }
        try await onThread {
          for stream in ids { client.sendRPC(stream: stream, path: ProbeService.hang.path) }
        }
        try await Task.sleep(for: .milliseconds(1_100))
        try await onThread { client.write(ids.map { RawFrame.rstStream(stream: $0, code: 8) }) }
      }
      let status = try await onThread { () -> Int? in
        client.sendRPC(stream: 1_001, path: Self.emptyCall)
        return try client.awaitResponse(stream: 1_001).grpcStatus
      }
      #expect(status == 0)
      #expect(client.goAways.isEmpty)
      #expect(server.server.defences.snapshot.isEmpty)
    }
  }

  @Test("72 MiB of request messages at once on one connection wait for the 64 MiB budget")
  func messageBudgetWaitsInsteadOfFailing() async throws {
    try await TestServer.with { server in
      let configuration = ClientFixture.configuration(port: server.port).with {
        $0.connections = 1
      }
      let sizes = try await ClientFixture.with(configuration) { client in
        try await withThrowingTaskGroup(of: Int.self) { group in
          for _ in 0..<24 {
            group.addTask {
              var request = SimpleRequest()
              request.responseSize = 16
              request.payload = Payload(body: [UInt8](repeating: 1, count: 3 << 20))
              let response = try await client.unary(
                MethodDescriptor(service: TestService.name, method: "UnaryCall"),
                request: request, responseType: SimpleResponse.self,
                options: CallOptions(timeout: .seconds(60)))
              return response.message.payload?.body.count ?? -1
            }
          }
          return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
      }
      #expect(sizes == Array(repeating: 16, count: 24))
      #expect(server.server.defences.snapshot.isEmpty)
    }
  }
}
