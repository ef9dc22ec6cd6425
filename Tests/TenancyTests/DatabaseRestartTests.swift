import Foundation
import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidClient
import StandardServices
import StoreTestSupport
import Synchronization
import Testing

/// PostgreSQL killed and started again under load (issue 27): calls end by their deadlines,
/// Health says NOT_SERVING while the database is gone, every municipality is answered again
/// without a server restart, SIGTERM still stops the server, and nothing acknowledged is
/// lost. A cluster of the test's own, so the suite's shared one is never crashed (the
/// PostgreSQL pass, whose servers all use the shared one, skips it).
@Suite(
  "PostgreSQL restarted under load",
  .enabled(
    if: TestStores.kinds.contains(.postgres) && TestStores.standard != .postgres,
    "needs PostgreSQL (make test starts it)"))
struct DatabaseRestartTests {
  /// What the writers saw.
  final class Ledger: Sendable {
    struct State {
      var attempted: [String: (identity: String, organisation: Organisation)] = [:]
      var acknowledged: [String: (identity: String, id: String)] = [:]
      var answeredAfterRestart: Set<String> = []
      var longest: Duration = .zero
      var restarted = false
      var stop = false
    }
    let state = Mutex(State())
  }

  static let identities = ["kommune-0301", "kommune-4601", "kommune-5001"]

  @Test("killed and restarted: deadlines kept, NOT_SERVING meanwhile, everyone answered again")
  func killAndRestart() async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: ServerProcess.binary),
      "\(BuiltProducts.missing)")
    let cluster = try await onThread { try PrivateCluster.start() }
    defer { cluster.stop() }
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("restart-\(UUID())")
    defer { try? FileManager.default.removeItem(at: data) }
    let server = try await ServerProcess.start(
      dataDirectory: data, extraArguments: ["--store", cluster.url])
    let ledger = Ledger()
    var notServingSeen = false
    try await Clients.with(port: server.port, Self.identities) { clients in
      try await withThrowingTaskGroup(of: Void.self) { group in
        // Eight writers over three municipalities, each call with a 2 s deadline.
        for writer in 0..<8 {
          let identity = Self.identities[writer % Self.identities.count]
          let kommune = String(identity.suffix(4))
          let client = clients[identity]
          group.addTask {
            for round in 0..<2000 {
              if ledger.state.withLock({ $0.stop }) { return }
              let key = "restart-\(writer)-\(round)"
              let organisation = Sample.organisation(writer * 10_000 + round, kommune: kommune)
              ledger.state.withLock { $0.attempted[key] = (identity, organisation) }
              let started = ContinuousClock.now
              var metadata = Metadata()
              metadata.add("idempotency-key", key)
              do {
                let created = try await client.unary(
                  OrganisationsMethods.createOrganisation,
                  request: CreateOrganisationRequest(organisation: organisation),
                  responseType: Organisation.self, metadata: metadata,
                  options: CallOptions(timeout: .seconds(2))
                ).message
                ledger.state.withLock { state in
                  state.acknowledged[key] = (identity, created.id)
                  if state.restarted { state.answeredAfterRestart.insert(identity) }
                }
              } catch {
                try await Task.sleep(for: .milliseconds(50))
              }
              let took = ContinuousClock.now - started
              ledger.state.withLock { $0.longest = max($0.longest, took) }
            }
          }
        }
        // Crash the database once writes flow, keep it down 3 s, start it again.
        for _ in 0..<500 {
          if ledger.state.withLock({ $0.acknowledged.count }) >= 40 { break }
          try await Task.sleep(for: .milliseconds(10))
        }
        try await onThread { try cluster.crash() }
        let health = clients[Self.identities[0]]
        for _ in 0..<30 where !notServingSeen {
          let status = try? await health.unary(
            HealthService.check, request: HealthCheckRequest(),
            responseType: HealthCheckResponse.self, options: CallOptions(timeout: .seconds(2))
          ).message.status
          notServingSeen = status == .notServing
          try await Task.sleep(for: .milliseconds(100))
        }
        try await onThread { try cluster.restart() }
        ledger.state.withLock { $0.restarted = true }
        // Every municipality is answered again, within 30 s.
        for _ in 0..<300 {
          if ledger.state.withLock({ $0.answeredAfterRestart.count }) == Self.identities.count {
            break
          }
          try await Task.sleep(for: .milliseconds(100))
        }
        ledger.state.withLock { $0.stop = true }
        try await group.waitForAll()
      }
    }
    let (answered, longest, acknowledged, attempted) = ledger.state.withLock {
      ($0.answeredAfterRestart, $0.longest, $0.acknowledged, $0.attempted)
    }
    #expect(notServingSeen, "Health said SERVING while the database was gone")
    #expect(answered == Set(Self.identities), "answered again: \(answered.sorted())")
    // No call outlived its deadline by more than the time to notice it ended.
    #expect(longest < .seconds(4), "the longest call took \(longest)")
    #expect(await server.stop() == 0, "SIGTERM stops the server")

    // Nothing acknowledged is lost.
    try await ServerProcess.with(dataDirectory: data, extraArguments: ["--store", cluster.url]) {
      second in
      try await Clients.with(port: second.port, Self.identities) { clients in
        for (key, (identity, id)) in acknowledged {
          let stored = try await clients[identity].getOrganisation(id)
          #expect(stored.organisasjonsnummer == attempted[key]?.organisation.organisasjonsnummer)
        }
      }
    }
  }
}
