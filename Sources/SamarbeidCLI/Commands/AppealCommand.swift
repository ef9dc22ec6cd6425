import ArgumentParser
import SamarbeidAPI

/// `samarbeid appeal`: appeals (klage) and their final decision.
struct AppealCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "appeal", abstract: "Appeals.", subcommands: [Lodge.self, Decide.self])

  struct Lodge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record an appeal (within three weeks of the decision).")
    @Argument(help: "The application's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @Option(help: "The applicant's reason.") var reason: String
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = AppealDecisionRequest()
      request.id = id
      request.expectedVersion = version
      request.reason = reason
      try await connection.show(GrantsMethods.appealDecision, request)
    }
  }

  struct Decide: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Decide the appeal: uphold, or decide anew.")
    @Argument(help: "The application's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @Flag(help: "The decision stands.") var uphold = false
    @Option(help: "The new outcome when not upheld.") var outcome: DecisionOutcome?
    @Option(help: "Kroner granted when not upheld.") var amount: Kroner?
    @Option(help: "Reason.") var reason: String = ""
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = DecideAppealRequest()
      request.id = id
      request.expectedVersion = version
      request.upheld = uphold
      if !uphold {
        guard let outcome else { throw ValidationError("give --uphold, or --outcome and --amount") }
        request.outcome = outcome
        request.amountOre = amount?.ore ?? 0
      }
      request.reason = reason
      try await connection.show(GrantsMethods.decideAppeal, request)
    }
  }
}
