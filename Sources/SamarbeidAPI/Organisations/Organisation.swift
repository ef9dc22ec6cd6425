public import ProtoWire

/// `samarbeid.v1.Organisation`: an organisation a municipality works with.
public struct Organisation: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.Organisation"
  public var id = ""
  /// 9 digits passing the MOD11 check.
  public var organisasjonsnummer = ""
  public var name = ""
  public var kind = OrganisationKind.unspecified
  public var postalAddress = ""
  public var inFrivillighetsregisteret = false
  /// Kontonummer: 11 digits passing the MOD11 check, or empty.
  public var bankAccount = ""
  /// Personal data.
  public var contact: ContactPerson?
  public var version: Int64 = 0
  public var createdAt = ""
  public var updatedAt = ""
  /// The form in Enhetsregisteret, e.g. `FLI`.
  public var organisationForm = ""
  /// The registered address's kommunenummer.
  public var addressKommunenummer = ""
  /// YYYY-MM-DD.
  public var foundedOn = ""
  public var bankrupt = false
  public var underLiquidation = false
  public var immigrantOrganisationDeclared = false
  public var countingMembers: Int32 = 0
  public var countingMembersAsOf = ""
  public var faithCommunityWithStateSupport = false
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "id", 2: "organisasjonsnummer", 3: "name", 4: "kind", 5: "postal_address",
      6: "in_frivillighetsregisteret", 8: "bank_account", 9: "contact", 10: "version",
      11: "created_at",
      12: "updated_at", 13: "organisation_form", 14: "address_kommunenummer", 15: "founded_on",
      16: "bankrupt", 17: "under_liquidation", 18: "immigrant_organisation_declared",
      19: "counting_members", 20: "counting_members_as_of",
      21: "faith_community_with_state_support",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: organisasjonsnummer = try reader.read(.string, tag)
      case 3: name = try reader.read(.string, tag)
      case 4: kind = try reader.read(.enum(OrganisationKind.self), tag)
      case 5: postalAddress = try reader.read(.string, tag)
      case 6: inFrivillighetsregisteret = try reader.read(.bool, tag)
      case 8: bankAccount = try reader.read(.string, tag)
      case 9: try reader.mergeMessage(tag, into: &contact)
      case 10: version = try reader.read(.int64, tag)
      case 11: createdAt = try reader.read(.string, tag)
      case 12: updatedAt = try reader.read(.string, tag)
      case 13: organisationForm = try reader.read(.string, tag)
      case 14: addressKommunenummer = try reader.read(.string, tag)
      case 15: foundedOn = try reader.read(.string, tag)
      case 16: bankrupt = try reader.read(.bool, tag)
      case 17: underLiquidation = try reader.read(.bool, tag)
      case 18: immigrantOrganisationDeclared = try reader.read(.bool, tag)
      case 19: countingMembers = try reader.read(.int32, tag)
      case 20: countingMembersAsOf = try reader.read(.string, tag)
      case 21: faithCommunityWithStateSupport = try reader.read(.bool, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.string, 2, organisasjonsnummer)
    sink.write(.string, 3, name)
    sink.write(.enum(OrganisationKind.self), 4, kind)
    sink.write(.string, 5, postalAddress)
    sink.write(.bool, 6, inFrivillighetsregisteret)
    sink.write(.string, 8, bankAccount)
    sink.writeMessage(9, contact)
    sink.write(.int64, 10, version)
    sink.write(.string, 11, createdAt)
    sink.write(.string, 12, updatedAt)
    sink.write(.string, 13, organisationForm)
    sink.write(.string, 14, addressKommunenummer)
    sink.write(.string, 15, foundedOn)
    sink.write(.bool, 16, bankrupt)
    sink.write(.bool, 17, underLiquidation)
    sink.write(.bool, 18, immigrantOrganisationDeclared)
    sink.write(.int32, 19, countingMembers)
    sink.write(.string, 20, countingMembersAsOf)
    sink.write(.bool, 21, faithCommunityWithStateSupport)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ContactPerson`: personal data that never leaves the tenant.
public struct ContactPerson: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ContactPerson"
  public var name = ""
  public var email = ""
  public var phone = ""
  public var unknownFields = UnknownFields()
  public init() {}

  /// A contact person.
  public init(name: String, email: String = "", phone: String = "") {
    self.name = name
    self.email = email
    self.phone = phone
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "name", 2: "email", 3: "phone"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: name = try reader.read(.string, tag)
      case 2: email = try reader.read(.string, tag)
      case 3: phone = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, name)
    sink.write(.string, 2, email)
    sink.write(.string, 3, phone)
    sink.writeUnknownFields(unknownFields)
  }
}
