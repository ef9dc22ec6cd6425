import Foundation
import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidClient
import StandardServices
import Testing

/// A server told to stop while clients follow it: change feeds and health watches are told at
/// once (UNAVAILABLE, so clients resume elsewhere from their cursor), and the server stops
/// in about a second rather than holding on for its whole grace period.
@Suite("Shutdown with long-lived calls open") struct ShutdownTests {
  /// What a long-lived call saw: messages received, and the status it ended with.
  struct Followed: Sendable {
    var received = 0
    var ended: RPCError?
  }

  @Test("SIGTERM: an open change feed and health watch end UNAVAILABLE at once, the server stops")
  func longLivedCallsEndAtShutdown() async throws {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("shutdown-\(UUID())")
    defer { try? FileManager.default.removeItem(at: data) }
    let grace = 30
    let server = try await ServerProcess.start(
      dataDirectory: data, extraArguments: ["--shutdown-grace", "\(grace)"])
    try await Clients.with(port: server.port, ["kommune-0301"]) { clients in
      _ = try await clients["kommune-0301"].createOrganisation(Sample.organisation(3))
    }
    let (followed, stopped) = try await ClientFixture.with(port: server.port) { client in
      let (started, startedContinuation) = AsyncStream<Void>.makeStream()
      let options = CallOptions(timeout: .seconds(120))
      let feed = Task { () -> Followed in
        var followed = Followed()
        do {
          try await client.serverStreaming(
            ChangesMethods.watchChanges, request: WatchChangesRequest(), options: options
          ) { changes in
            for try await _ in changes {
              followed.received += 1
              startedContinuation.yield()
            }
          }
        } catch let error as RPCError {
          followed.ended = error
        }
        return followed
      }
      let watch = Task { () -> Followed in
        var followed = Followed()
        do {
          try await client.serverStreaming(
            HealthService.watch, request: HealthCheckRequest(),
            responseType: HealthCheckResponse.self, options: options
          ) { statuses in
            for try await _ in statuses {
              followed.received += 1
              startedContinuation.yield()
            }
          }
        } catch let error as RPCError {
          followed.ended = error
        }
        return followed
      }
      // Both calls have answered once: the change made above, and the serving status.
      var iterator = started.makeAsyncIterator()
      _ = await iterator.next()
      _ = await iterator.next()
      let began = ContinuousClock.now
      let status = await server.stop()
      let stopped = (status: status, after: ContinuousClock.now - began)
      return ([try await feed.value, try await watch.value], stopped)
    }
    #expect(stopped.status == 0, "the server exits 0 after SIGTERM")
    #expect(
      stopped.after < .seconds(grace / 2),
      "stopped after \(stopped.after): long-lived calls must not hold it for its \(grace) s grace")
    print("shutdown with a change feed and a health watch open took \(stopped.after)")
    for (name, call) in zip(["change feed", "health watch"], followed) {
      #expect(call.received >= 1, "\(name) was running")
      #expect(
        call.ended?.code == .unavailable, "\(name) ended with \(String(describing: call.ended))")
    }
    #expect(
      followed[0].ended?.message.contains("shutting down") == true,
      "\(String(describing: followed[0].ended))")
  }
}
