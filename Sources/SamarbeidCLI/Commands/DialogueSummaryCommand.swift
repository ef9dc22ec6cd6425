import ArgumentParser
import SamarbeidAPI

/// `samarbeid dialogue summary`: a year of dialogue, counts and means only.
struct DialogueSummaryCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract:
      "A year's meetings, agendas, goals, actions, minutes, both sides' views and agreements.")
  @OptionGroup var connection: ConnectionOptions
  @Option(help: "The year.") var year: Int32

  func run() async throws {
    var request = SummariseDialoguesRequest()
    request.year = year
    try await connection.show(DialoguesMethods.summariseDialogues, request)
  }
}
