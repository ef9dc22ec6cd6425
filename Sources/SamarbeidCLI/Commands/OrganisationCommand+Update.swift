import ArgumentParser
import SamarbeidAPI

extension OrganisationCommand {
  struct Update: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Change an organisation: the options given replace its fields.")
    @Argument(help: "The organisation's id.") var id: String
    @Option(name: .customLong("expected-version"), help: "The version as last read.")
    var version: Int64
    @Option(help: "Name.") var name: String?
    @Option(help: "What kind of organisation.") var kind: OrganisationKind?
    @Option(help: "Kommunenummer of the registered address.") var addressKommune: String?
    @Option(help: "Founded, YYYY-MM-DD.") var foundedOn: String?
    @Option(help: "Counting members.") var members: Int32?
    @Option(help: "Members counted on, YYYY-MM-DD.") var membersAsOf: String?
    @Option(help: "Bank account (11 digits).") var bankAccount: String?
    @Option(help: "Organisation form, e.g. FLI.") var form: String?
    @Option(help: "Contact person's name (personal data; empty removes it).") var contact: String?
    @Option(help: "Contact person's e-mail.") var contactEmail: String?
    @Option(help: "Registered in Frivillighetsregisteret: true or false.")
    var frivillighetsregisteret: Bool?
    @Option(help: "Declares itself an immigrant organisation: true or false.")
    var immigrantDeclared: Bool?
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      try await connection.update(
        OrganisationsMethods.getOrganisation, OrganisationsMethods.updateOrganisation, id: id,
        expectedVersion: version
      ) { (organisation: inout Organisation) in
        if let name { organisation.name = name }
        if let kind { organisation.kind = kind }
        if let addressKommune { organisation.addressKommunenummer = addressKommune }
        if let foundedOn { organisation.foundedOn = foundedOn }
        if let members { organisation.countingMembers = members }
        if let membersAsOf { organisation.countingMembersAsOf = membersAsOf }
        if let bankAccount { organisation.bankAccount = bankAccount }
        if let form { organisation.organisationForm = form }
        if let frivillighetsregisteret {
          organisation.inFrivillighetsregisteret = frivillighetsregisteret
        }
        if let immigrantDeclared { organisation.immigrantOrganisationDeclared = immigrantDeclared }
        if let contact {
          organisation.contact =
            contact.isEmpty
            ? nil
            : ContactPerson(
              name: contact, email: contactEmail ?? organisation.contact?.email ?? "")
        } else if let contactEmail, let person = organisation.contact {
          organisation.contact = ContactPerson(name: person.name, email: contactEmail)
        }
      }
    }
  }
}
