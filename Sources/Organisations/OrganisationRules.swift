internal import DomainValues
internal import Foundation
internal import Identifiers
internal import RPC
internal import SamarbeidAPI
internal import Tenancy

/// What an organisation record must satisfy; every refusal says what is allowed.
enum OrganisationRules {
  /// The fields of `organisation` checked and normalised (whitespace trimmed);
  /// `municipalityNumbers` are the kommunenummer the tenant has had.
  static func validated(_ organisation: Organisation?, municipalityNumbers: [String])
    throws(DomainError)
    -> Organisation
  {
    guard var organisation else {
      throw DomainError.invalid("organisation", "organisation is required")
    }
    do {
      _ = try Organisasjonsnummer(organisation.organisasjonsnummer)
    } catch {
      throw DomainError.invalid("organisasjonsnummer", error.message)
    }
    organisation.name = try Field.text(
      organisation.name, field: "name", maximum: 200, required: true)
    switch organisation.kind {
    case .immigrantOrganisation, .voluntaryOrganisation:
      break
    case .unspecified, .unrecognized:
      throw DomainError.invalid(
        "kind",
        "kind must be ORGANISATION_KIND_IMMIGRANT_ORGANISATION (1) or ORGANISATION_KIND_VOLUNTARY_ORGANISATION (2), "
          + "not \(organisation.kind.protoValue)")
    }
    organisation.postalAddress = try Field.text(
      organisation.postalAddress, field: "postal_address", maximum: 300)
    if !organisation.bankAccount.isEmpty {
      do {
        _ = try Kontonummer(organisation.bankAccount)
      } catch {
        throw DomainError.invalid("bank_account", "bank_account: \(error.message)")
      }
    }
    organisation.organisationForm = Field.trimmed(organisation.organisationForm).uppercased()
    guard organisation.organisationForm.count <= 10,
      organisation.organisationForm.allSatisfy(\.isLetter)
    else {
      throw DomainError.invalid(
        "organisation_form",
        "organisation_form must be Enhetsregisteret's code (letters, e.g. FLI), at most 10")
    }
    do {
      _ = try Kommunenummer(organisation.addressKommunenummer)
    } catch {
      throw DomainError.invalid("address_kommunenummer", "address_kommunenummer: \(error.message)")
    }
    guard municipalityNumbers.contains(organisation.addressKommunenummer) else {
      throw DomainError.violation(
        "organisation-in-municipality",
        "the registered address is in kommune \(organisation.addressKommunenummer), not in this "
          + "municipality (\(municipalityNumbers.joined(separator: ", "))): register organisations of this municipality only"
      )
    }
    let today = CivilDate.today()
    if !organisation.foundedOn.isEmpty {
      guard let founded = CivilDate(organisation.foundedOn), founded <= today else {
        throw DomainError.invalid(
          "founded_on",
          "founded_on must be a date YYYY-MM-DD not after today, not \(Quote.short(organisation.foundedOn))"
        )
      }
    }
    guard (0...maximumMembers).contains(organisation.countingMembers) else {
      throw DomainError.invalid(
        "counting_members",
        "counting_members must be 0 to \(maximumMembers), not \(organisation.countingMembers)")
    }
    if organisation.countingMembers > 0 || !organisation.countingMembersAsOf.isEmpty {
      guard let counted = CivilDate(organisation.countingMembersAsOf), counted <= today
      else {
        throw DomainError.invalid(
          "counting_members_as_of",
          "counting_members_as_of must be the date (YYYY-MM-DD, not after today) the members were counted"
        )
      }
    }
    if var contact = organisation.contact {
      contact.name = try Field.text(contact.name, field: "contact.name", maximum: 200)
      contact.email = Field.trimmed(contact.email)
      contact.phone = Field.trimmed(contact.phone)
      guard contact.email.isEmpty || (contact.email.count <= 254 && contact.email.contains("@"))
      else {
        throw DomainError.invalid(
          "contact.email",
          "contact.email must be an e-mail address (name@domain), at most 254 characters")
      }
      guard contact.phone.count <= 30,
        contact.phone.allSatisfy({ $0.isNumber || $0 == "+" || $0 == " " })
      else {
        throw DomainError.invalid(
          "contact.phone",
          "contact.phone may hold digits, spaces and a leading +, at most 30 characters")
      }
      organisation.contact = contact
    }
    return organisation
  }

  /// The most counting members an organisation may report: more than Norway's population.
  static let maximumMembers = Field.maximumCount
}
