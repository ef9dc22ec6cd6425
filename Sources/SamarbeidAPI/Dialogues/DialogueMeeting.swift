public import ProtoWire

/// `samarbeid.v1.DialogueMeeting`: a meeting between the municipality and organisations,
/// who set its agenda, what it was about, what was agreed and how each side judged it.
public struct DialogueMeeting: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.DialogueMeeting"
  public var id = ""
  /// YYYY-MM-DD.
  public var heldOn = ""
  public var type = DialogueMeetingType.unspecified
  public var meetingPlaceID = ""
  public var agreementID = ""
  public var councilID = ""
  public var convenedBy = Side.unspecified
  /// Required.
  public var agendaSetBy = Side.unspecified
  public var participationLevel = ParticipationLevel.unspecified
  public var participants: Participants?
  public var interpreterUsed = false
  public var topics: [Topic] = []
  /// Personal data.
  public var minutes = ""
  public var minutesApproval: MinutesApproval?
  public var actions: [AgreedAction] = []
  public var assessments: [PreconditionAssessment] = []
  /// Computed.
  public var gap: AssessmentGap?
  public var version: Int64 = 0
  public var createdAt = ""
  public var updatedAt = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "id", 2: "held_on", 3: "type", 4: "meeting_place_id", 5: "agreement_id",
      6: "council_id", 7: "convened_by", 8: "agenda_set_by", 9: "participation_level",
      10: "participants", 11: "interpreter_used", 12: "topics", 13: "minutes",
      14: "minutes_approval", 15: "actions", 16: "assessments", 17: "gap", 18: "version",
      19: "created_at", 20: "updated_at",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: heldOn = try reader.read(.string, tag)
      case 3: type = try reader.read(.enum(DialogueMeetingType.self), tag)
      case 4: meetingPlaceID = try reader.read(.string, tag)
      case 5: agreementID = try reader.read(.string, tag)
      case 6: councilID = try reader.read(.string, tag)
      case 7: convenedBy = try reader.read(.enum(Side.self), tag)
      case 8: agendaSetBy = try reader.read(.enum(Side.self), tag)
      case 9: participationLevel = try reader.read(.enum(ParticipationLevel.self), tag)
      case 10: try reader.mergeMessage(tag, into: &participants)
      case 11: interpreterUsed = try reader.read(.bool, tag)
      case 12: try reader.readRepeated(.message(Topic.self), tag, into: &topics)
      case 13: minutes = try reader.read(.string, tag)
      case 14: try reader.mergeMessage(tag, into: &minutesApproval)
      case 15: try reader.readRepeated(.message(AgreedAction.self), tag, into: &actions)
      case 16:
        try reader.readRepeated(.message(PreconditionAssessment.self), tag, into: &assessments)
      case 17: try reader.mergeMessage(tag, into: &gap)
      case 18: version = try reader.read(.int64, tag)
      case 19: createdAt = try reader.read(.string, tag)
      case 20: updatedAt = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.string, 2, heldOn)
    sink.write(.enum(DialogueMeetingType.self), 3, type)
    sink.write(.string, 4, meetingPlaceID)
    sink.write(.string, 5, agreementID)
    sink.write(.string, 6, councilID)
    sink.write(.enum(Side.self), 7, convenedBy)
    sink.write(.enum(Side.self), 8, agendaSetBy)
    sink.write(.enum(ParticipationLevel.self), 9, participationLevel)
    sink.writeMessage(10, participants)
    sink.write(.bool, 11, interpreterUsed)
    sink.writeRepeated(.message(Topic.self), 12, topics)
    sink.write(.string, 13, minutes)
    sink.writeMessage(14, minutesApproval)
    sink.writeRepeated(.message(AgreedAction.self), 15, actions)
    sink.writeRepeated(.message(PreconditionAssessment.self), 16, assessments)
    sink.writeMessage(17, gap)
    sink.write(.int64, 18, version)
    sink.write(.string, 19, createdAt)
    sink.write(.string, 20, updatedAt)
    sink.writeUnknownFields(unknownFields)
  }
}
