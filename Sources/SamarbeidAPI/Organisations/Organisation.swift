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
  public var foundedYear: Int32 = 0
  /// Kontonummer: 11 digits passing the MOD11 check, or empty.
  public var bankAccount = ""
  /// Personal data.
  public var contact: ContactPerson?
  public var version: Int64 = 0
  public var createdAt = ""
  public var updatedAt = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "id", 2: "organisasjonsnummer", 3: "name", 4: "kind", 5: "postal_address",
      6: "in_frivillighetsregisteret", 7: "founded_year", 8: "bank_account", 9: "contact",
      10: "version",
      11: "created_at", 12: "updated_at",
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
      case 7: foundedYear = try reader.read(.int32, tag)
      case 8: bankAccount = try reader.read(.string, tag)
      case 9: try reader.mergeMessage(tag, into: &contact)
      case 10: version = try reader.read(.int64, tag)
      case 11: createdAt = try reader.read(.string, tag)
      case 12: updatedAt = try reader.read(.string, tag)
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
    sink.write(.int32, 7, foundedYear)
    sink.write(.string, 8, bankAccount)
    sink.writeMessage(9, contact)
    sink.write(.int64, 10, version)
    sink.write(.string, 11, createdAt)
    sink.write(.string, 12, updatedAt)
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
