import Foundation
import GRPCServerTransport
import GRPCTestSupport
import HTTP2
import SamarbeidClient
import Testing

/// A well-behaved client on a machine whose cores are busy with other work, as on a shared CI
/// runner: handler tasks return late, long after their streams closed, and no defence may
/// take that for abuse.
@Suite("Calls on a busy machine", .serialized)
struct ContentionTests {
  @Test("1 MiB calls filling a stream cap of 8, every core busy: none refused, no defence fired")
  func largeCallsUnderContention() async throws {
    let burners = 2 * ProcessInfo.processInfo.activeProcessorCount
    let (outcome, fired) = try await CPUBurner.with(processes: burners) {
      try await TestServer.with(configure: { $0.connection.settings.maxConcurrentStreams = 8 }) {
        server in
        let configuration = ClientFixture.configuration(port: server.port).with {
          $0.connections = 1
          $0.maxReceiveMessageSize = 4 << 20
        }
        let outcome = try await ClientFixture.with(configuration) { client in
          try await SwiftClientCases(client: client, seconds: 10).unary(
            "unary 1 MiB, 8 concurrent, \(burners) burners", size: 1 << 20, width: 8, limit: 400)
        }
        return (outcome, server.server.defences.snapshot)
      }
    }
    print("busy machine: \(outcome)")
    #expect(outcome.calls > 0)
    #expect(fired.isEmpty, "defences fired on a well-behaved client: \(fired)")
  }
}
