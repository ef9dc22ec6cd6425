import ArgumentParser
import Foundation
import SamarbeidAPI

/// `samarbeid oversight report`: the year's national report as one self-contained HTML file.
struct OversightReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "The year's oversight report: one self-contained HTML file with inline SVG charts.")
  @OptionGroup var connection: ConnectionOptions
  @Option(help: "The year.") var year: Int32
  @Option(help: "Where to write the HTML.") var out: String
  @Flag(help: "Test tenants too (load tests and benchmarks).") var includeTestTenants = false

  func run() async throws {
    let catalogue = try await connection.call(
      OversightMethods.listIndicators, ListIndicatorsRequest()
    )
    .indicators
    var request = GetIndicatorValuesRequest()
    request.year = year
    request.includeTestTenants = includeTestTenants
    let values = try await connection.call(OversightMethods.getIndicatorValues, request)
    var comparisons: [String: IndicatorComparison] = [:]
    for indicator in catalogue {
      var compare = CompareIndicatorRequest()
      compare.indicatorID = indicator.id
      compare.year = year
      compare.includeTestTenants = includeTestTenants
      comparisons[indicator.id] = try await connection.call(
        OversightMethods.compareIndicator, compare)
    }
    let html = OversightReport(
      year: year, catalogue: catalogue, values: values, comparisons: comparisons
    ).html
    do {
      try html.write(toFile: out, atomically: true, encoding: .utf8)
    } catch {
      throw ValidationError("cannot write --out \(out): \(error.localizedDescription)")
    }
    Output.object(
      [
        ("report", out), ("municipalities", values.municipalities.count),
        ("bytes", html.utf8.count),
      ],
      json: connection.json)
  }
}
