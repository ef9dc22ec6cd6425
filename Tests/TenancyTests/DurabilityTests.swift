import Foundation
import GRPCTestSupport
import ProtoWire
import RPC
import SamarbeidAPI
import SamarbeidClient
import StoreTestSupport
import Synchronization
import Testing

/// Acknowledged writes survive SIGKILL; unacknowledged ones are all or nothing; retries
/// with the same idempotency keys apply nothing twice.
@Suite("Durability") struct DurabilityTests {
  /// What the writers saw: the request of each key, and the identifier of each acknowledged one.
  final class Ledger: Sendable {
    struct State {
      var attempted: [String: Organisation] = [:]
      var acknowledged: [String: String] = [:]
      var errors: [String] = []
    }
    let state = Mutex(State())
  }

  @Test(
    "SIGKILL mid-run loses no acknowledged write and half-applies none",
    arguments: TestStores.kinds)
  func killMidRun(store: StoreKind) async throws {
    try #require(
      FileManager.default.isExecutableFile(atPath: ServerProcess.binary),
      "\(BuiltProducts.missing)"
    )
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("durability-\(UUID())")
    defer { try? FileManager.default.removeItem(at: data) }
    // On PostgreSQL the server is told the database (its password from PGPASSWORD).
    let place = store == .postgres ? try await TestStores.fresh(.postgres) : nil
    let storeArguments = place?.serverArguments ?? []
    let ledger = Ledger()

    let first = try await ServerProcess.start(dataDirectory: data, extraArguments: storeArguments)
    try await Clients.with(port: first.port, ["kommune-0301"]) { clients in
      let oslo = clients["kommune-0301"]
      await withTaskGroup(of: Void.self) { group in
        for writer in 0..<8 {
          group.addTask {
            // Bounded: 60 writes per writer at most.
            // Each writer goes on until the server is gone (its next write fails), so some
            // writes are always in flight or refused around the kill.
            for round in 0..<60 {
              let index = writer * 1000 + round
              let key = "durability-\(index)"
              let organisation = Sample.organisation(index)
              ledger.state.withLock { $0.attempted[key] = organisation }
              do {
                let created = try await oslo.createOrganisation(organisation, key: key)
                ledger.state.withLock { $0.acknowledged[key] = created.id }
              } catch {
                ledger.state.withLock { $0.errors.append("\(error)") }
                return  // the server is gone
              }
            }
          }
        }
        // Kill once a good share is acknowledged, with writes still in flight (a minute at
        // most: the PostgreSQL pass runs many suites at once beside this one).
        let waited = ContinuousClock.now
        for _ in 0..<6000 {
          if ledger.state.withLock({ $0.acknowledged.count }) >= 150 { break }
          try? await Task.sleep(for: .milliseconds(10))
        }
        print(
          "durability on \(store): 150 writes acknowledged after \(ContinuousClock.now - waited)")
        await first.kill()
      }
    }

    let (attempted, acknowledged, errors) = ledger.state.withLock {
      ($0.attempted, $0.acknowledged, $0.errors)
    }
    #expect(acknowledged.count >= 150)
    #expect(
      attempted.count > acknowledged.count,
      "some writes were in flight when the server died: \(errors)")

    try await ServerProcess.with(dataDirectory: data, extraArguments: storeArguments) { second in
      try await Self.checkAfterRestart(
        port: second.port, attempted: attempted, acknowledged: acknowledged)
    }
    await place?.remove()
  }

  static func checkAfterRestart(
    port: Int, attempted: [String: Organisation], acknowledged: [String: String]
  )
    async throws
  {
    try await Clients.with(port: port, ["kommune-0301"]) { clients in
      let oslo = clients["kommune-0301"]
      // Every acknowledged write is there, whole.
      for (key, id) in acknowledged {
        let stored = try await oslo.getOrganisation(id)
        #expect(stored.organisasjonsnummer == attempted[key]?.organisasjonsnummer)
        #expect(stored.contact == attempted[key]?.contact)
      }
      // What is stored is exactly some of the attempts, each once, each with its audit record.
      var stored: [Organisation] = []
      var token = ""
      repeat {
        let page = try await oslo.listOrganisations(pageSize: 500, pageToken: token)
        stored += page.organisations
        token = page.nextPageToken
      } while !token.isEmpty
      let attemptedNumbers = Set(attempted.values.map(\.organisasjonsnummer))
      #expect(stored.allSatisfy { attemptedNumbers.contains($0.organisasjonsnummer) })
      #expect(Set(stored.map(\.id)).count == stored.count)
      #expect(stored.count >= acknowledged.count)
      let audit = try await oslo.auditEvents()
      #expect(audit.count == stored.count)
      #expect(
        Set(audit.map(\.entityID)) == Set(stored.map(\.id)),
        "every stored record has its audit event")

      // Retrying every attempt with its key: acknowledged ones answer with their first
      // response, the rest are applied now; nothing twice.
      for (key, organisation) in attempted {
        let retried = try await oslo.createOrganisation(organisation, key: key)
        if let id = acknowledged[key] { #expect(retried.id == id) }
      }
      let after = try await oslo.listOrganisations(pageSize: 500)
      #expect(after.organisations.count == attempted.count)
      #expect(try await oslo.auditEvents().count == attempted.count)
    }
  }

  @Test("a key sent again with a different request is refused, and nothing is applied")
  func keyReuse() async throws {
    try await ApplicationServer.with { server in
      try await Clients.with(port: server.port, ["kommune-0301"]) { clients in
        let oslo = clients["kommune-0301"]
        let first = try await oslo.createOrganisation(Sample.organisation(1), key: "same-key")
        let again = try await oslo.createOrganisation(Sample.organisation(1), key: "same-key")
        #expect(again == first)
        let refusal = await CertificateTests.error {
          _ = try await oslo.createOrganisation(Sample.organisation(2), key: "same-key")
        }
        #expect(refusal?.code == .invalidArgument)
        #expect(
          refusal?.message.contains(
            "idempotency-key \"same-key\" was first used for a different request") == true)
        #expect(try await oslo.listOrganisations().organisations.count == 1)
        let badKey = await CertificateTests.error {
          _ = try await oslo.createOrganisation(Sample.organisation(3), key: "has space")
        }
        #expect(badKey?.code == .invalidArgument)
      }
    }
  }

  @Test("every change is in the audit log: who, when, what, before and after")
  func auditLog() async throws {
    try await ApplicationServer.with { server in
      try await Clients.with(port: server.port, ["kommune-0301"]) { clients in
        let oslo = clients["kommune-0301"]
        let created = try await oslo.createOrganisation(Sample.organisation(1), key: "audit-1")
        var changed = created
        changed.name = "Endret"
        let updated = try await oslo.updateOrganisation(changed, expectedVersion: 1)
        let events = try await oslo.auditEvents(entityID: created.id)
        #expect(events.count == 2)
        #expect(
          events.map(\.rpc) == [
            "/samarbeid.v1.Organisations/CreateOrganisation",
            "/samarbeid.v1.Organisations/UpdateOrganisation",
          ])
        #expect(
          events.allSatisfy { $0.identity == "spiffe://samarbeid/kommune/0301" && !$0.at.isEmpty })
        #expect(events[0].before.isEmpty)
        #expect(try Organisation(serializedBytes: events[0].after, limits: .default) == created)
        #expect(try Organisation(serializedBytes: events[1].before, limits: .default) == created)
        #expect(try Organisation(serializedBytes: events[1].after, limits: .default) == updated)
        #expect(events[0].idempotencyKey == "audit-1")
        #expect(events[0].sequence < events[1].sequence)
      }
    }
  }
}
