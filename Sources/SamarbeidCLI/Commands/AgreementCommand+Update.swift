import ArgumentParser
import SamarbeidAPI

extension AgreementCommand {
  struct Update: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Change an agreement: the options given replace its fields.")
    @Argument(help: "The agreement's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.")
    var version: Int64
    @Option(help: "Title.") var title: String?
    @Option(
      name: .customLong("organisation"),
      help: "The organisations that are parties (repeat; replaces them).")
    var organisations: [String] = []
    @Option(
      name: .customLong("unit"),
      help: "The municipal units that are parties (repeat; replaces them).")
    var units: [String] = []
    @Option(help: "The organisations' contact person (personal data).") var contact: String?
    @Option(help: "The contact person's e-mail.") var contactEmail: String?
    @Option(help: "How often the parties meet.") var cadence: MeetingCadence?
    @Option(help: "What the parties aim for.") var aims: String?
    @Option(help: "Last day, YYYY-MM-DD.") var endsOn: String?
    @Option(help: "The next evaluation, YYYY-MM-DD.") var nextEvaluationOn: String?
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      try await connection.update(
        DialoguesMethods.getAgreement, DialoguesMethods.updateAgreement, id: id,
        expectedVersion: version
      ) { (agreement: inout CooperationAgreement) in
        if let title { agreement.title = title }
        if !organisations.isEmpty { agreement.organisationIDs = organisations }
        if !units.isEmpty { agreement.municipalUnits = units }
        if let contact {
          agreement.contact = ContactPerson(
            name: contact, email: contactEmail ?? agreement.contact?.email ?? "")
        }
        if let cadence { agreement.cadence = cadence }
        if let aims { agreement.aims = aims }
        if let endsOn { agreement.endsOn = endsOn }
        if let nextEvaluationOn { agreement.nextEvaluationOn = nextEvaluationOn }
      }
    }
  }
}
