import GRPCTestSupport
import RPC
import SamarbeidAPI
import SamarbeidClient
import StoreTestSupport
import Testing

/// The two rules that must hold when many decisions happen at once.
@Suite("Grants under concurrency") struct ConcurrencyTests {
  @Test(
    "the budget is never exceeded by concurrent decisions; granted equals what was acknowledged",
    arguments: TestStores.kinds)
  func budgetCeiling(store: StoreKind) async throws {
    try await GrantsFixture.with(store: store) { fixture in
      let oslo = fixture.oslo
      // 1 000 000 NOK, 50 000 kept for administration: room for 19 grants of 50 000.
      try await fixture.allocate("0301", amount: 100_000_000, share: 5_000_000, client: oslo)
      let call = try await fixture.call(oslo, part: .activity, purposes: [.a])
      var ready: [Application] = []
      for index in 0..<30 {
        let organisation = try await fixture.organisation(
          oslo, kommune: "0301", index: index, kind: .voluntaryOrganisation)
        let application = try await fixture.application(
          oslo, call: call, organisation: organisation, amount: 5_000_000, purpose: .a)
        ready.append(try await fixture.ready(oslo, application))
      }
      let candidates = ready
      let outcomes = await withTaskGroup(of: (Int64, RPCError?).self) { group in
        for application in candidates {
          group.addTask {
            do throws(RPCError) {
              let decided = try await fixture.decide(
                oslo, application, outcome: .granted, amount: 5_000_000)
              return (decided.decision?.amountOre ?? -1, nil)
            } catch {
              return (0, error)
            }
          }
        }
        var outcomes: [(Int64, RPCError?)] = []
        for await outcome in group { outcomes.append(outcome) }
        return outcomes
      }
      let acknowledged = outcomes.filter { $0.1 == nil }.map(\.0)
      let refused = outcomes.compactMap(\.1)
      #expect(acknowledged.count == 19)
      #expect(refused.count == 11)
      #expect(
        refused.allSatisfy {
          $0.code == .failedPrecondition
            && $0.message.contains("above the 950 000 kr that may be granted")
        })
      let allocation = try await fixture.allocation(oslo)
      #expect(allocation.grantedOre == acknowledged.reduce(0, +))
      #expect(allocation.grantedOre <= allocation.grantableOre)
    }
  }

  @Test(
    "an organisation gets operating grants from one municipality only, even when both decide at once",
    arguments: TestStores.kinds)
  func oneMunicipality(store: StoreKind) async throws {
    try await GrantsFixture.with(store: store) { fixture in
      let (oslo, bergen) = (fixture.oslo, fixture.bergen)
      try await fixture.allocate("0301", amount: 100_000_000)
      try await fixture.allocate("4601", amount: 100_000_000)
      // The same organisation (one organisasjonsnummer) applies in both municipalities.
      var applications: [(GRPCClient, Application)] = []
      for (client, kommune) in [(oslo, "0301"), (bergen, "4601")] {
        let organisation = try await fixture.organisation(client, kommune: kommune, index: 500)
        let call = try await fixture.call(client, part: .operating)
        let application = try await fixture.application(
          client, call: call, organisation: organisation, amount: 2_000_000)
        applications.append((client, try await fixture.ready(client, application)))
      }
      let contenders = applications
      let results = await withTaskGroup(of: RPCError?.self) { group in
        for (client, application) in contenders {
          group.addTask {
            await refusal {
              _ = try await fixture.decide(
                client, application, outcome: .granted, amount: 2_000_000)
            }
          }
        }
        var results: [RPCError?] = []
        for await result in group { results.append(result) }
        return results
      }
      #expect(results.filter { $0 == nil }.count == 1)
      let loser = try #require(results.compactMap { $0 }.first)
      #expect(loser.code == .failedPrecondition)
      #expect(loser.message.contains("already receives operating grants from another municipality"))
      // The refusal names neither the other municipality nor its application.
      #expect(
        !loser.message.contains("0301") && !loser.message.contains("4601")
          && !loser.message.contains("app_"))
      // Exactly one municipality holds the grant.
      var holders = 0
      for (client, application) in contenders {
        let current = try await fixture.get(client, application.id)
        if current.decision?.outcome == .granted { holders += 1 }
      }
      #expect(holders == 1)
    }
  }
}
