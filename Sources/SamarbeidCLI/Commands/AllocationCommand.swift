import ArgumentParser
import SamarbeidAPI

/// `samarbeid allocation`: the year's allocation from IMDi and the administration share.
struct AllocationCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "allocation", abstract: "The year's allocation and administration share.",
    subcommands: [Get.self, SetShare.self])

  struct Get: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show the allocation and what is granted.")
    @Option(help: "The year.") var year: Int32
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      var request = GetAllocationRequest()
      request.year = year
      try await connection.show(GrantsMethods.getAllocation, request)
    }
  }

  struct SetShare: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "set-share", abstract: "Record the administration share (at most 5 %).")
    @Option(help: "The year.") var year: Int32
    @Option(help: "Kroner kept for administration.") var amount: Kroner
    @Option(name: .customLong("expected-version"), help: "The allocation's version as last read.")
    var version: Int64
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = SetAdministrationShareRequest()
      request.year = year
      request.administrationShareOre = amount.ore
      request.expectedVersion = version
      try await connection.show(GrantsMethods.setAdministrationShare, request)
    }
  }
}
