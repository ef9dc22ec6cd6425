import Oversight
import SamarbeidAPI
import Testing

/// One indicator compared: only the municipalities administering the scheme in the year,
/// cohorts as IMDi states them, and every municipality's funnel limits at its size.
@Suite("Oversight comparison of one indicator") struct ComparisonTests {
  static let indicator = IndicatorCatalogue.indicator("grants.applications-granted")!

  static func municipality(
    _ number: String, granted: Int64, of decided: Int64, administers: Bool = true,
    cohort: String? = nil
  ) -> OversightService.Municipality {
    let id = indicator.id
    let value = PublishedValue(
      id, Double(granted) / Double(decided), numerator: granted, denominator: decided)
    return OversightService.Municipality(
      kommunenummer: number, allocation: Double(decided) * 100_000, administers: administers,
      cohort: cohort, values: [id: value])
  }

  @Test("members only; the national median is theirs; each point carries its limits")
  func comparison() throws {
    let members = [
      Self.municipality("0301", granted: 40, of: 100, cohort: "cohort-2015"),
      Self.municipality("1103", granted: 12, of: 20, cohort: "cohort-2015"),
      Self.municipality("3201", granted: 30, of: 60, cohort: "cohort-2022"),
      Self.municipality("4601", granted: 90, of: 120, cohort: "cohort-2022"),
      Self.municipality("5001", granted: 8, of: 40),
    ]
    // Not in the scheme this year: its 0 of 50 must not pull the comparison down.
    let outside = Self.municipality("1804", granted: 0, of: 50, administers: false)
    let comparison = Comparison(indicator: Self.indicator, municipalities: members + [outside])
      .message
    #expect(comparison.outsideScheme == 1)
    #expect(comparison.national?.municipalities == 5)
    #expect(comparison.national?.minimum == 0.2)
    #expect(comparison.national?.median == 0.5)
    let groups = Dictionary(
      uniqueKeysWithValues: comparison.peerGroups.map { ($0.name, $0.distribution) })
    #expect(groups["cohort-2015"]??.municipalities == 2)
    #expect(groups["cohort-2022"]??.median == 0.625)
    let funnel = try #require(
      FunnelPlot([
        .init(numerator: 40, denominator: 100), .init(numerator: 12, denominator: 20),
        .init(numerator: 30, denominator: 60), .init(numerator: 90, denominator: 120),
        .init(numerator: 8, denominator: 40),
      ]))
    #expect(comparison.funnelTarget == funnel.target)
    #expect(comparison.funnel.map(\.kommunenummer) == ["0301", "1103", "3201", "4601", "5001"])
    for point in comparison.funnel {
      let (lower95, upper95) = funnel.limits(denominator: point.denominator, z: FunnelPlot.z95)
      let (lower998, upper998) = funnel.limits(denominator: point.denominator, z: FunnelPlot.z998)
      #expect(
        (point.lower95, point.upper95, point.lower998, point.upper998)
          == (lower95, upper95, lower998, upper998))
      #expect(point.lower998 <= point.lower95 && point.upper95 <= point.upper998)
      let outside95 = point.value < point.lower95 || point.value > point.upper95
      #expect(comparison.outliers.contains { $0.kommunenummer == point.kommunenummer } == outside95)
    }
  }
}
