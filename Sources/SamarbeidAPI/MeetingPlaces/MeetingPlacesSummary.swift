public import ProtoWire

/// `samarbeid.v1.SummariseMeetingPlacesRequest`.
public struct SummariseMeetingPlacesRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.SummariseMeetingPlacesRequest"
  public var year: Int32 = 0
  /// Only this place (empty: every place).
  public var meetingPlaceID = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "year", 2: "meeting_place_id"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: year = try reader.read(.int32, tag)
      case 2: meetingPlaceID = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, year)
    sink.write(.string, 2, meetingPlaceID)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.MeetingPlacesSummary`: a year of meeting-place work.
public struct MeetingPlacesSummary: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.MeetingPlacesSummary"
  public var year: Int32 = 0
  public var totals: GatheringTotals?
  /// Every role, in the enum's order.
  public var placesByRole: [RoleCount] = []
  public var meetingPlaces: [MeetingPlaceSummary] = []
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "year", 2: "totals", 3: "places_by_role", 4: "meeting_places"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: year = try reader.read(.int32, tag)
      case 2: try reader.mergeMessage(tag, into: &totals)
      case 3: try reader.readRepeated(.message(RoleCount.self), tag, into: &placesByRole)
      case 4:
        try reader.readRepeated(.message(MeetingPlaceSummary.self), tag, into: &meetingPlaces)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, year)
    sink.writeMessage(2, totals)
    sink.writeRepeated(.message(RoleCount.self), 3, placesByRole)
    sink.writeRepeated(.message(MeetingPlaceSummary.self), 4, meetingPlaces)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.MeetingPlaceSummary`: one place's year, with its months.
public struct MeetingPlaceSummary: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.MeetingPlaceSummary"
  public var meetingPlaceID = ""
  public var name = ""
  public var totals: GatheringTotals?
  /// January to December.
  public var months: [MonthTotals] = []
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "meeting_place_id", 2: "name", 3: "totals", 4: "months"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: meetingPlaceID = try reader.read(.string, tag)
      case 2: name = try reader.read(.string, tag)
      case 3: try reader.mergeMessage(tag, into: &totals)
      case 4: try reader.readRepeated(.message(MonthTotals.self), tag, into: &months)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, meetingPlaceID)
    sink.write(.string, 2, name)
    sink.writeMessage(3, totals)
    sink.writeRepeated(.message(MonthTotals.self), 4, months)
    sink.writeUnknownFields(unknownFields)
  }
}
