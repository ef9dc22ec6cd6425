import Dialogues
import DomainValues
import GRPCTestSupport
import Grants
import MeetingPlaces
import Oversight
import RPC
import SamarbeidAPI
import SamarbeidApp
import SamarbeidClient
import Storage
import Tenancy
import Testing

/// Each module's figures for oversight, computed inside a municipality's store from records
/// made through the API, against values worked out by hand; and published without records.
@Suite("Oversight figures from a municipality's store") struct FiguresTests {
  @Test("grants, meeting places and dialogue figures of one year")
  func figures() async throws {
    try await GrantsFixture.with { fixture in
      let oslo = fixture.oslo
      try await fixture.allocate("0301", amount: 100_000_000)
      let call = try await fixture.call(oslo, part: .activity, purposes: [.a])
      let immigrant = try await fixture.organisation(oslo, kommune: "0301", index: 1)
      let voluntary = try await fixture.organisation(
        oslo, kommune: "0301", index: 2, kind: .voluntaryOrganisation)
      for (organisation, outcome) in [(immigrant, DecisionOutcome.granted), (voluntary, .refused)] {
        let application = try await fixture.application(
          oslo, call: call, organisation: organisation, amount: 10_000_000, purpose: .a)
        let ready = try await fixture.ready(oslo, application)
        _ = try await fixture.decide(
          oslo, ready, outcome: outcome, amount: outcome == .granted ? 10_000_000 : 0,
          reason: outcome == .granted ? "" : "Nei")
      }
      let tenant = try #require(
        fixture.server.application.registry.tenant(number: "0301", on: fixture.day()))
      let store = try await fixture.server.application.stores.store(for: tenant.id)
      let year = fixture.year
      let figures = try await store.read { store in try GrantFigures.year(year, in: store) }
      let byID = Dictionary(uniqueKeysWithValues: figures.map { ($0.indicator, $0.measure) })
      #expect(byID["grants.allocation"] == .amount(Money(ore: 100_000_000)))
      #expect(byID["grants.granted"] == .amount(Money(ore: 10_000_000)))
      #expect(
        byID["grants.granted-share"]
          == .moneyShare(Money(ore: 10_000_000), of: Money(ore: 100_000_000), over: 0))
      // One activity grant: no operating money, against IMDi's recommended 10 % operating.
      #expect(
        byID["grants.operating-share"]
          == .moneyShare(Money(ore: 0), of: Money(ore: 10_000_000), over: 1))
      #expect(byID["grants.operating-share-planned"] == .ratio(0.1))
      #expect(byID["grants.operating-share-gap"] == .ratio(-0.1))
      #expect(byID["grants.applications"] == .count(2))
      #expect(byID["grants.applications-granted"] == .proportion(1, of: 2))
      #expect(byID["grants.applications-refused"] == .proportion(1, of: 2))
      #expect(byID["grants.organisations-funded"] == .count(1))
      #expect(byID["grants.immigrant-organisations-funded"] == .proportion(1, of: 1))
      #expect(byID["grants.days-to-decision-median"] == .statistic(0, records: 2))
      // Every figure of every module names an indicator of the catalogue, and every
      // indicator comes from some module.
      let places = try await store.read { store in try MeetingPlaceFigures.year(year, in: store) }
      let dialogue = try await store.read { store in try DialogueFigures.year(year, in: store) }
      let produced = Set(
        (figures + places + dialogue).map(\.indicator).filter { !$0.hasPrefix("completeness.") })
      #expect(produced == Set(IndicatorCatalogue.all.map(\.id)))
      // Published: two applications is a small count, so is one organisation.
      let published = Dictionary(
        uniqueKeysWithValues: Publication.values(figures + places + dialogue, population: 700_000)
          .map { ($0.indicator, $0) })
      #expect(published["grants.applications"]?.suppressed == true)
      #expect(published["grants.applications-granted"]?.suppressed == true)
      #expect(published["grants.granted-share"]?.value == 0.1)
      #expect(published["grants.allocation"]?.value == 1_000_000)
    }
  }
}
