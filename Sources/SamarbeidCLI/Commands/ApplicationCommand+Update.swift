import ArgumentParser
import SamarbeidAPI

extension ApplicationCommand {
  struct Update: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Change a draft or returned application: the options given replace its fields.")
    @Argument(help: "The application's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.")
    var version: Int64
    @Option(help: "Kroner applied for.") var amount: Kroner?
    @Option(help: "Activity grants: the purpose.") var purpose: ActivityPurpose?
    @Option(help: "Title.") var title: String?
    @Option(help: "Description.") var description: String?
    @Option(help: "The activity is free for participants: true or false.") var free: Bool?
    @Option(help: "The organisation declares no other state funding: true or false.")
    var noOtherStateFunding: Bool?
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      try await connection.update(
        GrantsMethods.getApplication, GrantsMethods.updateApplication, id: id,
        expectedVersion: version
      ) { (application: inout Application) in
        if let amount { application.amountAppliedOre = amount.ore }
        if let purpose { application.purpose = purpose }
        if let title { application.title = title }
        if let description { application.description = description }
        if let free { application.activityFree = free }
        if let noOtherStateFunding { application.noOtherStateFunding = noOtherStateFunding }
      }
    }
  }
}
