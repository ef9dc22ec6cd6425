public import ProtoWire

/// `samarbeid.v1.GatheringTotals`: gatherings and attendance over a set of gatherings;
/// shares are permille of the attendance where that count was recorded.
public struct GatheringTotals: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.GatheringTotals"
  public var gatheringsHeld: Int32 = 0
  public var gatheringsPlanned: Int32 = 0
  public var gatheringsCancelled: Int32 = 0
  public var attendance: Int64 = 0
  public var immigrantBackground: Int64 = 0
  public var women: Int64 = 0
  public var under18: Int64 = 0
  public var firstTime: Int64 = 0
  public var immigrantBackgroundPermille: Int32 = 0
  public var womenPermille: Int32 = 0
  public var under18Permille: Int32 = 0
  public var firstTimePermille: Int32 = 0
  public var organisationsInvolved: Int32 = 0
  public var coHostedByImmigrantOrganisation: Int32 = 0
  public var coHostedByImmigrantOrganisationPermille: Int32 = 0
  public var gatheringsCountingImmigrantBackground: Int32 = 0
  public var gatheringsCountingWomen: Int32 = 0
  public var gatheringsCountingUnder18: Int32 = 0
  public var gatheringsCountingFirstTime: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "gatherings_held", 2: "gatherings_planned", 3: "gatherings_cancelled", 4: "attendance",
      5: "immigrant_background", 6: "women", 7: "under_18", 8: "first_time",
      9: "immigrant_background_permille", 10: "women_permille", 11: "under_18_permille",
      12: "first_time_permille", 13: "organisations_involved",
      14: "co_hosted_by_immigrant_organisation", 15: "co_hosted_by_immigrant_organisation_permille",
      16: "gatherings_counting_immigrant_background", 17: "gatherings_counting_women",
      18: "gatherings_counting_under_18", 19: "gatherings_counting_first_time",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: gatheringsHeld = try reader.read(.int32, tag)
      case 2: gatheringsPlanned = try reader.read(.int32, tag)
      case 3: gatheringsCancelled = try reader.read(.int32, tag)
      case 4: attendance = try reader.read(.int64, tag)
      case 5: immigrantBackground = try reader.read(.int64, tag)
      case 6: women = try reader.read(.int64, tag)
      case 7: under18 = try reader.read(.int64, tag)
      case 8: firstTime = try reader.read(.int64, tag)
      case 9: immigrantBackgroundPermille = try reader.read(.int32, tag)
      case 10: womenPermille = try reader.read(.int32, tag)
      case 11: under18Permille = try reader.read(.int32, tag)
      case 12: firstTimePermille = try reader.read(.int32, tag)
      case 13: organisationsInvolved = try reader.read(.int32, tag)
      case 14: coHostedByImmigrantOrganisation = try reader.read(.int32, tag)
      case 15: coHostedByImmigrantOrganisationPermille = try reader.read(.int32, tag)
      case 16: gatheringsCountingImmigrantBackground = try reader.read(.int32, tag)
      case 17: gatheringsCountingWomen = try reader.read(.int32, tag)
      case 18: gatheringsCountingUnder18 = try reader.read(.int32, tag)
      case 19: gatheringsCountingFirstTime = try reader.read(.int32, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, gatheringsHeld)
    sink.write(.int32, 2, gatheringsPlanned)
    sink.write(.int32, 3, gatheringsCancelled)
    sink.write(.int64, 4, attendance)
    sink.write(.int64, 5, immigrantBackground)
    sink.write(.int64, 6, women)
    sink.write(.int64, 7, under18)
    sink.write(.int64, 8, firstTime)
    sink.write(.int32, 9, immigrantBackgroundPermille)
    sink.write(.int32, 10, womenPermille)
    sink.write(.int32, 11, under18Permille)
    sink.write(.int32, 12, firstTimePermille)
    sink.write(.int32, 13, organisationsInvolved)
    sink.write(.int32, 14, coHostedByImmigrantOrganisation)
    sink.write(.int32, 15, coHostedByImmigrantOrganisationPermille)
    sink.write(.int32, 16, gatheringsCountingImmigrantBackground)
    sink.write(.int32, 17, gatheringsCountingWomen)
    sink.write(.int32, 18, gatheringsCountingUnder18)
    sink.write(.int32, 19, gatheringsCountingFirstTime)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.RoleCount`: places with one municipal role.
public struct RoleCount: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.RoleCount"
  public var role = MunicipalRole.unspecified
  public var meetingPlaces: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "role", 2: "meeting_places"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: role = try reader.read(.enum(MunicipalRole.self), tag)
      case 2: meetingPlaces = try reader.read(.int32, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.enum(MunicipalRole.self), 1, role)
    sink.write(.int32, 2, meetingPlaces)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.MonthTotals`: one month of a place's year.
public struct MonthTotals: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.MonthTotals"
  /// YYYY-MM.
  public var month = ""
  public var gatheringsHeld: Int32 = 0
  public var attendance: Int64 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "month", 2: "gatherings_held", 3: "attendance"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: month = try reader.read(.string, tag)
      case 2: gatheringsHeld = try reader.read(.int32, tag)
      case 3: attendance = try reader.read(.int64, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, month)
    sink.write(.int32, 2, gatheringsHeld)
    sink.write(.int64, 3, attendance)
    sink.writeUnknownFields(unknownFields)
  }
}
