public import ProtoWire

/// `samarbeid.v1.ApplicationState`.
public enum ApplicationState: ProtoEnum {
  case unspecified
  case draft
  case submitted
  /// Sent back for completion.
  case returned
  case inAssessment
  case decided
  case appealed
  /// The appeal is decided.
  case final
  case unrecognized(Int32)

  public init(protoValue: Int32) {
    switch protoValue {
    case 0: self = .unspecified
    case 1: self = .draft
    case 2: self = .submitted
    case 3: self = .returned
    case 4: self = .inAssessment
    case 5: self = .decided
    case 6: self = .appealed
    case 7: self = .final
    default: self = .unrecognized(protoValue)
    }
  }

  public var protoValue: Int32 {
    switch self {
    case .unspecified: 0
    case .draft: 1
    case .submitted: 2
    case .returned: 3
    case .inAssessment: 4
    case .decided: 5
    case .appealed: 6
    case .final: 7
    case .unrecognized(let value): value
    }
  }
}

/// `samarbeid.v1.DecisionOutcome`.
public enum DecisionOutcome: ProtoEnum {
  case unspecified
  case granted
  case partlyGranted
  case refused
  /// Ineligible.
  case rejected
  case unrecognized(Int32)

  public init(protoValue: Int32) {
    switch protoValue {
    case 0: self = .unspecified
    case 1: self = .granted
    case 2: self = .partlyGranted
    case 3: self = .refused
    case 4: self = .rejected
    default: self = .unrecognized(protoValue)
    }
  }

  public var protoValue: Int32 {
    switch self {
    case .unspecified: 0
    case .granted: 1
    case .partlyGranted: 2
    case .refused: 3
    case .rejected: 4
    case .unrecognized(let value): value
    }
  }
}

/// `samarbeid.v1.AssessmentCriterion`: IMDi's recommended assessment criteria
public enum AssessmentCriterion: ProtoEnum {
  case unspecified
  case lastYearsReport
  case purposeFit
  case competence
  case localRoots
  case volunteerEffort
  case cooperation
  case management
  case realisticPlan
  case targetGroup
  case unrecognized(Int32)

  public init(protoValue: Int32) {
    switch protoValue {
    case 0: self = .unspecified
    case 1: self = .lastYearsReport
    case 2: self = .purposeFit
    case 3: self = .competence
    case 4: self = .localRoots
    case 5: self = .volunteerEffort
    case 6: self = .cooperation
    case 7: self = .management
    case 8: self = .realisticPlan
    case 9: self = .targetGroup
    default: self = .unrecognized(protoValue)
    }
  }

  public var protoValue: Int32 {
    switch self {
    case .unspecified: 0
    case .lastYearsReport: 1
    case .purposeFit: 2
    case .competence: 3
    case .localRoots: 4
    case .volunteerEffort: 5
    case .cooperation: 6
    case .management: 7
    case .realisticPlan: 8
    case .targetGroup: 9
    case .unrecognized(let value): value
    }
  }
}

/// `samarbeid.v1.ReportState`.
public enum ReportState: ProtoEnum {
  case unspecified
  case submitted
  case approved
  case returned
  case unrecognized(Int32)

  public init(protoValue: Int32) {
    switch protoValue {
    case 0: self = .unspecified
    case 1: self = .submitted
    case 2: self = .approved
    case 3: self = .returned
    default: self = .unrecognized(protoValue)
    }
  }

  public var protoValue: Int32 {
    switch self {
    case .unspecified: 0
    case .submitted: 1
    case .approved: 2
    case .returned: 3
    case .unrecognized(let value): value
    }
  }
}

/// `samarbeid.v1.CriterionScore`.
public struct CriterionScore: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.CriterionScore"
  public var criterion = AssessmentCriterion.unspecified
  /// 1 (weak) to 5 (strong).
  public var score: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "criterion", 2: "score"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: criterion = try reader.read(.enum(AssessmentCriterion.self), tag)
      case 2: score = try reader.read(.int32, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.enum(AssessmentCriterion.self), 1, criterion)
    sink.write(.int32, 2, score)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.Assessment`: one assessor's work on an application
public struct Assessment: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.Assessment"
  public var assessor = ""
  public var declaredImpartialAt = ""
  public var scores: [CriterionScore] = []
  public var comment = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "assessor", 2: "declared_impartial_at", 3: "scores", 4: "comment"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: assessor = try reader.read(.string, tag)
      case 2: declaredImpartialAt = try reader.read(.string, tag)
      case 3: try reader.readRepeated(.message(CriterionScore.self), tag, into: &scores)
      case 4: comment = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, assessor)
    sink.write(.string, 2, declaredImpartialAt)
    sink.writeRepeated(.message(CriterionScore.self), 3, scores)
    sink.write(.string, 4, comment)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.Decision`.
public struct Decision: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.Decision"
  public var outcome = DecisionOutcome.unspecified
  public var amountOre: Int64 = 0
  public var conditions = ""
  public var useBy = ""
  public var reportDue = ""
  public var auditedAccountsRequired = false
  public var decidedOn = ""
  public var reason = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "outcome", 2: "amount_ore", 3: "conditions", 4: "use_by", 5: "report_due",
      6: "audited_accounts_required", 7: "decided_on", 8: "reason",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: outcome = try reader.read(.enum(DecisionOutcome.self), tag)
      case 2: amountOre = try reader.read(.int64, tag)
      case 3: conditions = try reader.read(.string, tag)
      case 4: useBy = try reader.read(.string, tag)
      case 5: reportDue = try reader.read(.string, tag)
      case 6: auditedAccountsRequired = try reader.read(.bool, tag)
      case 7: decidedOn = try reader.read(.string, tag)
      case 8: reason = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.enum(DecisionOutcome.self), 1, outcome)
    sink.write(.int64, 2, amountOre)
    sink.write(.string, 3, conditions)
    sink.write(.string, 4, useBy)
    sink.write(.string, 5, reportDue)
    sink.write(.bool, 6, auditedAccountsRequired)
    sink.write(.string, 7, decidedOn)
    sink.write(.string, 8, reason)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.Appeal`.
public struct Appeal: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.Appeal"
  public var reason = ""
  public var lodgedOn = ""
  public var upheld = false
  public var decidedOn = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "reason", 2: "lodged_on", 3: "upheld", 4: "decided_on"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: reason = try reader.read(.string, tag)
      case 2: lodgedOn = try reader.read(.string, tag)
      case 3: upheld = try reader.read(.bool, tag)
      case 4: decidedOn = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, reason)
    sink.write(.string, 2, lodgedOn)
    sink.write(.bool, 3, upheld)
    sink.write(.string, 4, decidedOn)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.GrantReport`: the organisation's report on how a grant was used
public struct GrantReport: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.GrantReport"
  public var state = ReportState.unspecified
  public var useOfFunds = ""
  public var activitiesHeld: Int32 = 0
  /// A count, never names.
  public var participants: Int32 = 0
  public var goalAchievement = ""
  public var spentOre: Int64 = 0
  public var auditorStatementAttached = false
  public var submittedAt = ""
  public var reviewComment = ""
  public var reviewedAt = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "state", 2: "use_of_funds", 3: "activities_held", 4: "participants", 5: "goal_achievement",
      6: "spent_ore", 7: "auditor_statement_attached", 8: "submitted_at", 9: "review_comment",
      10: "reviewed_at",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: state = try reader.read(.enum(ReportState.self), tag)
      case 2: useOfFunds = try reader.read(.string, tag)
      case 3: activitiesHeld = try reader.read(.int32, tag)
      case 4: participants = try reader.read(.int32, tag)
      case 5: goalAchievement = try reader.read(.string, tag)
      case 6: spentOre = try reader.read(.int64, tag)
      case 7: auditorStatementAttached = try reader.read(.bool, tag)
      case 8: submittedAt = try reader.read(.string, tag)
      case 9: reviewComment = try reader.read(.string, tag)
      case 10: reviewedAt = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.enum(ReportState.self), 1, state)
    sink.write(.string, 2, useOfFunds)
    sink.write(.int32, 3, activitiesHeld)
    sink.write(.int32, 4, participants)
    sink.write(.string, 5, goalAchievement)
    sink.write(.int64, 6, spentOre)
    sink.write(.bool, 7, auditorStatementAttached)
    sink.write(.string, 8, submittedAt)
    sink.write(.string, 9, reviewComment)
    sink.write(.string, 10, reviewedAt)
    sink.writeUnknownFields(unknownFields)
  }
}
