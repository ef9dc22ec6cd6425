import ArgumentParser
import SamarbeidAPI

/// `samarbeid org`: the organisations the municipality works with.
struct OrganisationCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "org", abstract: "Organisations.",
    subcommands: [Create.self, Update.self, Get.self, List.self])

  struct Create: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Register an organisation.")
    @Option(help: "Organisasjonsnummer (9 digits).") var orgnr: String
    @Option(help: "Name.") var name: String
    @Option(help: "What kind of organisation.") var kind: OrganisationKind
    @Option(help: "Kommunenummer of the registered address.") var addressKommune: String
    @Option(help: "Founded, YYYY-MM-DD.") var foundedOn: String = ""
    @Option(help: "Counting members.") var members: Int32 = 0
    @Option(help: "Members counted on, YYYY-MM-DD.") var membersAsOf: String = ""
    @Option(help: "Bank account (11 digits).") var bankAccount: String = ""
    @Option(help: "Organisation form, e.g. FLI.") var form: String = ""
    @Option(help: "Contact person's name (personal data).") var contact: String = ""
    @Option(help: "Contact person's e-mail.") var contactEmail: String = ""
    @Flag(help: "Registered in Frivillighetsregisteret.") var frivillighetsregisteret = false
    @Flag(help: "Declares itself an immigrant organisation.") var immigrantDeclared = false
    @OptionGroup var connection: ChangeOptions

    func run() async throws {
      var organisation = Organisation()
      organisation.organisasjonsnummer = orgnr
      organisation.name = name
      organisation.kind = kind
      organisation.addressKommunenummer = addressKommune
      organisation.foundedOn = foundedOn
      organisation.countingMembers = members
      organisation.countingMembersAsOf = membersAsOf
      organisation.bankAccount = bankAccount
      organisation.organisationForm = form
      organisation.inFrivillighetsregisteret = frivillighetsregisteret
      organisation.immigrantOrganisationDeclared = immigrantDeclared
      if !contact.isEmpty {
        organisation.contact = ContactPerson(name: contact, email: contactEmail)
      }
      try await connection.show(
        OrganisationsMethods.createOrganisation,
        CreateOrganisationRequest(organisation: organisation))
    }
  }

  struct Get: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show an organisation.")
    @Argument(help: "The organisation's id.") var id: String
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      try await connection.show(
        OrganisationsMethods.getOrganisation, GetOrganisationRequest(id: id))
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List organisations by name.")
    @OptionGroup var paging: PageOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      let request = ListOrganisationsRequest()
      try await connection.list(
        OrganisationsMethods.listOrganisations, request, \.organisations,
        columns: ["id", "organisasjonsnummer", "name", "kind", "version"], paging: paging)
    }
  }
}
