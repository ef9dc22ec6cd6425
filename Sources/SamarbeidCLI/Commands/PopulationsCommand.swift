import ArgumentParser
import Foundation
import SamarbeidAPI

/// `samarbeid oversight populations`: the inhabitants of each municipality for a year (from
/// SSB), for the per-1,000 rates; all municipalities or none.
struct PopulationsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "populations",
    abstract: "Set each municipality's inhabitants for a year from a CSV file, all or none.",
    discussion: """
      The CSV has one line per municipality: kommunenummer, inhabitants (a header line \
      starting with "kommunenummer" is skipped). Example: 0301,717710
      """)
  @Option(help: "The CSV file.") var csv: String
  @Option(help: "The year.") var year: Int32
  @OptionGroup var connection: ChangeOptions

  func run() async throws {
    guard let text = try? String(contentsOfFile: csv, encoding: .utf8) else {
      throw ValidationError("cannot read --csv \(csv)")
    }
    var request = SetPopulationsRequest()
    request.year = year
    for (number, line) in text.split(whereSeparator: \.isNewline).enumerated() {
      let fields = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      if number == 0 && fields.first?.lowercased() == "kommunenummer" { continue }
      guard fields.count == 2, let inhabitants = Int64(fields[1]) else {
        throw ValidationError(
          "line \(number + 1) of \(csv) must be kommunenummer,inhabitants, not \"\(line)\"")
      }
      var population = MunicipalityPopulation()
      population.kommunenummer = fields[0]
      population.inhabitants = inhabitants
      request.populations.append(population)
    }
    let response = try await connection.call(OversightMethods.setPopulations, request)
    Output.rows(
      response.populations.map {
        [
          ("year", Int($0.year)), ("kommunenummer", $0.kommunenummer),
          ("inhabitants", Int($0.inhabitants)), ("version", Int($0.version)),
        ]
      }, columns: ["year", "kommunenummer", "inhabitants", "version"], format: connection.format)
  }
}
