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
      func counts(_ id: String) -> [Int64] { figures[id]?.tallies.map(\.value) ?? [] }
      #expect(figures["grants.allocation"] == .amount(Money(ore: 100_000_000)))
      #expect(figures["grants.granted"] == .amount(Money(ore: 10_000_000)))
      #expect(
        figures["grants.granted-share"]
          == .moneyShare(Money(ore: 10_000_000), of: Money(ore: 100_000_000), over: nil))
      // One activity grant: no operating money, against IMDi's recommended 10 % operating.
      guard case .moneyShare(let operating, let granted, _) = figures["grants.operating-share"]
      else {
        Issue.record("grants.operating-share is not a share of money")
        return
      }
      #expect(operating == Money(ore: 0) && granted == Money(ore: 10_000_000))
      #expect(counts("grants.operating-share") == [1])
      #expect(figures["grants.operating-share-planned"] == .ratio(0.1))
      #expect(figures["grants.operating-share-gap"] == .ratio(-0.1))
      #expect(counts("grants.applications") == [2])
      #expect(counts("grants.applications-granted") == [1, 2])
      #expect(counts("grants.applications-refused") == [1, 2])
      #expect(counts("grants.organisations-funded") == [1])
      #expect(counts("grants.immigrant-organisations-funded") == [1, 1])
      #expect(counts("grants.days-to-decision-median") == [2])
      if case .statistic(let median, _) = figures["grants.days-to-decision-median"] {
        #expect(median == 0)
      }
      // Every count a figure reveals is the sum of its cells.
      let cells = Dictionary(uniqueKeysWithValues: zip(figures.cells.names, figures.cells.values))
      for figure in figures.figures {
        for tally in figure.measure.tallies {
          #expect(tally.value == tally.cells.reduce(0) { $0 + cells[$1, default: -1_000] })
        }
      }
      // Every figure of every module names an indicator of the catalogue, and every
      // indicator comes from some module.
      let places = try await store.read { store in try MeetingPlaceFigures.year(year, in: store) }
      let dialogue = try await store.read { store in try DialogueFigures.year(year, in: store) }
      let produced = Set(
        (figures + places + dialogue).figures.map(\.indicator).filter {
          !$0.hasPrefix("completeness.")
        })
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
