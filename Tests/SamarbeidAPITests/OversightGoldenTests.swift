import ProtoWire
import SamarbeidAPI
import Testing

/// The samarbeid.v1.Oversight messages against Python protobuf's bytes; an optional value of
/// 0.0 is present on the wire, an absent one is not.
@Suite("samarbeid.v1 oversight golden bytes") struct OversightGoldenTests {
  static var definition: IndicatorDefinition {
    var definition = IndicatorDefinition()
    definition.id = "grants.granted-share"
    definition.nameNB = "Innvilget"
    definition.nameEN = "Granted"
    definition.numerator = "sum granted"
    definition.denominator = "grantable"
    definition.unit = .share
    definition.direction = .higherIsBetter
    definition.source = "grants"
    return definition
  }

  static var distribution: ValueDistribution {
    var distribution = ValueDistribution()
    distribution.municipalities = 3
    distribution.minimum = 0.1
    distribution.lowerQuartile = 0.15
    distribution.median = 0.2
    distribution.upperQuartile = 0.25
    distribution.maximum = 0.3
    return distribution
  }

  @Test("catalogue, values, comparison") func oversight() throws {
    var list = ListIndicatorsResponse()
    list.indicators = [Self.definition]
    list.completeness = [Self.definition]
    try SamarbeidAPIGoldenTests.check("ListIndicatorsResponse", list)
    var request = GetIndicatorValuesRequest()
    request.year = 2026
    request.indicatorIDs = ["a", "b"]
    request.includeTestTenants = true
    try SamarbeidAPIGoldenTests.check("GetIndicatorValuesRequest", request)
    var zero = IndicatorValue()
    zero.indicatorID = "x"
    zero.value = 0
    zero.numerator = 0
    zero.denominator = 12
    var hidden = IndicatorValue()
    hidden.indicatorID = "y"
    hidden.suppressed = true
    var municipality = MunicipalityValues()
    municipality.kommunenummer = "0301"
    municipality.name = "Oslo"
    municipality.asOfSequence = 42
    municipality.values = [zero, hidden]
    var reports = IndicatorValue()
    reports.indicatorID = "reports"
    reports.value = 0.75
    reports.numerator = 6
    reports.denominator = 8
    municipality.completeness = [reports]
    municipality.administersScheme = true
    municipality.joinedSchemeYear = 2022
    var response = GetIndicatorValuesResponse()
    response.year = 2026
    response.municipalities = [municipality]
    try SamarbeidAPIGoldenTests.check("GetIndicatorValuesResponse", response)
    var compare = CompareIndicatorRequest()
    compare.indicatorID = "grants.granted-share"
    compare.year = 2026
    compare.includeTestTenants = true
    try SamarbeidAPIGoldenTests.check("CompareIndicatorRequest", compare)
    var several = CompareIndicatorsRequest()
    several.indicatorIDs = ["a"]
    several.year = 2026
    try SamarbeidAPIGoldenTests.check("CompareIndicatorsRequest", several)
    var seriesRequest = GetIndicatorSeriesRequest()
    seriesRequest.kommunenummer = "0301"
    seriesRequest.indicatorID = "x"
    seriesRequest.fromYear = 2024
    seriesRequest.toYear = 2026
    try SamarbeidAPIGoldenTests.check("GetIndicatorSeriesRequest", seriesRequest)
    var hiddenYear = YearValue()
    hiddenYear.year = 2025
    var hiddenValue = IndicatorValue()
    hiddenValue.indicatorID = "x"
    hiddenValue.suppressed = true
    hiddenYear.value = hiddenValue
    var shownYear = YearValue()
    shownYear.year = 2026
    var shownValue = IndicatorValue()
    shownValue.indicatorID = "x"
    shownValue.value = 1.5
    shownYear.value = shownValue
    var series = IndicatorSeries()
    series.kommunenummer = "0301"
    series.name = "Oslo"
    series.indicator = Self.definition
    series.years = [hiddenYear, shownYear]
    try SamarbeidAPIGoldenTests.check("IndicatorSeries", series)
    var importRequest = ImportAllocationsRequest()
    importRequest.year = 2026
    importRequest.budgetOre = 1_000_000_000_000
    importRequest.allocations = [
      AllocationLine(kommunenummer: "0301", amountOre: 198_000_000, letterReference: "IMDi 26/1")
    ]
    importRequest.allocations[0].joinedSchemeYear = 2015
    try SamarbeidAPIGoldenTests.check("ImportAllocationsRequest", importRequest)
    var populations = SetPopulationsRequest()
    populations.year = 2026
    populations.populations = [MunicipalityPopulation(kommunenummer: "0301", inhabitants: 717_710)]
    try SamarbeidAPIGoldenTests.check("SetPopulationsRequest", populations)
    var population = Population()
    population.year = 2026
    population.kommunenummer = "0301"
    population.inhabitants = 717_710
    population.version = 2
    population.updatedAt = "a"
    var set = SetPopulationsResponse()
    set.populations = [population]
    try SamarbeidAPIGoldenTests.check("SetPopulationsResponse", set)
    var comparison = IndicatorComparison()
    comparison.indicator = Self.definition
    comparison.year = 2026
    comparison.national = Self.distribution
    var small = PeerGroup()
    small.name = "small"
    small.distribution = Self.distribution
    comparison.peerGroups = [small]
    comparison.funnelTarget = 0.2
    comparison.funnelDispersion = 1.5
    comparison.funnelTau2 = 0.01
    var outlier = FunnelOutlier()
    outlier.kommunenummer = "4601"
    outlier.value = 0.3
    outlier.numerator = 30
    outlier.denominator = 100
    outlier.limit = 99.8
    outlier.side = 1
    comparison.outliers = [outlier]
    comparison.withoutValue = 2
    comparison.outsideScheme = 21
    var point = FunnelPoint()
    point.kommunenummer = "4601"
    point.value = 0.3
    point.numerator = 30
    point.denominator = 100
    (point.lower95, point.upper95, point.lower998, point.upper998) = (0.12, 0.28, 0.07, 0.33)
    comparison.funnel = [point]
    try SamarbeidAPIGoldenTests.check("IndicatorComparison", comparison)
  }
}
