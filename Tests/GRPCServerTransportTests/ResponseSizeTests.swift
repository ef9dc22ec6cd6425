import GRPCTestSupport
import RPC
import SamarbeidClient
import StandardServices
import Testing

/// Every call gets an answer its client accepts: status messages are cut to 1 KiB, and
/// trailers over the client's header-list limit become a short RESOURCE_EXHAUSTED status.
@Suite("Responses the client accepts")
struct ResponseSizeTests {
  static func fail(messageBytes: Int32, trailerBytes: Int, port: Int) async throws -> RPCError? {
    try await ClientFixture.with(port: port) { client -> RPCError? in
      var request = EchoStatus()
      request.code = messageBytes
      request.message = String(repeating: "t", count: trailerBytes)
      do {
        _ = try await client.unary(
          ProbeService.oversized, request: request, responseType: Empty.self,
          options: CallOptions(timeout: .seconds(10)))
        return nil
      } catch let error as RPCError {
        return error
      }
    }
  }

  @Test("a megabyte status message arrives cut to 1 KiB, with its code")
  func longMessage() async throws {
    try await TestServer.with { server in
      let error = try await Self.fail(messageBytes: 1 << 20, trailerBytes: 0, port: server.port)
      #expect(error?.code == .failedPrecondition)
      #expect(error?.message.utf8.count == 1024)
      #expect(error?.message.hasSuffix("…") == true)
    }
  }

  @Test("60 KB of trailing metadata becomes a short RESOURCE_EXHAUSTED, not silence")
  func largeTrailers() async throws {
    try await TestServer.with { server in
      let error = try await Self.fail(messageBytes: 10, trailerBytes: 60_000, port: server.port)
      #expect(error?.code == .resourceExhausted, "\(String(describing: error))")
      #expect(
        error?.message.hasPrefix("the response's status and trailing metadata (60") == true,
        "got: \(error?.message ?? "none")")
    }
  }
}
