import ArgumentParser
import Foundation
import SamarbeidAPI

/// `samarbeid oversight report`: the year's national report as one self-contained HTML file.
struct OversightReportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "The year's oversight report: one self-contained HTML file with inline SVG charts.")
  @Option(help: "The year.") var year: Int32
  @Option(help: "Where to write the HTML.") var out: String
  @Flag(help: "Test tenants too (load tests and benchmarks).") var includeTestTenants = false
  @Option(help: "The report's language: nb (Norwegian bokmål) or en (English).")
  var language = ReportLanguage.nb
  @OptionGroup var connection: ConnectionOptions

  func run() async throws {
    let catalogue = try await connection.call(
      OversightMethods.listIndicators, ListIndicatorsRequest()
    )
    .indicators
    var request = GetIndicatorValuesRequest()
    request.year = year
    request.includeTestTenants = includeTestTenants
    let readAt =
      String(Date().formatted(.iso8601).prefix(16)).replacingOccurrences(
        of: "T", with: " ") + " UTC"
    let values = try await connection.call(OversightMethods.getIndicatorValues, request)
    var compare = CompareIndicatorsRequest()
    compare.year = year
    compare.includeTestTenants = includeTestTenants
    // Every indicator from one reading of the municipalities, not one call (and one reading)
    // per indicator.
    let comparisons = Dictionary(
      try await connection.call(OversightMethods.compareIndicators, compare).comparisons
        .compactMap { comparison in comparison.indicator.map { ($0.id, comparison) } },
      uniquingKeysWith: { first, _ in first })
    // Last year's, for what changed (none before the scheme's first year in the service).
    compare.year = year - 1
    // A year before 2000 has none; any other failure is said in the report, not hidden.
    let previous: [IndicatorComparison]? =
      year <= 2000
      ? [] : try? await connection.call(OversightMethods.compareIndicators, compare).comparisons
    let html = OversightReport(
      year: year, readAt: readAt, catalogue: catalogue, values: values, comparisons: comparisons,
      previous: previous.map { previous in
        Dictionary(
          previous.compactMap { comparison in comparison.indicator.map { ($0.id, comparison) } },
          uniquingKeysWith: { first, _ in first })
      },
      language: language
    ).html
    do {
      try html.write(toFile: out, atomically: true, encoding: .utf8)
    } catch {
      let directory = URL(fileURLWithPath: out).deletingLastPathComponent().path
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
        isDirectory.boolValue
      else {
        throw ValidationError(
          "cannot write --out \(out): the directory \(directory) does not exist; make it first")
      }
      throw ValidationError("cannot write --out \(out): \(error.localizedDescription)")
    }
    Output.object(
      [
        ("report", out), ("municipalities", values.municipalities.count),
        ("bytes", html.utf8.count),
      ],
      format: connection.format)
  }
}
