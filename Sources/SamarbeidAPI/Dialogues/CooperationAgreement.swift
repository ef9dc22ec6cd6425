public import ProtoWire

/// `samarbeid.v1.CooperationAgreement`: a samarbeidsavtale between the municipality and
/// organisations, tied to a municipal council period.
public struct CooperationAgreement: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.CooperationAgreement"
  public var id = ""
  public var title = ""
  public var organisationIDs: [String] = []
  public var municipalUnits: [String] = []
  /// Personal data.
  public var contact: ContactPerson?
  public var cadence = MeetingCadence.unspecified
  public var aims = ""
  /// 2023 for 2023-2027.
  public var councilPeriodStart: Int32 = 0
  public var startsOn = ""
  public var endsOn = ""
  public var nextEvaluationOn = ""
  public var status = AgreementStatus.unspecified
  public var endedReason = ""
  public var evaluations: [AgreementEvaluation] = []
  public var version: Int64 = 0
  public var createdAt = ""
  public var updatedAt = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "id", 2: "title", 3: "organisation_ids", 4: "municipal_units", 5: "contact",
      6: "cadence", 7: "aims", 8: "council_period_start", 9: "starts_on", 10: "ends_on",
      11: "next_evaluation_on", 12: "status", 13: "ended_reason", 14: "evaluations",
      15: "version", 16: "created_at", 17: "updated_at",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: title = try reader.read(.string, tag)
      case 3: try reader.readRepeated(.string, tag, into: &organisationIDs)
      case 4: try reader.readRepeated(.string, tag, into: &municipalUnits)
      case 5: try reader.mergeMessage(tag, into: &contact)
      case 6: cadence = try reader.read(.enum(MeetingCadence.self), tag)
      case 7: aims = try reader.read(.string, tag)
      case 8: councilPeriodStart = try reader.read(.int32, tag)
      case 9: startsOn = try reader.read(.string, tag)
      case 10: endsOn = try reader.read(.string, tag)
      case 11: nextEvaluationOn = try reader.read(.string, tag)
      case 12: status = try reader.read(.enum(AgreementStatus.self), tag)
      case 13: endedReason = try reader.read(.string, tag)
      case 14:
        try reader.readRepeated(.message(AgreementEvaluation.self), tag, into: &evaluations)
      case 15: version = try reader.read(.int64, tag)
      case 16: createdAt = try reader.read(.string, tag)
      case 17: updatedAt = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.string, 2, title)
    sink.writeRepeated(.string, 3, organisationIDs)
    sink.writeRepeated(.string, 4, municipalUnits)
    sink.writeMessage(5, contact)
    sink.write(.enum(MeetingCadence.self), 6, cadence)
    sink.write(.string, 7, aims)
    sink.write(.int32, 8, councilPeriodStart)
    sink.write(.string, 9, startsOn)
    sink.write(.string, 10, endsOn)
    sink.write(.string, 11, nextEvaluationOn)
    sink.write(.enum(AgreementStatus.self), 12, status)
    sink.write(.string, 13, endedReason)
    sink.writeRepeated(.message(AgreementEvaluation.self), 14, evaluations)
    sink.write(.int64, 15, version)
    sink.write(.string, 16, createdAt)
    sink.write(.string, 17, updatedAt)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.AgreementEvaluation`: one evaluation of an agreement.
public struct AgreementEvaluation: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.AgreementEvaluation"
  public var dueOn = ""
  public var evaluatedOn = ""
  /// Computed.
  public var onTime = false
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "due_on", 2: "evaluated_on", 3: "on_time"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: dueOn = try reader.read(.string, tag)
      case 2: evaluatedOn = try reader.read(.string, tag)
      case 3: onTime = try reader.read(.bool, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, dueOn)
    sink.write(.string, 2, evaluatedOn)
    sink.write(.bool, 3, onTime)
    sink.writeUnknownFields(unknownFields)
  }
}
