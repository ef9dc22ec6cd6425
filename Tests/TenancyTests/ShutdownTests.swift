import Foundation
import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidClient
import StandardServices
import Synchronization
import Testing

/// A server told to stop while clients follow it: change feeds and health watches are told at
/// once (UNAVAILABLE, so clients resume elsewhere from their cursor; a health watch first gets
/// NOT_SERVING), and the server stops in about a second rather than holding on for its whole
/// grace period.
@Suite("Shutdown with long-lived calls open") struct ShutdownTests {
  /// What a long-lived call saw: messages received, and the status it ended with.
  struct Followed: Sendable {
    var received: [String] = []
    var ended: RPCError?
  }

  /// Counts the first messages of the calls, so the test knows both are running.
  final class Started: Sendable {
    private let count = Atomic<Int>(0)
    func one() { count.add(1, ordering: .relaxed) }
    var value: Int { count.load(ordering: .relaxed) }
  }

  @Test(
    "SIGTERM: an open change feed and health watch end UNAVAILABLE at once, the server stops",
    .timeLimit(.minutes(2)))
  func longLivedCallsEndAtShutdown() async throws {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("shutdown-\(UUID())")
    defer { try? FileManager.default.removeItem(at: data) }
    let grace = 30
    let server = try await ServerProcess.start(
      dataDirectory: data, extraArguments: ["--shutdown-grace", "\(grace)"])
    do {
      try await Self.follow(server, grace: grace)
    } catch {
      await server.kill()
      throw error
    }
  }

  /// Opens a change feed and a health watch on `server`, stops it, and checks how they ended.
  static func follow(_ server: ServerProcess, grace: Int) async throws {
    var stopped: (status: Int32, after: Duration)?
    try await Clients.with(port: server.port, ["kommune-0301"]) { clients in
      _ = try await clients["kommune-0301"].createOrganisation(Sample.organisation(3))
    }
    let started = Started()
    let followed = try await ClientFixture.with(port: server.port) { client in
      let options = CallOptions(timeout: .seconds(60))
      let feed = Task { () -> Followed in
        var followed = Followed()
        do {
          try await client.serverStreaming(
            ChangesMethods.watchChanges, request: WatchChangesRequest(), options: options
          ) { changes in
            for try await change in changes {
              followed.received.append(change.entityType)
              started.one()
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
            for try await status in statuses {
              followed.received.append("\(status.status)")
              started.one()
            }
          }
        } catch let error as RPCError {
          followed.ended = error
        }
        return followed
      }
      // Both calls have answered once: the change made above, and the serving status.
      for _ in 0..<2000 where started.value < 2 { try await Task.sleep(for: .milliseconds(10)) }
      #expect(started.value >= 2, "both calls were running before the SIGTERM")
      let began = ContinuousClock.now
      let status = await server.stop()
      stopped = (status, ContinuousClock.now - began)
      return [try await feed.value, try await watch.value]
    }
    let (status, after) = try #require(stopped)
    #expect(status == 0, "the server exits 0 after SIGTERM")
    #expect(
      after < .seconds(grace / 2),
      "stopped after \(after): long-lived calls must not hold it for its \(grace) s grace")
    print("shutdown with a change feed and a health watch open took \(after)")
    let (feed, watch) = (followed[0], followed[1])
    #expect(feed.received.count >= 1, "the feed was running")
    #expect(
      feed.ended?.code == .unavailable, "the feed ended with \(String(describing: feed.ended))")
    #expect(feed.ended?.message.contains("shutting down") == true)
    #expect(watch.received.first == "serving" && watch.received.last == "notServing", "\(watch)")
    #expect(
      watch.ended?.code == .unavailable, "the watch ended with \(String(describing: watch.ended))")
  }
}
