public import ProtoWire

/// `samarbeid.v1.ImmigrantCouncil`: an innvandrerråd, its mandate, term and seats.
public struct ImmigrantCouncil: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ImmigrantCouncil"
  public var id = ""
  public var name = ""
  public var mandate = ""
  /// 2023 for 2023-2027.
  public var councilPeriodStart: Int32 = 0
  public var seats: [CouncilSeats] = []
  public var version: Int64 = 0
  public var createdAt = ""
  public var updatedAt = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "id", 2: "name", 3: "mandate", 4: "council_period_start", 5: "seats", 6: "version",
      7: "created_at", 8: "updated_at",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: name = try reader.read(.string, tag)
      case 3: mandate = try reader.read(.string, tag)
      case 4: councilPeriodStart = try reader.read(.int32, tag)
      case 5: try reader.readRepeated(.message(CouncilSeats.self), tag, into: &seats)
      case 6: version = try reader.read(.int64, tag)
      case 7: createdAt = try reader.read(.string, tag)
      case 8: updatedAt = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.string, 2, name)
    sink.write(.string, 3, mandate)
    sink.write(.int32, 4, councilPeriodStart)
    sink.writeRepeated(.message(CouncilSeats.self), 5, seats)
    sink.write(.int64, 6, version)
    sink.write(.string, 7, createdAt)
    sink.write(.string, 8, updatedAt)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.CouncilSeats`: the seats of one role and who nominated them.
public struct CouncilSeats: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.CouncilSeats"
  public var role = CouncilRole.unspecified
  public var count: Int32 = 0
  public var nominatingOrganisationIDs: [String] = []
  public var unknownFields = UnknownFields()
  public init() {}

  public init(_ role: CouncilRole, count: Int32, nominatedBy organisations: [String] = []) {
    self.role = role
    self.count = count
    self.nominatingOrganisationIDs = organisations
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "role", 2: "count", 3: "nominating_organisation_ids"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: role = try reader.read(.enum(CouncilRole.self), tag)
      case 2: count = try reader.read(.int32, tag)
      case 3: try reader.readRepeated(.string, tag, into: &nominatingOrganisationIDs)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.enum(CouncilRole.self), 1, role)
    sink.write(.int32, 2, count)
    sink.writeRepeated(.string, 3, nominatingOrganisationIDs)
    sink.writeUnknownFields(unknownFields)
  }
}
