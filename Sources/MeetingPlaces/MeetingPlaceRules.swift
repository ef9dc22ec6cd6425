internal import DomainValues
internal import Identifiers
internal import RPC
internal import SamarbeidAPI
internal import Tenancy

/// What a meeting place's fields must satisfy; every refusal names the field and what is
/// allowed. References (co-hosts, funding) are checked by the service against the store.
enum MeetingPlaceRules {
  /// `place` checked and normalised (text trimmed, status planned when unspecified);
  /// `municipalityNumbers` are the tenant's kommunenummer; `statuses` those allowed.
  static func validated(
    _ place: MeetingPlace?, municipalityNumbers: [String], statuses: [MeetingPlaceStatus]
  ) throws(DomainError) -> MeetingPlace {
    guard var place else { throw .invalid("meeting_place", "meeting_place is required") }
    place.name = try Field.text(place.name, field: "name", maximum: 200, required: true)
    place.kind = try Field.choice(place.kind, field: "kind")
    place.municipalRoles = try roles(place.municipalRoles)
    place.address = try address(place.address, kind: place.kind, numbers: municipalityNumbers)
    place.audience = try Field.choice(place.audience, field: "audience")
    place.languages = try languages(place.languages)
    place.services = try Field.choices(place.services, field: "services", maximum: 4)
    try Field.distinct(place.coHosts.map(\.organisationID), field: "co_hosts", maximum: 50)
    for coHost in place.coHosts {
      _ = try Field.choice(coHost.role, field: "co_hosts.role")
    }
    try Field.distinct(
      place.fundingApplicationIDs, field: "funding_application_ids", maximum: 50)
    let starts = try Field.date(place.startsOn, field: "starts_on")
    if !place.endsOn.isEmpty {
      guard try Field.date(place.endsOn, field: "ends_on") >= starts else {
        throw .invalid(
          "ends_on", "ends_on (\(place.endsOn)) must not be before starts_on (\(starts))")
      }
    }
    if place.status == .unspecified { place.status = .planned }
    if place.status == .closed {
      throw MeetingPlaceRule.placeState.violation(
        "a meeting place is closed with CloseMeetingPlace, which records why")
    }
    place.status = try Field.choice(place.status, field: "status", allowed: statuses)
    if var schedule = place.schedule {
      schedule.frequency = try Field.choice(schedule.frequency, field: "schedule.frequency")
      schedule.description = try Field.text(
        schedule.description, field: "schedule.description", maximum: 200)
      place.schedule = schedule
    }
    return place
  }

  /// The municipality's roles: at least one, none twice, `none` only on its own.
  static func roles(_ roles: [MunicipalRole]) throws(DomainError) -> [MunicipalRole] {
    guard !roles.isEmpty else {
      throw .invalid(
        "municipal_roles",
        "municipal_roles must name at least one of \(MunicipalRole.allowedValues); "
          + "MUNICIPAL_ROLE_NONE says the municipality has no role")
    }
    let roles = try Field.choices(roles, field: "municipal_roles", maximum: 5)
    guard !roles.contains(.none) || roles.count == 1 else {
      throw .invalid(
        "municipal_roles", "MUNICIPAL_ROLE_NONE cannot stand with another role in municipal_roles")
    }
    return roles
  }

  /// An address in the municipality, or online (a digital place must be online).
  static func address(_ address: Address?, kind: MeetingPlaceKind, numbers: [String])
    throws(DomainError) -> Address
  {
    guard var address else {
      throw .invalid("address", "address is required: a street address or online")
    }
    address.url = try Field.text(address.url, field: "address.url", maximum: 500)
    guard address.url.isEmpty || address.url.hasPrefix("https://") else {
      throw .invalid("address.url", "address.url must start with https://")
    }
    if kind == .digital && !address.online {
      throw .invalid("address.online", "a MEETING_PLACE_KIND_DIGITAL place must be online")
    }
    if address.online {
      guard !address.url.isEmpty else {
        throw .invalid("address.url", "address.url is required for an online place")
      }
      guard address.streetAddress.isEmpty, address.postalCode.isEmpty else {
        throw .invalid(
          "address.street_address", "an online place has no street address or postal code")
      }
      return address
    }
    address.streetAddress = try Field.text(
      address.streetAddress, field: "address.street_address", maximum: 200, required: true)
    guard address.postalCode.utf8.count == 4, address.postalCode.allSatisfy(\.isASCIIDigit) else {
      throw .invalid(
        "address.postal_code",
        "address.postal_code must be four digits, not \(Quote.short(address.postalCode))")
    }
    address.postalTown = try Field.text(
      address.postalTown, field: "address.postal_town", maximum: 100)
    do {
      _ = try Kommunenummer(address.kommunenummer)
    } catch {
      throw .invalid("address.kommunenummer", "address.kommunenummer: \(error.message)")
    }
    guard numbers.contains(address.kommunenummer) else {
      throw MeetingPlaceRule.placeInMunicipality.violation(
        "address.kommunenummer \(Quote.short(address.kommunenummer)) is not this municipality's "
          + "(\(numbers.joined(separator: ", "))): record meeting places in the municipality, or online"
      )
    }
    return address
  }

  /// ISO 639 codes (two or three lower-case letters), each once, at most 20.
  static func languages(_ languages: [String]) throws(DomainError) -> [String] {
    try Field.distinct(languages, field: "languages", maximum: 20)
    for language in languages
    where !(2...3).contains(language.utf8.count)
      || !language.utf8.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) })
    {
      throw .invalid(
        "languages",
        "languages must be ISO 639 codes such as no, en, ar, so, not \(Quote.short(language))")
    }
    return languages
  }

  /// The statuses a place may move to from `status` by an update.
  static func updatableStatuses(from status: MeetingPlaceStatus) -> [MeetingPlaceStatus] {
    switch status {
    case .planned: [.planned, .active]
    case .active, .paused: [.active, .paused]
    default: []
    }
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
