public import ProtoWire

/// `samarbeid.v1.CreateDialogueMeetingRequest`.
public struct CreateDialogueMeetingRequest: RecordRequest {
  public static let protoMessageName = "samarbeid.v1.CreateDialogueMeetingRequest"
  public static let recordFieldName = "meeting"
  public var meeting: DialogueMeeting?
  public var unknownFields = UnknownFields()
  public init() {}

  public init(meeting: DialogueMeeting) { self.meeting = meeting }

  public var record: DialogueMeeting? {
    get { meeting }
    _modify { yield &meeting }
  }
}

/// `samarbeid.v1.GetDialogueMeetingRequest`.
public struct GetDialogueMeetingRequest: IDRequest {
  public static let protoMessageName = "samarbeid.v1.GetDialogueMeetingRequest"
  public var id = ""
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.ListDialogueMeetingsRequest`.
public struct ListDialogueMeetingsRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ListDialogueMeetingsRequest"
  public var type = DialogueMeetingType.unspecified
  /// YYYY-MM-DD, inclusive.
  /// From this day (YYYY-MM-DD, inclusive; empty: no limit).
  public var fromDate = ""
  /// Up to this day (YYYY-MM-DD, inclusive; empty: no limit).
  public var toDate = ""
  public var organisationID = ""
  public var agreementID = ""
  public var councilID = ""
  public var pageSize: Int32 = 0
  public var pageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "type", 2: "from_date", 3: "to_date", 4: "organisation_id", 5: "agreement_id",
      6: "council_id",
      7: "page_size", 8: "page_token",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: type = try reader.read(.enum(DialogueMeetingType.self), tag)
      case 2: fromDate = try reader.read(.string, tag)
      case 3: toDate = try reader.read(.string, tag)
      case 4: organisationID = try reader.read(.string, tag)
      case 5: agreementID = try reader.read(.string, tag)
      case 6: councilID = try reader.read(.string, tag)
      case 7: pageSize = try reader.read(.int32, tag)
      case 8: pageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.enum(DialogueMeetingType.self), 1, type)
    sink.write(.string, 2, fromDate)
    sink.write(.string, 3, toDate)
    sink.write(.string, 4, organisationID)
    sink.write(.string, 5, agreementID)
    sink.write(.string, 6, councilID)
    sink.write(.int32, 7, pageSize)
    sink.write(.string, 8, pageToken)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListDialogueMeetingsResponse`.
public struct ListDialogueMeetingsResponse: ItemPage {
  public static let protoMessageName = "samarbeid.v1.ListDialogueMeetingsResponse"
  public static let itemsFieldName = "meetings"
  public var meetings: [DialogueMeeting] = []
  public var nextPageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public var items: [DialogueMeeting] {
    get { meetings }
    _modify { yield &meetings }
  }
}

/// `samarbeid.v1.UpdateDialogueMeetingRequest`.
public struct UpdateDialogueMeetingRequest: RecordRequest {
  public static let protoMessageName = "samarbeid.v1.UpdateDialogueMeetingRequest"
  public static let recordFieldName = "meeting"
  public static var hasExpectedVersion: Bool { true }
  public var meeting: DialogueMeeting?
  public var expectedVersion: Int64 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public var record: DialogueMeeting? {
    get { meeting }
    _modify { yield &meeting }
  }
}

/// `samarbeid.v1.ApproveMinutesRequest`.
public struct ApproveMinutesRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ApproveMinutesRequest"
  public var meetingID = ""
  public var expectedVersion: Int64 = 0
  public var party = OwnerParty.unspecified
  public var organisationID = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "meeting_id", 2: "expected_version", 3: "party", 4: "organisation_id"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: meetingID = try reader.read(.string, tag)
      case 2: expectedVersion = try reader.read(.int64, tag)
      case 3: party = try reader.read(.enum(OwnerParty.self), tag)
      case 4: organisationID = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, meetingID)
    sink.write(.int64, 2, expectedVersion)
    sink.write(.enum(OwnerParty.self), 3, party)
    sink.write(.string, 4, organisationID)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.UpdateActionRequest`.
public struct UpdateActionRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.UpdateActionRequest"
  public var meetingID = ""
  public var expectedVersion: Int64 = 0
  public var actionID = ""
  public var status = ActionStatus.unspecified
  public var reason = ""
  public var completedOn = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "meeting_id", 2: "expected_version", 3: "action_id", 4: "status", 5: "reason",
      6: "completed_on",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: meetingID = try reader.read(.string, tag)
      case 2: expectedVersion = try reader.read(.int64, tag)
      case 3: actionID = try reader.read(.string, tag)
      case 4: status = try reader.read(.enum(ActionStatus.self), tag)
      case 5: reason = try reader.read(.string, tag)
      case 6: completedOn = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, meetingID)
    sink.write(.int64, 2, expectedVersion)
    sink.write(.string, 3, actionID)
    sink.write(.enum(ActionStatus.self), 4, status)
    sink.write(.string, 5, reason)
    sink.write(.string, 6, completedOn)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.RecordAssessmentRequest`.
public struct RecordAssessmentRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.RecordAssessmentRequest"
  public var meetingID = ""
  public var expectedVersion: Int64 = 0
  public var assessment: PreconditionAssessment?
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "meeting_id", 2: "expected_version", 3: "assessment"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: meetingID = try reader.read(.string, tag)
      case 2: expectedVersion = try reader.read(.int64, tag)
      case 3: try reader.mergeMessage(tag, into: &assessment)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, meetingID)
    sink.write(.int64, 2, expectedVersion)
    sink.writeMessage(3, assessment)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListOverdueActionsRequest`.
public struct ListOverdueActionsRequest: OverdueRequest {
  public static let protoMessageName = "samarbeid.v1.ListOverdueActionsRequest"
  public var asOf = ""
  public var pageSize: Int32 = 0
  public var pageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.OverdueAction`: an open action past its due date, with its meeting.
public struct OverdueAction: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.OverdueAction"
  public var meetingID = ""
  public var heldOn = ""
  public var action: AgreedAction?
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "meeting_id", 2: "held_on", 3: "action"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: meetingID = try reader.read(.string, tag)
      case 2: heldOn = try reader.read(.string, tag)
      case 3: try reader.mergeMessage(tag, into: &action)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, meetingID)
    sink.write(.string, 2, heldOn)
    sink.writeMessage(3, action)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListOverdueActionsResponse`.
public struct ListOverdueActionsResponse: ItemPage {
  public static let protoMessageName = "samarbeid.v1.ListOverdueActionsResponse"
  public static let itemsFieldName = "actions"
  public var actions: [OverdueAction] = []
  public var nextPageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public var items: [OverdueAction] {
    get { actions }
    _modify { yield &actions }
  }
}
