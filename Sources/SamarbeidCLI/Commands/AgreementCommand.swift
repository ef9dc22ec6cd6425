import ArgumentParser
import SamarbeidAPI

/// `samarbeid agreement`: cooperation agreements (samarbeidsavtaler) and their evaluations.
struct AgreementCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agreement", abstract: "Cooperation agreements with organisations.",
    subcommands: [
      Create.self, Update.self, Get.self, List.self, Evaluate.self, End.self, Overdue.self,
    ])

  struct Create: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Record a cooperation agreement.")
    @Option(help: "Title.") var title: String
    @Option(name: .customLong("organisation"), help: "An organisation that is a party (repeat).")
    var organisations: [String] = []
    @Option(name: .customLong("unit"), help: "A municipal unit that is a party (repeat).")
    var units: [String] = []
    @Option(help: "The organisations' contact person (personal data).") var contact: String?
    @Option(help: "The contact person's e-mail.") var contactEmail = ""
    @Option(help: "How often the parties meet.") var cadence: MeetingCadence
    @Option(help: "What the parties aim for.") var aims = ""
    @Option(help: "The council period by its first year (2023 for 2023-2027).") var period: Int32
    @Option(help: "First day, YYYY-MM-DD.") var startsOn: String
    @Option(help: "Last day, YYYY-MM-DD.") var endsOn = ""
    @Option(help: "The first evaluation, YYYY-MM-DD.") var nextEvaluationOn: String
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var agreement = CooperationAgreement()
      agreement.title = title
      agreement.organisationIDs = organisations
      agreement.municipalUnits = units
      agreement.contact = contact.map { ContactPerson(name: $0, email: contactEmail) }
      agreement.cadence = cadence
      agreement.aims = aims
      agreement.councilPeriodStart = period
      agreement.startsOn = startsOn
      agreement.endsOn = endsOn
      agreement.nextEvaluationOn = nextEvaluationOn
      try await connection.show(
        DialoguesMethods.createAgreement, CreateAgreementRequest(agreement: agreement))
    }
  }

  struct Get: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show an agreement.")
    @Argument(help: "The agreement's id.") var id: String
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      try await connection.show(DialoguesMethods.getAgreement, GetAgreementRequest(id: id))
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List agreements by title.")
    @Option(help: "Only active or ended ones.") var status: AgreementStatus?
    @Option(help: "Only agreements with this organisation.") var organisation: String?
    @Option(help: "Only this council period (its first year).") var period: Int32 = 0
    @OptionGroup var paging: PageOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      var request = ListAgreementsRequest()
      request.status = status ?? .unspecified
      request.organisationID = organisation ?? ""
      request.councilPeriodStart = period
      try await connection.list(
        DialoguesMethods.listAgreements, request, \.agreements,
        columns: ["id", "title", "councilPeriod", "status", "nextEvaluationOn", "version"],
        paging: paging)
    }
  }

  struct Evaluate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record an evaluation and the date of the next one.")
    @Argument(help: "The agreement's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @Option(help: "When it was evaluated (default: today).") var evaluatedOn = ""
    @Option(help: "The next evaluation, YYYY-MM-DD.") var next: String
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = EvaluateAgreementRequest()
      request.id = id
      request.expectedVersion = version
      request.evaluatedOn = evaluatedOn
      request.nextEvaluationOn = next
      try await connection.show(DialoguesMethods.evaluateAgreement, request)
    }
  }

  struct End: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "End an agreement, with a reason.")
    @Argument(help: "The agreement's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.") var version:
      Int64
    @Option(help: "Why it ends.") var reason: String
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var request = EndAgreementRequest()
      request.id = id
      request.expectedVersion = version
      request.reason = reason
      try await connection.show(DialoguesMethods.endAgreement, request)
    }
  }

  struct Overdue: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "overdue", abstract: "Active agreements whose evaluation is past due.")
    @Option(help: "The day to judge by (default: today).") var asOf = ""
    @OptionGroup var paging: PageOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      var request = ListOverdueEvaluationsRequest()
      request.asOf = asOf
      try await connection.list(
        DialoguesMethods.listOverdueEvaluations, request, \.agreements,
        columns: ["id", "title", "nextEvaluationOn", "version"], paging: paging)
    }
  }
}
