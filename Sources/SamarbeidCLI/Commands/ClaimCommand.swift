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
    @Option(help: "The application's id.") var application: String
    @Option(help: "Why the money is claimed back.") var reason: RepaymentReason
    @Option(help: "Kroner claimed.") var amount: Kroner
    @Option(help: "Note.") var note: String = ""
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = CreateRepaymentClaimRequest()
      request.applicationID = application
      request.reason = reason
      request.amountOre = amount.ore
      request.note = note
      try await connection.show(GrantsMethods.createRepaymentClaim, request)
    }
  }

  struct SetState: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "set-state", abstract: "Close an open claim.")
    @Argument(help: "The claim's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @Option(help: "How the claim ended.") var state: RepaymentClaimState
    @Option(help: "Note.") var note: String = ""
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = SetRepaymentClaimStateRequest()
      request.id = id
      request.expectedVersion = version
      request.state = state
      request.note = note
      try await connection.show(GrantsMethods.setRepaymentClaimState, request)
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List repayment claims.")
    @Option(help: "Only this application.") var application: String = ""
    @OptionGroup var paging: PageOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      var request = ListRepaymentClaimsRequest()
      request.applicationID = application
      try await connection.list(
        GrantsMethods.listRepaymentClaims, request, \.claims,
        columns: ["id", "applicationId", "reason", "amount", "state"], paging: paging)
    }
  }
}
