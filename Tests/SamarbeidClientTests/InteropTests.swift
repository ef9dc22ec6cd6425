import Foundation
import GRPCTestSupport
import SamarbeidClient
import Testing

/// The interop cases with our client against our server and against Python grpcio.
@Suite struct InteropTests {
  static func runAll(_ client: GRPCClient, against server: String) async {
    let cases = InteropCases(client: client)
    for (name, run) in InteropCases.all {
      do {
        try await run(cases)
      } catch {
        Issue.record("\(name) against \(server): \(error)")
      }
    }
  }

  @Test func casesAgainstSamarbeidServer() async throws {
    try await TestServer.with { server in
      try await ClientFixture.with(port: server.port) { client in
        await Self.runAll(client, against: "samarbeid-server")
      }
    }
  }

  /// `make unit` requires the reference server; a bare `swift test` skips it without stubs.
  static var pythonServerWanted: Bool {
    PythonReferenceServer.isAvailable
      || ProcessInfo.processInfo.environment["SAMARBEID_REQUIRE_PYTHON_INTEROP"] == "1"
  }

  @Test(.enabled(if: pythonServerWanted, "needs the Python stubs: make stubs"))
  func casesAgainstPythonReferenceServer() async throws {
    try #require(PythonReferenceServer.isAvailable, "the Python stubs are missing: make stubs")
    try await PythonReferenceServer.with { server in
      try await ClientFixture.with(port: server.port) { client in
        await Self.runAll(client, against: "Python grpcio")
      }
    }
  }
}
