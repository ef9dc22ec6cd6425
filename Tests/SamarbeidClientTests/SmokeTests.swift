import GRPCTestSupport
import RPC
import SamarbeidClient
import StandardServices
import Testing

@Suite struct SmokeTests {
  static let emptyCall = MethodDescriptor(service: "grpc.testing.TestService", method: "EmptyCall")

  @Test func emptyCall() async throws {
    try await TestServer.with { server in
      try await ClientFixture.with(port: server.port) { client in
        let response = try await client.unary(
          Self.emptyCall, request: Empty(), responseType: Empty.self)
        #expect(response.message == Empty())
      }
    }
  }
}
