import ArgumentParser
import Foundation
import SamarbeidAPI

/// `samarbeid export`: decided grants as 360Giving JSON.
struct ExportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the year's decided grants as 360Giving JSON (public fields only).")
  @Option(help: "The year.") var year: Int32
  @Option(help: "Write to this file (default: standard output).") var out: String?
  @OptionGroup var connection: ConnectionOptions

  func run() async throws {
    // The server pages the export; the file is one package of every page's grants.
    var request = ExportOpenDataRequest()
    request.year = year
    // Joined as text, so amounts stay exactly as the server wrote them.
    var parts: [Substring] = []
    var count = 0
    for page in try await connection.all(GrantsMethods.exportOpenData, request, { [$0] }) {
      let head = #"{"grants":["#
      guard page.json.hasPrefix(head), page.json.hasSuffix("]}") else {
        throw ValidationError(
          "the server's export is not a 360Giving package: \(page.json.prefix(40))")
      }
      let inner = page.json.dropFirst(head.count).dropLast(2)
      if !inner.isEmpty { parts.append(inner) }
      count += Int(page.grantCount)
    }
    let json = #"{"grants":["# + parts.joined(separator: ",") + "]}"
    if let out {
      try Data(json.utf8).write(to: URL(fileURLWithPath: out))
      if connection.json {
        Output.object([("file", out), ("grants", count)], format: .json)
      } else {
        print("\(Output.counted(count, "grant")) written to \(out)")
      }
    } else {
      print(json)
    }
  }
}
