import ArgumentParser
import Foundation
import SamarbeidAPI

/// `samarbeid export`: decided grants as 360Giving JSON.
struct ExportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the year's decided grants as 360Giving JSON (public fields only).")
  @OptionGroup var connection: ConnectionOptions
  @Option(help: "The year.") var year: Int32
  @Option(help: "Write to this file (default: standard output).") var output: String?

  func run() async throws {
    var request = ExportOpenDataRequest()
    request.year = year
    let export = try await connection.call(
      GrantsMethods.exportOpenData, request, as: ExportOpenDataResponse.self)
    if let output {
      try Data(export.json.utf8).write(to: URL(fileURLWithPath: output))
      print("\(export.grantCount) grants written to \(output)")
    } else {
      print(export.json)
    }
  }
}
