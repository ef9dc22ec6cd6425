internal import DomainValues
internal import RPC
internal import SamarbeidAPI
internal import Tenancy

/// What cooperation agreements and immigrant councils must satisfy.
enum AgreementRules {
  /// A municipal council period by its first year: 2019, 2023, 2027, ... up to 2099.
  static func councilPeriod(_ start: Int32, field: String = "council_period_start")
    throws(DomainError) -> Int32
  {
    guard (2019...2099).contains(start), (start - 2023) % 4 == 0 else {
      throw .invalid(
        field,
        "\(field) must be the first year of a municipal council period (2019, 2023, 2027, ... 2099), not \(start)"
      )
    }
    return start
  }

  /// `agreement` checked and normalised (status active when unspecified).
  static func validated(_ agreement: CooperationAgreement?) throws(DomainError)
    -> CooperationAgreement
  {
    guard var agreement else { throw .invalid("agreement", "agreement is required") }
    agreement.title = try Field.text(agreement.title, field: "title", maximum: 200, required: true)
    guard !agreement.organisationIDs.isEmpty else {
      throw .invalid(
        "organisation_ids",
        "organisation_ids must name at least one of the municipality's organisations")
    }
    try Field.distinct(agreement.organisationIDs, field: "organisation_ids", maximum: 50)
    agreement.municipalUnits = try agreement.municipalUnits.map { unit throws(DomainError) in
      try Field.text(unit, field: "municipal_units", maximum: 200, required: true)
    }
    try Field.distinct(agreement.municipalUnits, field: "municipal_units", maximum: 50)
    if var contact = agreement.contact {
      contact.name = try Field.text(contact.name, field: "contact.name", maximum: 200)
      contact.email = try Field.text(contact.email, field: "contact.email", maximum: 254)
      guard contact.email.isEmpty || contact.email.contains("@") else {
        throw .invalid("contact.email", "contact.email must be an e-mail address (name@domain)")
      }
      contact.phone = try Field.text(contact.phone, field: "contact.phone", maximum: 30)
      agreement.contact = contact
    }
    agreement.cadence = try Field.choice(agreement.cadence, field: "cadence")
    agreement.aims = try Field.text(agreement.aims, field: "aims", maximum: 2000)
    let period = try councilPeriod(agreement.councilPeriodStart)
    let starts = try Field.date(agreement.startsOn, field: "starts_on")
    let years = Int(period)...Int(period) + 4
    guard years.contains(starts.year) else {
      throw .invalid(
        "starts_on",
        "starts_on (\(starts)) must fall in the council period \(period)-\(period + 4)")
    }
    if !agreement.endsOn.isEmpty {
      let ends = try Field.date(agreement.endsOn, field: "ends_on")
      guard ends >= starts, years.contains(ends.year) else {
        throw .invalid(
          "ends_on",
          "ends_on (\(ends)) must be on or after starts_on and in the council period \(period)-\(period + 4)"
        )
      }
    }
    guard try Field.date(agreement.nextEvaluationOn, field: "next_evaluation_on") >= starts else {
      throw .invalid(
        "next_evaluation_on", "next_evaluation_on must not be before starts_on (\(starts))")
    }
    if agreement.status == .unspecified { agreement.status = .active }
    guard agreement.status == .active else {
      throw DialogueRule.agreementState.violation(
        "an agreement is ended with EndAgreement, which records why")
    }
    return agreement
  }

  /// `council` checked and normalised.
  static func validated(_ council: ImmigrantCouncil?) throws(DomainError) -> ImmigrantCouncil {
    guard var council else { throw .invalid("council", "council is required") }
    council.name = try Field.text(council.name, field: "name", maximum: 200, required: true)
    council.mandate = try Field.text(council.mandate, field: "mandate", maximum: 2000)
    _ = try councilPeriod(council.councilPeriodStart)
    try Field.distinct(council.seats.map(\.role), field: "seats.role", maximum: 3)
    for seats in council.seats {
      _ = try Field.choice(seats.role, field: "seats.role")
      guard (0...100).contains(seats.count) else {
        throw .invalid(
          "seats.count", "seats.count of \(seats.role) must be 0 to 100, not \(seats.count)")
      }
      try Field.distinct(
        seats.nominatingOrganisationIDs, field: "seats.nominating_organisation_ids", maximum: 100)
      guard seats.nominatingOrganisationIDs.count <= seats.count else {
        throw .invalid(
          "seats.nominating_organisation_ids",
          "\(seats.nominatingOrganisationIDs.count) organisations cannot have nominated the \(seats.count) seat(s) of \(seats.role)"
        )
      }
    }
    return council
  }
}
