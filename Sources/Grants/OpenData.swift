internal import DomainValues
internal import Foundation
internal import SamarbeidAPI
internal import Tenancy

/// Decided grants in the 360Giving Data Standard's JSON shape: the required fields (id,
/// title, description, currency, amountAwarded, awardDate, recipientOrganization,
/// fundingOrganization) and the optional ones the service knows. Public fields only: no
/// contact person, no bank account, no assessment.
enum OpenData {
  struct Organization: Encodable {
    var id: String
    var name: String
  }

  struct PlannedDates: Encodable {
    var endDate: String
  }

  struct Programme: Encodable {
    var title: String
  }

  struct Location: Encodable {
    var name: String
    var countryCode: String
  }

  struct Grant: Encodable {
    var id: String
    var title: String
    var description: String
    var currency = "NOK"
    var amountAwarded: Decimal
    var amountAppliedFor: Decimal
    var amountDisbursed: Decimal
    var awardDate: String
    var plannedDates: [PlannedDates]
    var recipientOrganization: [Organization]
    var fundingOrganization: [Organization]
    var grantProgramme: [Programme]
    var beneficiaryLocation: [Location]
  }

  struct Package: Encodable {
    var grants: [Grant]
  }

  static let programme = "Tilskudd til integreringsarbeid i regi av frivillige organisasjoner"

  static func kroner(_ ore: Int64) -> Decimal {
    Decimal(ore) / 100
  }

  static func grant(_ application: Application, organisation: Organisation?, tenant: TenantRecord)
    -> Grant
  {
    let number = tenant.currentNumber(on: CivilTime.today())
    let decision = application.decision ?? Decision()
    let part =
      application.part == .operating
      ? "driftstilskudd"
      : "aktivitetstilskudd, formål \(ApplicationRules.purposeName(application.purpose))"
    return Grant(
      id: "360G-samarbeid-\(number)-\(application.id)",
      title: application.title,
      description: application.description.isEmpty ? application.title : application.description,
      amountAwarded: kroner(decision.amountOre),
      amountAppliedFor: kroner(application.amountAppliedOre),
      amountDisbursed: kroner(application.paidOre),
      awardDate: decision.decidedOn,
      plannedDates: decision.useBy.isEmpty ? [] : [PlannedDates(endDate: decision.useBy)],
      recipientOrganization: [
        Organization(
          id: "NO-BRC-\(organisation?.organisasjonsnummer ?? "unknown")",
          name: organisation?.name ?? "")
      ],
      fundingOrganization: [
        Organization(id: "360G-samarbeid-kommune-\(number)", name: "\(tenant.name) kommune")
      ],
      grantProgramme: [Programme(title: "\(programme) (\(part))")],
      beneficiaryLocation: [Location(name: tenant.name, countryCode: "NO")]
    )
  }

  static func json(_ grants: [Grant]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(Package(grants: grants)), as: UTF8.self)
  }
}
