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
    throws(RPCError)
    -> Organisation
  {
    guard var organisation else { throw invalid("organisation is required") }
    do {
      _ = try Organisasjonsnummer(organisation.organisasjonsnummer)
    } catch {
      throw invalid(error.message)
    }
    organisation.name = trimmed(organisation.name)
    guard (1...200).contains(organisation.name.count) else {
      throw invalid("name must be 1 to 200 characters, not \(organisation.name.count)")
    }
    switch organisation.kind {
    case .immigrantOrganisation, .voluntaryOrganisation:
      break
    case .unspecified, .unrecognized:
      throw invalid(
        "kind must be ORGANISATION_KIND_IMMIGRANT_ORGANISATION (1) or ORGANISATION_KIND_VOLUNTARY_ORGANISATION (2), "
          + "not \(organisation.kind.protoValue)")
    }
    organisation.postalAddress = trimmed(organisation.postalAddress)
    guard organisation.postalAddress.count <= 300 else {
      throw invalid("postal_address must be at most 300 characters")
    }
    if !organisation.bankAccount.isEmpty {
      do {
        _ = try Kontonummer(organisation.bankAccount)
      } catch {
        throw invalid("bank_account: \(error.message)")
      }
    }
    organisation.organisationForm = trimmed(organisation.organisationForm).uppercased()
    guard organisation.organisationForm.count <= 10,
      organisation.organisationForm.allSatisfy(\.isLetter)
    else {
      throw invalid(
        "organisation_form must be Enhetsregisteret's code (letters, e.g. FLI), at most 10")
    }
    do {
      _ = try Kommunenummer(organisation.addressKommunenummer)
    } catch {
      throw invalid("address_kommunenummer: \(error.message)")
    }
    guard municipalityNumbers.contains(organisation.addressKommunenummer) else {
      throw RPCError(
        code: .failedPrecondition,
        message:
          "the registered address is in kommune \(organisation.addressKommunenummer), not in this "
          + "municipality (\(municipalityNumbers.joined(separator: ", "))): register organisations of this municipality only"
      )
    }
    let today = CivilDate.today()
    if !organisation.foundedOn.isEmpty {
      guard let founded = CivilDate(organisation.foundedOn), founded <= today else {
        throw invalid(
          "founded_on must be a date YYYY-MM-DD not after today, not \(Quote.short(organisation.foundedOn))"
        )
      }
    }
    guard (0...maximumMembers).contains(organisation.countingMembers) else {
      throw invalid(
        "counting_members must be 0 to \(maximumMembers), not \(organisation.countingMembers)")
    }
    if organisation.countingMembers > 0 || !organisation.countingMembersAsOf.isEmpty {
      guard let counted = CivilDate(organisation.countingMembersAsOf), counted <= today
      else {
        throw invalid(
          "counting_members_as_of must be the date (YYYY-MM-DD, not after today) the members were counted"
        )
      }
    }
    if var contact = organisation.contact {
      contact.name = trimmed(contact.name)
      contact.email = trimmed(contact.email)
      contact.phone = trimmed(contact.phone)
      guard contact.name.count <= 200 else {
        throw invalid("contact.name must be at most 200 characters")
      }
      guard contact.email.isEmpty || (contact.email.count <= 254 && contact.email.contains("@"))
      else {
        throw invalid(
          "contact.email must be an e-mail address (name@domain), at most 254 characters")
      }
      guard contact.phone.count <= 30,
        contact.phone.allSatisfy({ $0.isNumber || $0 == "+" || $0 == " " })
      else {
        throw invalid(
          "contact.phone may hold digits, spaces and a leading +, at most 30 characters")
      }
      organisation.contact = contact
    }
    return organisation
  }

  /// The most counting members an organisation may report: more than Norway's population.
  static let maximumMembers: Int32 = 10_000_000

  static func invalid(_ message: String) -> RPCError {
    RPCError(code: .invalidArgument, message: message)
  }

  static func trimmed(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
