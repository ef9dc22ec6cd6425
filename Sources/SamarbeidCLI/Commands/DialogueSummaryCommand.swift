import ArgumentParser
import SamarbeidAPI

/// `samarbeid dialogue summary`: a year of dialogue, counts and means only.
struct DialogueSummaryCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract:
      "A year's meetings, agendas, goals, actions, minutes, both sides' views and agreements.")
  @Option(help: "The year.") var year: Int32
  @OptionGroup var connection: ConnectionOptions

  func run() async throws {
    var request = SummariseDialoguesRequest()
    request.year = year
    try await connection.show(DialoguesMethods.summariseDialogues, request)
  }
}
