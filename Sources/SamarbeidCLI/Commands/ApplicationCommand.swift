import ArgumentParser
import ProtoWire
import RPC
import SamarbeidAPI

/// `samarbeid application`: applications from draft to decision.
struct ApplicationCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "application", abstract: "Applications.",
    subcommands: [
      Create.self, Update.self, Submit.self, Return.self, Decide.self, Get.self, List.self,
    ])

  struct Create: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create a draft application.")
    @Option(help: "The call's id.") var call: String
    @Option(help: "The organisation's id.") var organisation: String
    @Option(help: "Kroner applied for.") var amount: Kroner
    @Option(help: "Activity grants: the purpose.") var purpose: ActivityPurpose?
    @Option(help: "Title.") var title: String
    @Option(help: "Description.") var description: String = ""
    @Flag(help: "The activity is free for participants.") var free = false
    @Flag(help: "The organisation declares no other state funding for this.")
    var noOtherStateFunding = false
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var application = Application()
      application.callID = call
      application.organisationID = organisation
      application.amountAppliedOre = amount.ore
      application.purpose = purpose ?? .unspecified
      application.title = title
      application.description = description
      application.activityFree = free
      application.noOtherStateFunding = noOtherStateFunding
      var request = CreateApplicationRequest()
      request.application = application
      try await connection.show(GrantsMethods.createApplication, request)
    }
  }

  struct Submit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Submit (runs every eligibility rule).")
    @Argument(help: "The application's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      try await transition(
        GrantsMethods.submitApplication, id: id, version: version, connection: connection)
    }
  }

  struct Return: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Return for completion.")
    @Argument(help: "The application's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @Option(help: "What is missing.") var reason: String
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = ReturnApplicationRequest()
      request.id = id
      request.expectedVersion = version
      request.reason = reason
      try await connection.show(GrantsMethods.returnApplication, request)
    }
  }

  struct Decide: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Decide: granted, partly-granted, refused or rejected.")
    @Argument(help: "The application's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @Option(help: "The decision.") var outcome: DecisionOutcome
    @Option(help: "Kroner granted (0 for refused or rejected).") var amount: Kroner = Kroner(
      argument: "0")!
    @Option(help: "Granted money is used by, YYYY-MM-DD (required to grant).") var useBy: String?
    @Option(help: "Report due, YYYY-MM-DD (default: the local policy's).") var reportDue: String =
      ""
    @Option(help: "Conditions of the grant.") var conditions: String = ""
    @Option(help: "Reason (required for refusals).") var reason: String = ""
    @OptionGroup var connection: ChangeOptions

    func validate() throws {
      if [.granted, .partlyGranted].contains(outcome), useBy == nil {
        throw ValidationError(
          "--use-by is required to grant: the date the money must be used by, YYYY-MM-DD")
      }
      if reason.isEmpty, [.refused, .rejected].contains(outcome) {
        throw ValidationError("--reason is required to refuse or reject: why, for the applicant")
      }
    }

    func run() async throws {
      var request = DecideApplicationRequest()
      request.id = id
      request.expectedVersion = version
      request.outcome = outcome
      request.amountOre = amount.ore
      request.useBy = useBy ?? ""
      request.reportDue = reportDue
      request.conditions = conditions
      request.reason = reason
      try await connection.show(GrantsMethods.decideApplication, request)
    }
  }

  struct Get: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show an application.")
    @Argument(help: "The application's id.") var id: String
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      var request = GetApplicationRequest()
      request.id = id
      try await connection.show(GrantsMethods.getApplication, request)
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List applications.")
    @Option(help: "Only this year.") var year: Int32 = 0
    @Option(help: "Only this call.") var call: String = ""
    @Option(help: "Only this organisation.") var organisation: String = ""
    @Option(help: "Only this state.") var state: ApplicationState?
    @OptionGroup var paging: PageOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      var request = ListApplicationsRequest()
      request.year = year
      request.callID = call
      request.organisationID = organisation
      if let state { request.state = state }
      try await connection.list(
        GrantsMethods.listApplications, request, \.applications,
        columns: ["id", "part", "purpose", "amountApplied", "state", "granted", "paid", "version"],
        paging: paging)
    }
  }
}

/// A transition that names only the application and its version.
func transition(
  _ method: UnaryMethod<ApplicationTransitionRequest, Application>, id: String, version: Int64,
  connection: some ServerOptions
) async throws {
  var request = ApplicationTransitionRequest()
  request.id = id
  request.expectedVersion = version
  try await connection.show(method, request)
}
