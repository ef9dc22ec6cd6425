public import ProtoWire

/// The shape of a reference to one of the tenant's organisations with its part in
/// something: `organisation_id` (1) and `role` (2). `CoHost` (a meeting place's) and
/// `OrganisationPresence` (a gathering's) share it.
public protocol OrganisationReference: ProtoMessage, Equatable {
  associatedtype Role: ProtoEnum
  var organisationID: String { get set }
  var role: Role { get set }
  var unknownFields: UnknownFields { get set }
}

extension OrganisationReference {
  /// Organisation `organisationID` in `role`.
  public init(organisationID: String, role: Role) {
    self.init()
    self.organisationID = organisationID
    self.role = role
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "organisation_id", 2: "role"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: organisationID = try reader.read(.string, tag)
      case 2: role = try reader.read(.enum(Role.self), tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, organisationID)
    sink.write(.enum(Role.self), 2, role)
    sink.writeUnknownFields(unknownFields)
  }
}
