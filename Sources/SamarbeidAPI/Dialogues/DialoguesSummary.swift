public import ProtoWire

/// `samarbeid.v1.SummariseDialoguesRequest`.
public struct SummariseDialoguesRequest: YearRequest {
  public static let protoMessageName = "samarbeid.v1.SummariseDialoguesRequest"
  public var year: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.DialoguesSummary`: a year of dialogue, counts and means only.
public struct DialoguesSummary: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.DialoguesSummary"
  public var year: Int32 = 0
  public var meetings: Int32 = 0
  public var meetingsByType: [MeetingTypeCount] = []
  public var agendaByOrganisationOrJointly: Int32 = 0
  public var agendaByOrganisationOrJointlyPermille: Int32 = 0
  public var topics: Int32 = 0
  public var goalTopics: Int32 = 0
  public var goalTopicsPermille: Int32 = 0
  public var actionsAgreed: Int32 = 0
  public var actionsDone: Int32 = 0
  public var actionsDoneOnTime: Int32 = 0
  public var actionsDoneOnTimePermille: Int32 = 0
  public var meetingsWithMinutes: Int32 = 0
  public var minutesApprovedByBoth: Int32 = 0
  public var minutesApprovedByBothPermille: Int32 = 0
  public var scores: [PartyScores] = []
  public var meanGap: AssessmentGap?
  public var meetingsAssessedByBoth: Int32 = 0
  public var agreementsActive: Int32 = 0
  public var evaluations: Int32 = 0
  public var evaluationsOnTime: Int32 = 0
  public var evaluationsOnTimePermille: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "year", 2: "meetings", 3: "meetings_by_type", 4: "agenda_by_organisation_or_jointly",
      5: "agenda_by_organisation_or_jointly_permille", 6: "topics", 7: "goal_topics",
      8: "goal_topics_permille", 9: "actions_agreed", 10: "actions_done",
      11: "actions_done_on_time", 12: "actions_done_on_time_permille",
      13: "meetings_with_minutes", 14: "minutes_approved_by_both",
      15: "minutes_approved_by_both_permille", 16: "scores", 17: "mean_gap",
      18: "meetings_assessed_by_both", 19: "agreements_active", 20: "evaluations",
      21: "evaluations_on_time", 22: "evaluations_on_time_permille",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: year = try reader.read(.int32, tag)
      case 2: meetings = try reader.read(.int32, tag)
      case 3:
        try reader.readRepeated(.message(MeetingTypeCount.self), tag, into: &meetingsByType)
      case 4: agendaByOrganisationOrJointly = try reader.read(.int32, tag)
      case 5: agendaByOrganisationOrJointlyPermille = try reader.read(.int32, tag)
      case 6: topics = try reader.read(.int32, tag)
      case 7: goalTopics = try reader.read(.int32, tag)
      case 8: goalTopicsPermille = try reader.read(.int32, tag)
      case 9: actionsAgreed = try reader.read(.int32, tag)
      case 10: actionsDone = try reader.read(.int32, tag)
      case 11: actionsDoneOnTime = try reader.read(.int32, tag)
      case 12: actionsDoneOnTimePermille = try reader.read(.int32, tag)
      case 13: meetingsWithMinutes = try reader.read(.int32, tag)
      case 14: minutesApprovedByBoth = try reader.read(.int32, tag)
      case 15: minutesApprovedByBothPermille = try reader.read(.int32, tag)
      case 16: try reader.readRepeated(.message(PartyScores.self), tag, into: &scores)
      case 17: try reader.mergeMessage(tag, into: &meanGap)
      case 18: meetingsAssessedByBoth = try reader.read(.int32, tag)
      case 19: agreementsActive = try reader.read(.int32, tag)
      case 20: evaluations = try reader.read(.int32, tag)
      case 21: evaluationsOnTime = try reader.read(.int32, tag)
      case 22: evaluationsOnTimePermille = try reader.read(.int32, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, year)
    sink.write(.int32, 2, meetings)
    sink.writeRepeated(.message(MeetingTypeCount.self), 3, meetingsByType)
    sink.write(.int32, 4, agendaByOrganisationOrJointly)
    sink.write(.int32, 5, agendaByOrganisationOrJointlyPermille)
    sink.write(.int32, 6, topics)
    sink.write(.int32, 7, goalTopics)
    sink.write(.int32, 8, goalTopicsPermille)
    sink.write(.int32, 9, actionsAgreed)
    sink.write(.int32, 10, actionsDone)
    sink.write(.int32, 11, actionsDoneOnTime)
    sink.write(.int32, 12, actionsDoneOnTimePermille)
    sink.write(.int32, 13, meetingsWithMinutes)
    sink.write(.int32, 14, minutesApprovedByBoth)
    sink.write(.int32, 15, minutesApprovedByBothPermille)
    sink.writeRepeated(.message(PartyScores.self), 16, scores)
    sink.writeMessage(17, meanGap)
    sink.write(.int32, 18, meetingsAssessedByBoth)
    sink.write(.int32, 19, agreementsActive)
    sink.write(.int32, 20, evaluations)
    sink.write(.int32, 21, evaluationsOnTime)
    sink.write(.int32, 22, evaluationsOnTimePermille)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.PartyScores`: one side's mean scores over the year's assessments.
public struct PartyScores: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.PartyScores"
  public var party = OwnerParty.unspecified
  public var assessments: Int32 = 0
  public var onTheirTerms: Double = 0
  public var meetingPlaceExists: Double = 0
  public var equalPartners: Double = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "party", 2: "assessments", 3: "on_their_terms", 4: "meeting_place_exists",
      5: "equal_partners",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: party = try reader.read(.enum(OwnerParty.self), tag)
      case 2: assessments = try reader.read(.int32, tag)
      case 3: onTheirTerms = try reader.read(.double, tag)
      case 4: meetingPlaceExists = try reader.read(.double, tag)
      case 5: equalPartners = try reader.read(.double, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.enum(OwnerParty.self), 1, party)
    sink.write(.int32, 2, assessments)
    sink.write(.double, 3, onTheirTerms)
    sink.write(.double, 4, meetingPlaceExists)
    sink.write(.double, 5, equalPartners)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.MeetingTypeCount`.
public struct MeetingTypeCount: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.MeetingTypeCount"
  public var type = DialogueMeetingType.unspecified
  public var meetings: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "type", 2: "meetings"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: type = try reader.read(.enum(DialogueMeetingType.self), tag)
      case 2: meetings = try reader.read(.int32, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.enum(DialogueMeetingType.self), 1, type)
    sink.write(.int32, 2, meetings)
    sink.writeUnknownFields(unknownFields)
  }
}
