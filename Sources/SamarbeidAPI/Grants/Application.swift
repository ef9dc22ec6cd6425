public import ProtoWire

/// `samarbeid.v1.Application`: an application for a grant
public struct Application: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.Application"
  public var id = ""
  public var callID = ""
  public var organisationID = ""
  public var year: Int32 = 0
  public var part = GrantPart.unspecified
  public var purpose = ActivityPurpose.unspecified
  public var title = ""
  public var description = ""
  public var amountAppliedOre: Int64 = 0
  public var activityFree = false
  public var noOtherStateFunding = false
  public var state = ApplicationState.unspecified
  public var returnedReason = ""
  public var assessments: [Assessment] = []
  public var decision: Decision?
  public var appeal: Appeal?
  public var report: GrantReport?
  public var paidOre: Int64 = 0
  public var version: Int64 = 0
  public var createdAt = ""
  public var submittedAt = ""
  public var updatedAt = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "id", 2: "call_id", 3: "organisation_id", 4: "year", 5: "part", 6: "purpose", 7: "title",
      8: "description", 9: "amount_applied_ore", 10: "activity_free", 11: "no_other_state_funding",
      12: "state", 13: "returned_reason", 14: "assessments", 15: "decision", 16: "appeal",
      17: "report", 18: "paid_ore", 19: "version", 20: "created_at", 21: "submitted_at",
      22: "updated_at",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: callID = try reader.read(.string, tag)
      case 3: organisationID = try reader.read(.string, tag)
      case 4: year = try reader.read(.int32, tag)
      case 5: part = try reader.read(.enum(GrantPart.self), tag)
      case 6: purpose = try reader.read(.enum(ActivityPurpose.self), tag)
      case 7: title = try reader.read(.string, tag)
      case 8: description = try reader.read(.string, tag)
      case 9: amountAppliedOre = try reader.read(.int64, tag)
      case 10: activityFree = try reader.read(.bool, tag)
      case 11: noOtherStateFunding = try reader.read(.bool, tag)
      case 12: state = try reader.read(.enum(ApplicationState.self), tag)
      case 13: returnedReason = try reader.read(.string, tag)
      case 14: try reader.readRepeated(.message(Assessment.self), tag, into: &assessments)
      case 15: try reader.mergeMessage(tag, into: &decision)
      case 16: try reader.mergeMessage(tag, into: &appeal)
      case 17: try reader.mergeMessage(tag, into: &report)
      case 18: paidOre = try reader.read(.int64, tag)
      case 19: version = try reader.read(.int64, tag)
      case 20: createdAt = try reader.read(.string, tag)
      case 21: submittedAt = try reader.read(.string, tag)
      case 22: updatedAt = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.string, 2, callID)
    sink.write(.string, 3, organisationID)
    sink.write(.int32, 4, year)
    sink.write(.enum(GrantPart.self), 5, part)
    sink.write(.enum(ActivityPurpose.self), 6, purpose)
    sink.write(.string, 7, title)
    sink.write(.string, 8, description)
    sink.write(.int64, 9, amountAppliedOre)
    sink.write(.bool, 10, activityFree)
    sink.write(.bool, 11, noOtherStateFunding)
    sink.write(.enum(ApplicationState.self), 12, state)
    sink.write(.string, 13, returnedReason)
    sink.writeRepeated(.message(Assessment.self), 14, assessments)
    sink.writeMessage(15, decision)
    sink.writeMessage(16, appeal)
    sink.writeMessage(17, report)
    sink.write(.int64, 18, paidOre)
    sink.write(.int64, 19, version)
    sink.write(.string, 20, createdAt)
    sink.write(.string, 21, submittedAt)
    sink.write(.string, 22, updatedAt)
    sink.writeUnknownFields(unknownFields)
  }
}
