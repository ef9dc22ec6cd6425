import ArgumentParser
import Foundation
import SamarbeidAPI

/// `samarbeid oversight indicators`: every municipality's values for a year, one row per
/// municipality and indicator; suppressed values are marked, never shown.
struct IndicatorsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "indicators",
    abstract: "Every municipality's indicator values for a year (small counts suppressed).")
  @Option(help: "The year (not needed with --catalogue).") var year: Int32?
  @Option(name: .customLong("indicator"), help: "Only this indicator (repeat).")
  var indicators: [String] = []
  @Flag(help: "List the indicators and what they measure instead.") var catalogue = false
  @OptionGroup var connection: ConnectionOptions

  func validate() throws {
    guard catalogue || year != nil else {
      throw ValidationError("--year is required (or --catalogue to list the indicators)")
    }
  }

  func run() async throws {
    if catalogue {
      let response = try await connection.call(
        OversightMethods.listIndicators, ListIndicatorsRequest())
      Output.rows(
        response.indicators.map { indicator in
          [
            ("id", indicator.id), ("name", indicator.nameEN), ("unit", indicator.unit.shortName),
            ("direction", indicator.direction.shortName), ("source", indicator.source),
          ]
        }, columns: ["id", "name", "unit", "direction", "source"], format: connection.format)
      return
    }
    var request = GetIndicatorValuesRequest()
    request.year = year ?? 0
    request.indicatorIDs = indicators
    let response = try await connection.call(OversightMethods.getIndicatorValues, request)
    let rows = response.municipalities.flatMap { municipality in
      municipality.values.map { value -> [(String, Any)] in
        [
          ("kommunenummer", municipality.kommunenummer), ("name", municipality.name),
          ("indicator", value.indicatorID),
        ] + Self.fields(value) + [("asOfSequence", Int(municipality.asOfSequence))]
      }
    }
    Output.rows(
      rows,
      columns: [
        "kommunenummer", "name", "indicator", "value", "suppressed", "numerator", "denominator",
      ],
      format: connection.format)
  }

  /// A value as typed consumers read it: `value`, `numerator` and `denominator` numbers or
  /// null (no value, or withheld), `suppressed` true when withheld; a table shows
  /// "suppressed" or "–".
  static func fields(_ value: IndicatorValue?) -> [(String, Any)] {
    let suppressed = value?.suppressed ?? false
    let absent = FieldValue.absent(shown: suppressed ? "suppressed" : "–")
    return [
      ("value", value?.value.map { FieldValue.number($0) } ?? absent),
      ("suppressed", suppressed),
      ("numerator", value?.numerator.map { FieldValue.integer($0) } ?? .absent(shown: "")),
      ("denominator", value?.denominator.map { FieldValue.integer($0) } ?? .absent(shown: "")),
    ]
  }
}

/// `samarbeid oversight compare`: one indicator across municipalities.
struct CompareCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract:
      "One indicator across municipalities: median, quartiles, size classes, funnel outliers.")
  @Option(help: "The indicator's id (see indicators --catalogue).") var indicator: String
  @Option(help: "The year.") var year: Int32
  @OptionGroup var connection: ConnectionOptions

  func run() async throws {
    var request = CompareIndicatorRequest()
    request.indicatorID = indicator
    request.year = year
    let comparison = try await connection.call(OversightMethods.compareIndicator, request)
    func distribution(_ value: ValueDistribution?) -> FieldValue {
      guard let value else { return .dash }
      return FieldValue(
        [
          ("municipalities", Int(value.municipalities)), ("minimum", value.minimum),
          ("lowerQuartile", value.lowerQuartile), ("median", value.median),
          ("upperQuartile", value.upperQuartile), ("maximum", value.maximum),
        ] as [(String, Any)])
    }
    Output.object(
      [
        ("indicator", comparison.indicator?.id ?? ""), ("year", Int(comparison.year)),
        ("national", distribution(comparison.national)),
        (
          "peerGroups",
          Output.dictionary(
            comparison.peerGroups.map { ($0.name, distribution($0.distribution) as Any) })
        ),
        ("funnelTarget", comparison.funnelTarget), ("funnelTau2", comparison.funnelTau2),
        (
          "outliers",
          comparison.outliers.map { outlier -> [(String, Any)] in
            [
              ("kommunenummer", outlier.kommunenummer), ("value", outlier.value),
              ("numerator", Int(outlier.numerator)), ("denominator", Int(outlier.denominator)),
              ("limit", outlier.limit), ("side", outlier.side > 0 ? "above" : "below"),
            ]
          }
        ),
        ("withoutValue", Int(comparison.withoutValue)),
      ], format: connection.format)
  }
}

/// `samarbeid oversight series`: one indicator for one municipality across years.
struct SeriesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "series",
    abstract: "One indicator for one municipality across years (any number it has had).")
  @Option(help: "Kommunenummer, today's or an earlier one.") var kommune: String
  @Option(help: "The indicator's id (see indicators --catalogue).") var indicator: String
  @Option(help: "The first year (the scheme began in 2015).") var from: Int32 = 2015
  @Option(help: "The last year (default: this year).") var to: Int32?
  @OptionGroup var connection: ConnectionOptions

  func run() async throws {
    var request = GetIndicatorSeriesRequest()
    request.kommunenummer = kommune
    request.indicatorID = indicator
    request.fromYear = from
    request.toYear = to ?? Int32(Calendar(identifier: .gregorian).component(.year, from: Date()))
    let series = try await connection.call(OversightMethods.getIndicatorSeries, request)
    Output.rows(
      series.years.map { year in
        [("year", Int(year.year)), ("kommunenummer", series.kommunenummer)]
          + IndicatorsCommand.fields(year.value)
      }, columns: ["year", "kommunenummer", "value", "suppressed"], format: connection.format)
  }
}
