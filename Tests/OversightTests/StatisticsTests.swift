import DomainValues
import Foundation
import Oversight
import Testing

/// Quartiles and funnel-plot limits against values computed independently in Python with
/// the formulas written out (`Golden/generate_statistics.py`, `make golden`).
@Suite("Oversight statistics") struct StatisticsTests {
  struct Cases: Decodable {
    struct Quantiles: Decodable {
      let values: [Double]
      let q25: Double
      let q50: Double
      let q75: Double
    }

    struct Funnel: Decodable {
      struct Limits: Decodable {
        let n: Int64
        let ninetyFive: [Double]
        let ninetyNinePointEight: [Double]

        enum CodingKeys: String, CodingKey {
          case n
          case ninetyFive = "95"
          case ninetyNinePointEight = "99.8"
        }
      }

      let units: [[Int64]]
      let target: Double
      let phi: Double
      let tau2: Double
      let limits: [Limits]
    }

    let quantiles: [Quantiles]
    let funnels: [Funnel]
  }

  static let cases: Cases = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden/statistics.json")
    // A missing file fails every test below with a clear message.
    guard let data = try? Data(contentsOf: url),
      let cases = try? JSONDecoder().decode(Cases.self, from: data)
    else { return Cases(quantiles: [], funnels: []) }
    return cases
  }()

  static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(1, abs(b)) }

  @Test("median and quartiles as numpy's default computes them")
  func quartiles() throws {
    try #require(!Self.cases.quantiles.isEmpty, "Golden/statistics.json: make golden")
    for expected in Self.cases.quantiles {
      let distribution = try #require(Distribution(expected.values))
      #expect(Self.close(distribution.lowerQuartile, expected.q25), "\(expected.values)")
      #expect(Self.close(distribution.median, expected.q50))
      #expect(Self.close(distribution.upperQuartile, expected.q75))
    }
    #expect(Distribution([]) == nil)
  }

  @Test("funnel limits at 95 % and 99.8 %, with and without over-dispersion")
  func funnels() throws {
    try #require(Self.cases.funnels.count == 3, "Golden/statistics.json: make golden")
    for expected in Self.cases.funnels {
      let units = expected.units.map { FunnelPlot.Unit(numerator: $0[0], denominator: $0[1]) }
      let plot = try #require(FunnelPlot(units))
      #expect(Self.close(plot.target, expected.target))
      #expect(Self.close(plot.dispersion, expected.phi))
      #expect(Self.close(plot.tau2, expected.tau2))
      for limits in expected.limits {
        let ninetyFive = plot.limits(denominator: limits.n, z: FunnelPlot.z95)
        let wide = plot.limits(denominator: limits.n, z: FunnelPlot.z998)
        #expect(Self.close(ninetyFive.lower, limits.ninetyFive[0]), "n \(limits.n)")
        #expect(Self.close(ninetyFive.upper, limits.ninetyFive[1]))
        #expect(Self.close(wide.lower, limits.ninetyNinePointEight[0]))
        #expect(Self.close(wide.upper, limits.ninetyNinePointEight[1]))
      }
    }
    let overdispersed = try #require(
      FunnelPlot(
        Self.cases.funnels[1].units.map {
          FunnelPlot.Unit(numerator: $0[0], denominator: $0[1])
        }))
    #expect(overdispersed.tau2 > 0, "municipalities differing more than chance widen the limits")
    #expect(FunnelPlot([FunnelPlot.Unit(numerator: 1, denominator: 2)]) == nil, "one unit")
    // A share of money is compared by the number of grants it is spread over: the pooled
    // target weighs each share by that number, as it weighs counts.
    #expect(
      FunnelPlot.Unit(proportion: 0.25, denominator: 8) == .init(numerator: 2, denominator: 8))
    let money = try #require(
      FunnelPlot([.init(proportion: 0.5, denominator: 10), .init(proportion: 0.2, denominator: 30)])
    )
    #expect(abs(money.target - (0.5 * 10 + 0.2 * 30) / 40) < 1e-12)
    #expect(
      FunnelPlot([
        FunnelPlot.Unit(numerator: 0, denominator: 5),
        FunnelPlot.Unit(numerator: 0, denominator: 9),
      ]) == nil, "nothing to vary")
  }

  @Test("small counts are not publishable, nor shares whose either side is small")
  func suppression() {
    #expect(Suppression.isPublishable(0) && Suppression.isPublishable(5))
    #expect(!Suppression.isPublishable(3))
    #expect(!Suppression.isPublishable(numerator: 3, of: 40))
    #expect(!Suppression.isPublishable(numerator: 38, of: 40))
    #expect(Suppression.isPublishable(numerator: 20, of: 40))
  }
}

@Suite("Oversight indicator catalogue") struct IndicatorCatalogueTests {
  @Test("every indicator the issue names, each once, shares with a denominator")
  func catalogue() {
    let ids = IndicatorCatalogue.all.map(\.id)
    #expect(Set(ids).count == ids.count)
    for id in [
      "grants.allocation", "grants.granted-share", "grants.days-to-decision-p90",
      "grants.reports-on-time", "meeting-places.role-initiator",
      "meeting-places.attendance-per-1000", "dialogues.agenda-by-organisations",
      "dialogues.score-gap", "dialogues.agreements-evaluated-on-time",
      "grants.operating-share", "grants.operating-share-planned", "grants.operating-share-gap",
    ] {
      #expect(IndicatorCatalogue.indicator(id) != nil, "\(id)")
    }
    for indicator in IndicatorCatalogue.all where indicator.isProportion {
      #expect(!indicator.denominator.isEmpty, "\(indicator.id)")
    }
  }
}
