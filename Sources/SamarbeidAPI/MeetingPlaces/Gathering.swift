public import ProtoWire

/// `samarbeid.v1.Gathering`: one gathering at a meeting place, planned and then held or
/// cancelled.
public struct Gathering: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.Gathering"
  public var id = ""
  public var meetingPlaceID = ""
  /// YYYY-MM-DDTHH:MM in Europe/Oslo.
  public var startsAt = ""
  public var mode = GatheringMode.unspecified
  public var title = ""
  public var state = GatheringState.unspecified
  /// Set on completion only.
  public var attendance: Attendance?
  public var organisations: [OrganisationPresence] = []
  /// Personal data may occur: never leaves the tenant.
  public var outcomeNotes = ""
  public var followUps: [FollowUpAction] = []
  public var cancelledReason = ""
  public var completedAt = ""
  public var version: Int64 = 0
  public var createdAt = ""
  public var updatedAt = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "id", 2: "meeting_place_id", 3: "starts_at", 4: "mode", 5: "title", 6: "state",
      7: "attendance", 8: "organisations", 9: "outcome_notes", 10: "follow_ups",
      11: "cancelled_reason", 12: "completed_at", 13: "version", 14: "created_at",
      15: "updated_at",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: meetingPlaceID = try reader.read(.string, tag)
      case 3: startsAt = try reader.read(.string, tag)
      case 4: mode = try reader.read(.enum(GatheringMode.self), tag)
      case 5: title = try reader.read(.string, tag)
      case 6: state = try reader.read(.enum(GatheringState.self), tag)
      case 7: try reader.mergeMessage(tag, into: &attendance)
      case 8:
        try reader.readRepeated(.message(OrganisationPresence.self), tag, into: &organisations)
      case 9: outcomeNotes = try reader.read(.string, tag)
      case 10: try reader.readRepeated(.message(FollowUpAction.self), tag, into: &followUps)
      case 11: cancelledReason = try reader.read(.string, tag)
      case 12: completedAt = try reader.read(.string, tag)
      case 13: version = try reader.read(.int64, tag)
      case 14: createdAt = try reader.read(.string, tag)
      case 15: updatedAt = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.string, 2, meetingPlaceID)
    sink.write(.string, 3, startsAt)
    sink.write(.enum(GatheringMode.self), 4, mode)
    sink.write(.string, 5, title)
    sink.write(.enum(GatheringState.self), 6, state)
    sink.writeMessage(7, attendance)
    sink.writeRepeated(.message(OrganisationPresence.self), 8, organisations)
    sink.write(.string, 9, outcomeNotes)
    sink.writeRepeated(.message(FollowUpAction.self), 10, followUps)
    sink.write(.string, 11, cancelledReason)
    sink.write(.string, 12, completedAt)
    sink.write(.int64, 13, version)
    sink.write(.string, 14, createdAt)
    sink.write(.string, 15, updatedAt)
    sink.writeUnknownFields(unknownFields)
  }
}
