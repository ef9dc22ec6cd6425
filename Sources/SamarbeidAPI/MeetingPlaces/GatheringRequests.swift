public import ProtoWire

/// `samarbeid.v1.PlanGatheringRequest`.
public struct PlanGatheringRequest: RecordRequest {
  public static let protoMessageName = "samarbeid.v1.PlanGatheringRequest"
  public static let recordFieldName = "gathering"
  public var gathering: Gathering?
  public var unknownFields = UnknownFields()
  public init() {}

  public init(gathering: Gathering) {
    self.gathering = gathering
  }

  public var record: Gathering? {
    get { gathering }
    _modify { yield &gathering }
  }
}

/// `samarbeid.v1.CompleteGatheringRequest`.
public struct CompleteGatheringRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.CompleteGatheringRequest"
  public var id = ""
  public var expectedVersion: Int64 = 0
  public var attendance: Attendance?
  /// Replaces the organisations expected when planned (empty: keeps them).
  public var organisations: [OrganisationPresence] = []
  public var outcomeNotes = ""
  public var followUps: [FollowUpAction] = []
  /// No organisation came: the planned ones are cleared (`organisations` must be empty).
  public var noOrganisationsPresent: Bool = false
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "id", 2: "expected_version", 3: "attendance", 4: "organisations", 5: "outcome_notes",
      6: "follow_ups", 7: "no_organisations_present",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: expectedVersion = try reader.read(.int64, tag)
      case 3: try reader.mergeMessage(tag, into: &attendance)
      case 4:
        try reader.readRepeated(.message(OrganisationPresence.self), tag, into: &organisations)
      case 5: outcomeNotes = try reader.read(.string, tag)
      case 6: try reader.readRepeated(.message(FollowUpAction.self), tag, into: &followUps)
      case 7: noOrganisationsPresent = try reader.read(.bool, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.int64, 2, expectedVersion)
    sink.writeMessage(3, attendance)
    sink.writeRepeated(.message(OrganisationPresence.self), 4, organisations)
    sink.write(.string, 5, outcomeNotes)
    sink.writeRepeated(.message(FollowUpAction.self), 6, followUps)
    sink.write(.bool, 7, noOrganisationsPresent)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.CancelGatheringRequest`.
public struct CancelGatheringRequest: TransitionRequest {
  public static let protoMessageName = "samarbeid.v1.CancelGatheringRequest"
  public static var hasReason: Bool { true }
  public var id = ""
  public var expectedVersion: Int64 = 0
  public var reason = ""
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.GetGatheringRequest`.
public struct GetGatheringRequest: IDRequest {
  public static let protoMessageName = "samarbeid.v1.GetGatheringRequest"
  public var id = ""
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.ListGatheringsRequest`.
public struct ListGatheringsRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ListGatheringsRequest"
  public var meetingPlaceID = ""
  public var state = GatheringState.unspecified
  /// YYYY-MM-DD, inclusive.
  /// From this day (YYYY-MM-DD, inclusive; empty: no limit).
  public var fromDate = ""
  /// Up to this day (YYYY-MM-DD, inclusive; empty: no limit).
  public var toDate = ""
  public var organisationID = ""
  public var pageSize: Int32 = 0
  public var pageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "meeting_place_id", 2: "state", 3: "from_date", 4: "to_date", 5: "organisation_id",
      6: "page_size", 7: "page_token",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: meetingPlaceID = try reader.read(.string, tag)
      case 2: state = try reader.read(.enum(GatheringState.self), tag)
      case 3: fromDate = try reader.read(.string, tag)
      case 4: toDate = try reader.read(.string, tag)
      case 5: organisationID = try reader.read(.string, tag)
      case 6: pageSize = try reader.read(.int32, tag)
      case 7: pageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, meetingPlaceID)
    sink.write(.enum(GatheringState.self), 2, state)
    sink.write(.string, 3, fromDate)
    sink.write(.string, 4, toDate)
    sink.write(.string, 5, organisationID)
    sink.write(.int32, 6, pageSize)
    sink.write(.string, 7, pageToken)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListGatheringsResponse`.
public struct ListGatheringsResponse: ItemPage {
  public static let protoMessageName = "samarbeid.v1.ListGatheringsResponse"
  public static let itemsFieldName = "gatherings"
  public var gatherings: [Gathering] = []
  public var nextPageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public var items: [Gathering] {
    get { gatherings }
    _modify { yield &gatherings }
  }
}
