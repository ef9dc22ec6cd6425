public import ProtoWire

/// `samarbeid.v1.CreateMeetingPlaceRequest`.
public struct CreateMeetingPlaceRequest: RecordRequest {
  public static let protoMessageName = "samarbeid.v1.CreateMeetingPlaceRequest"
  public static let recordFieldName = "meeting_place"
  public var meetingPlace: MeetingPlace?
  public var unknownFields = UnknownFields()
  public init() {}

  public init(meetingPlace: MeetingPlace) {
    self.meetingPlace = meetingPlace
  }

  public var record: MeetingPlace? {
    get { meetingPlace }
    _modify { yield &meetingPlace }
  }
}

/// `samarbeid.v1.GetMeetingPlaceRequest`.
public struct GetMeetingPlaceRequest: IDRequest {
  public static let protoMessageName = "samarbeid.v1.GetMeetingPlaceRequest"
  public var id = ""
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.ListMeetingPlacesRequest`.
public struct ListMeetingPlacesRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ListMeetingPlacesRequest"
  public var role = MunicipalRole.unspecified
  public var kind = MeetingPlaceKind.unspecified
  public var audience = Audience.unspecified
  public var status = MeetingPlaceStatus.unspecified
  public var organisationID = ""
  /// YYYY-MM-DD: places whose period overlaps `activeFrom...activeTo`.
  public var activeFrom = ""
  public var activeTo = ""
  public var pageSize: Int32 = 0
  public var pageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "role", 2: "kind", 3: "audience", 4: "status", 5: "organisation_id", 6: "active_from",
      7: "active_to", 8: "page_size", 9: "page_token",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: role = try reader.read(.enum(MunicipalRole.self), tag)
      case 2: kind = try reader.read(.enum(MeetingPlaceKind.self), tag)
      case 3: audience = try reader.read(.enum(Audience.self), tag)
      case 4: status = try reader.read(.enum(MeetingPlaceStatus.self), tag)
      case 5: organisationID = try reader.read(.string, tag)
      case 6: activeFrom = try reader.read(.string, tag)
      case 7: activeTo = try reader.read(.string, tag)
      case 8: pageSize = try reader.read(.int32, tag)
      case 9: pageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.enum(MunicipalRole.self), 1, role)
    sink.write(.enum(MeetingPlaceKind.self), 2, kind)
    sink.write(.enum(Audience.self), 3, audience)
    sink.write(.enum(MeetingPlaceStatus.self), 4, status)
    sink.write(.string, 5, organisationID)
    sink.write(.string, 6, activeFrom)
    sink.write(.string, 7, activeTo)
    sink.write(.int32, 8, pageSize)
    sink.write(.string, 9, pageToken)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListMeetingPlacesResponse`.
public struct ListMeetingPlacesResponse: ItemPage {
  public static let protoMessageName = "samarbeid.v1.ListMeetingPlacesResponse"
  public static let itemsFieldName = "meeting_places"
  public var meetingPlaces: [MeetingPlace] = []
  public var nextPageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public var items: [MeetingPlace] {
    get { meetingPlaces }
    _modify { yield &meetingPlaces }
  }
}

/// `samarbeid.v1.UpdateMeetingPlaceRequest`.
public struct UpdateMeetingPlaceRequest: RecordRequest {
  public static let protoMessageName = "samarbeid.v1.UpdateMeetingPlaceRequest"
  public static let recordFieldName = "meeting_place"
  public static var hasExpectedVersion: Bool { true }
  public var meetingPlace: MeetingPlace?
  public var expectedVersion: Int64 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public var record: MeetingPlace? {
    get { meetingPlace }
    _modify { yield &meetingPlace }
  }
}

/// `samarbeid.v1.CloseMeetingPlaceRequest`.
public struct CloseMeetingPlaceRequest: TransitionRequest {
  public static let protoMessageName = "samarbeid.v1.CloseMeetingPlaceRequest"
  public static var hasReason: Bool { true }
  public var id = ""
  public var expectedVersion: Int64 = 0
  public var reason = ""
  public var unknownFields = UnknownFields()
  public init() {}
}
