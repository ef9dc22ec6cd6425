import ArgumentParser
import SamarbeidAPI

/// `samarbeid policy`: the municipality's local rules for a year.
struct PolicyCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "policy", abstract: "The local policy of a year.",
    subcommands: [Get.self, Set.self])

  struct Get: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show the policy (IMDi's recommendations until set).")
    @Option(help: "The year.") var year: Int32
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      var request = GetLocalPolicyRequest()
      request.year = year
      try await connection.show(GrantsMethods.getLocalPolicy, request)
    }
  }

  struct Set: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Set the policy; options not given keep their value.")
    @Option(help: "The year.") var year: Int32
    @Option(
      name: .customLong("expected-version"),
      help: "The policy's version as last read (0 when never set).") var version: Int64
    @Option(help: "Operating grants: least counting members.") var memberThreshold: Int32?
    @Option(help: "How a counting member is defined.") var memberDefinition: String?
    @Option(help: "Operating grants: kroner per counting member.") var ratePerMember: Kroner?
    @Option(help: "Operating grants: most per organisation, kroner.") var operatingCap: Kroner?
    @Option(help: "Activity grants: least per application, kroner.") var projectMinimum: Kroner?
    @Option(help: "Activity grants: most per application, kroner.") var projectMaximum: Kroner?
    @Option(help: "Whether activities must be free (true/false).") var activitiesMustBeFree: Bool?
    @Option(help: "Audited accounts at or above, kroner.") var auditThreshold: Kroner?
    @Option(help: "Reports due, YYYY-MM-DD.") var reportDue: String?
    @Option(help: "Planned split operating,A,B,C in per mille (sum 1000).") var split: String?
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var get = GetLocalPolicyRequest()
      get.year = year
      var policy = try await connection.call(
        GrantsMethods.getLocalPolicy, get, as: LocalPolicy.self)
      if let memberThreshold { policy.operatingMemberThreshold = memberThreshold }
      if let memberDefinition { policy.countingMemberDefinition = memberDefinition }
      if let ratePerMember { policy.ratePerMemberOre = ratePerMember.ore }
      if let operatingCap { policy.operatingCapOre = operatingCap.ore }
      if let projectMinimum { policy.projectMinimumOre = projectMinimum.ore }
      if let projectMaximum { policy.projectMaximumOre = projectMaximum.ore }
      if let activitiesMustBeFree { policy.activitiesMustBeFree = activitiesMustBeFree }
      if let auditThreshold { policy.auditThresholdOre = auditThreshold.ore }
      if let reportDue { policy.reportDue = reportDue }
      if let split {
        let parts = split.split(separator: ",").compactMap { Int32($0) }
        guard parts.count == 4 else {
          throw ValidationError("--split takes four numbers: operating,A,B,C")
        }
        (
          policy.splitOperatingPermille, policy.splitAPermille, policy.splitBPermille,
          policy.splitCPermille
        ) =
          (parts[0], parts[1], parts[2], parts[3])
      }
      var request = SetLocalPolicyRequest()
      request.policy = policy
      request.expectedVersion = version
      try await connection.show(GrantsMethods.setLocalPolicy, request)
    }
  }
}
