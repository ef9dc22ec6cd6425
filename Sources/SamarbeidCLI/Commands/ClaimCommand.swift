import ArgumentParser
import SamarbeidAPI

/// `samarbeid claim`: repayment claims.
struct ClaimCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claim", abstract: "Repayment claims.",
    subcommands: [Create.self, SetState.self, List.self])

  struct Create: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Claim repayment (at most what was paid).")
    @OptionGroup var connection: ConnectionOptions
    @Option(help: "The application's id.") var application: String
    @Option(help: "unused-funds, misuse, missing-report or wrong-information.") var reason: String
    @Option(help: "Kroner claimed.") var amount: Kroner
    @Option(help: "Note.") var note: String = ""

    func run() async throws {
      var request = CreateRepaymentClaimRequest()
      request.applicationID = application
      request.reason = try Names.parseRepaymentReason(reason)
      request.amountOre = amount.ore
      request.note = note
      try await connection.show(GrantsMethods.createRepaymentClaim, request)
    }
  }

  struct SetState: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "set-state", abstract: "Close an open claim.")
    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The claim's id.") var id: String
    @Option(help: "The version as last read.") var version: Int64
    @Option(help: "paid, waived or cancelled.") var state: String
    @Option(help: "Note.") var note: String = ""

    func run() async throws {
      var request = SetRepaymentClaimStateRequest()
      request.id = id
      request.expectedVersion = version
      request.state = try Names.parseClaimState(state)
      request.note = note
      try await connection.show(GrantsMethods.setRepaymentClaimState, request)
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List repayment claims.")
    @OptionGroup var connection: ConnectionOptions
    @Option(help: "Only this application.") var application: String = ""

    func run() async throws {
      var request = ListRepaymentClaimsRequest()
      request.applicationID = application
      try await connection.list(
        GrantsMethods.listRepaymentClaims, request, \.claims,
        columns: ["id", "applicationId", "reason", "amount", "state"])
    }
  }
}
