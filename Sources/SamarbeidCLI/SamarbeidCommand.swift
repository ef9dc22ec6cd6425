import ArgumentParser

/// `samarbeid`: the command line of municipal operators (their own tenant) and of IMDi's
/// oversight, over SamarbeidClient. Tables by default, `--json` for scripts.
@main
struct SamarbeidCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "samarbeid",
    abstract:
      "Run the integration grant scheme, meeting places and dialogue with organisations through Samarbeid.",
    discussion: """
      Amounts are given and shown in kroner (NOK; up to two decimals). Dates are YYYY-MM-DD. Every \
      change names the version it read (--version), and a retried change with the same \
      --idempotency-key is applied once. Your identity is your client certificate (--cert, --key).
      """,
    subcommands: [
      AllocationCommand.self, PolicyCommand.self, OrganisationCommand.self, CallCommand.self,
      ApplicationCommand.self, AssessmentCommand.self, AppealCommand.self, PaymentCommand.self,
      ReportCommand.self, ClaimCommand.self, MeetingPlaceCommand.self, GatheringCommand.self,
      DialogueCommand.self, AgreementCommand.self, CouncilCommand.self,
      WatchCommand.self, ExportCommand.self, OversightCommand.self,
    ]
  )
}
