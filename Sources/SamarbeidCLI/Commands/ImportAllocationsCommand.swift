import ArgumentParser
import DomainValues
import Foundation
import SamarbeidAPI

/// `samarbeid oversight allocations import`: IMDi's distribution for a year from a CSV of
/// kommunenummer, kroner and letter reference; all municipalities or none.
struct ImportAllocationsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Every municipality's allocation for a year from a CSV file, all or none.",
    discussion: """
      The CSV has one line per municipality: kommunenummer, kroner, letter reference \
      (a header line starting with "kommunenummer" is skipped). Example: 0301,1980000,IMDi 26/1 \
      With a header whose fourth column is "joined", a fourth field gives the year the \
      municipality joined the scheme (empty: kept as stated), and the letter reference has \
      no comma: kommunenummer,kroner,letter,joined then 0301,1980000,IMDi 26/1,2015
      """)
  @Option(help: "The CSV file.") var csv: String
  @Option(help: "The year.") var year: Int32
  @Option(help: "The scheme's budget for the year, kroner (what is not allocated IMDi keeps).")
  var budget: Kroner
  @OptionGroup var connection: ChangeOptions

  func run() async throws {
    guard let text = try? String(contentsOfFile: csv, encoding: .utf8) else {
      throw ValidationError("cannot read --csv \(csv)")
    }
    var request = ImportAllocationsRequest()
    request.year = year
    request.budgetOre = budget.ore
    var joinedColumn = false
    for (number, line) in text.split(whereSeparator: \.isNewline).enumerated() {
      let fields = line.split(
        separator: ",", maxSplits: joinedColumn ? 3 : 2, omittingEmptySubsequences: false
      ).map { $0.trimmingCharacters(in: .whitespaces) }
      if number == 0 && fields.first?.lowercased() == "kommunenummer" {
        let columns = line.split(separator: ",").map {
          $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        guard columns.count <= 3 || (columns.count == 4 && columns[3] == "joined") else {
          throw ValidationError(
            "the header of \(csv) names \(columns.count) columns; allowed are kommunenummer,kroner,letter reference and an optional fourth, joined"
          )
        }
        joinedColumn = columns.count == 4
        continue
      }
      let joined = joinedColumn && fields.count == 4 ? fields[3] : ""
      if fields.count == (joinedColumn ? 4 : 3), let reason = Money.refusal(kroner: fields[1]) {
        throw ValidationError(
          "line \(number + 1) of \(csv), column 2 (kroner): \(reason), not \"\(fields[1])\"")
      }
      guard fields.count == (joinedColumn ? 4 : 3), let amount = Kroner(argument: fields[1]),
        let joinedYear = joined.isEmpty ? 0 : Int32(joined)
      else {
        throw ValidationError(
          "line \(number + 1) of \(csv) must be kommunenummer,kroner,letter reference\(joinedColumn ? ",joined (a year or empty)" : ""), not \"\(line)\""
        )
      }
      var allocation = AllocationLine(
        kommunenummer: fields[0], amountOre: amount.ore, letterReference: fields[2])
      allocation.joinedSchemeYear = joinedYear
      request.allocations.append(allocation)
    }
    let response = try await connection.call(OversightMethods.importAllocations, request)
    Output.object(
      [
        ("year", Int(response.year)), ("municipalities", response.allocations.count),
        ("nationalTotal", Kroner.text(response.nationalTotalOre)),
        ("imdiShare", Kroner.text(response.imdiShareOre)),
      ], format: connection.format)
  }
}
