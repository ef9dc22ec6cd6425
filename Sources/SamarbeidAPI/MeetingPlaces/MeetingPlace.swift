public import ProtoWire

/// `samarbeid.v1.MeetingPlace`: a place where minority and majority meet, and the
/// municipality's part in it.
public struct MeetingPlace: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.MeetingPlace"
  public var id = ""
  public var name = ""
  public var kind = MeetingPlaceKind.unspecified
  /// At least one; `.none` only on its own.
  public var municipalRoles: [MunicipalRole] = []
  public var address: Address?
  public var audience = Audience.unspecified
  /// ISO 639 codes.
  public var languages: [String] = []
  public var services: [MeetingPlaceService] = []
  public var coHosts: [CoHost] = []
  /// Granted applications of the same municipality.
  public var fundingApplicationIDs: [String] = []
  /// YYYY-MM-DD.
  public var startsOn = ""
  /// YYYY-MM-DD; empty: open-ended.
  public var endsOn = ""
  public var status = MeetingPlaceStatus.unspecified
  public var closedReason = ""
  public var schedule: OpeningSchedule?
  public var version: Int64 = 0
  public var createdAt = ""
  public var updatedAt = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "id", 2: "name", 3: "kind", 4: "municipal_roles", 5: "address", 6: "audience",
      7: "languages", 8: "services", 9: "co_hosts", 10: "funding_application_ids",
      11: "starts_on", 12: "ends_on", 13: "status", 14: "closed_reason", 15: "schedule",
      16: "version", 17: "created_at", 18: "updated_at",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: name = try reader.read(.string, tag)
      case 3: kind = try reader.read(.enum(MeetingPlaceKind.self), tag)
      case 4: try reader.readRepeated(.enum(MunicipalRole.self), tag, into: &municipalRoles)
      case 5: try reader.mergeMessage(tag, into: &address)
      case 6: audience = try reader.read(.enum(Audience.self), tag)
      case 7: try reader.readRepeated(.string, tag, into: &languages)
      case 8: try reader.readRepeated(.enum(MeetingPlaceService.self), tag, into: &services)
      case 9: try reader.readRepeated(.message(CoHost.self), tag, into: &coHosts)
      case 10: try reader.readRepeated(.string, tag, into: &fundingApplicationIDs)
      case 11: startsOn = try reader.read(.string, tag)
      case 12: endsOn = try reader.read(.string, tag)
      case 13: status = try reader.read(.enum(MeetingPlaceStatus.self), tag)
      case 14: closedReason = try reader.read(.string, tag)
      case 15: try reader.mergeMessage(tag, into: &schedule)
      case 16: version = try reader.read(.int64, tag)
      case 17: createdAt = try reader.read(.string, tag)
      case 18: updatedAt = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.string, 2, name)
    sink.write(.enum(MeetingPlaceKind.self), 3, kind)
    sink.writeRepeated(.enum(MunicipalRole.self), 4, municipalRoles)
    sink.writeMessage(5, address)
    sink.write(.enum(Audience.self), 6, audience)
    sink.writeRepeated(.string, 7, languages)
    sink.writeRepeated(.enum(MeetingPlaceService.self), 8, services)
    sink.writeRepeated(.message(CoHost.self), 9, coHosts)
    sink.writeRepeated(.string, 10, fundingApplicationIDs)
    sink.write(.string, 11, startsOn)
    sink.write(.string, 12, endsOn)
    sink.write(.enum(MeetingPlaceStatus.self), 13, status)
    sink.write(.string, 14, closedReason)
    sink.writeMessage(15, schedule)
    sink.write(.int64, 16, version)
    sink.write(.string, 17, createdAt)
    sink.write(.string, 18, updatedAt)
    sink.writeUnknownFields(unknownFields)
  }
}
