import ArgumentParser

/// `samarbeid`: the command line of municipal operators (their own tenant) and of IMDi's
/// oversight, over SamarbeidClient. Tables by default, `--json` for scripts. Run by
/// ``SamarbeidMain``.
struct SamarbeidCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "samarbeid",
    abstract:
      "Run the integration grant scheme, meeting places and dialogue with organisations through Samarbeid.",
    discussion: """
      Amounts are given in kroner (NOK; up to two decimals) and shown as 20 000 kr in tables, \
      plain numbers in --json and --output csv. Dates are YYYY-MM-DD. Every change names the \
      version it read (--expected-version), and a retried change with the same \
      --idempotency-key is applied once. Your identity is your client certificate: --cert and \
      --key, SAMARBEID_CERT and SAMARBEID_KEY, or a profile of the configuration file \
      (samarbeid config). Exit status: 2 for invalid input, 3 for a rule, state or version \
      refusal, 4 for not found, 1 otherwise. samarbeid --version prints the version.
      """,
    subcommands: [
      AllocationCommand.self, PolicyCommand.self, OrganisationCommand.self, CallCommand.self,
      ApplicationCommand.self, AssessmentCommand.self, AppealCommand.self, PaymentCommand.self,
      ReportCommand.self, ClaimCommand.self, MeetingPlaceCommand.self, GatheringCommand.self,
      DialogueCommand.self, AgreementCommand.self, CouncilCommand.self,
      WatchCommand.self, AuditCommand.self, ExportCommand.self, OversightCommand.self,
      ConfigCommand.self,
    ]
  )
}
