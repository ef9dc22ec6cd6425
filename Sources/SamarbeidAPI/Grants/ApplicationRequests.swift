public import ProtoWire

/// `samarbeid.v1.CreateApplicationRequest`.
public struct CreateApplicationRequest: RecordRequest {
  public static let protoMessageName = "samarbeid.v1.CreateApplicationRequest"
  public static let recordFieldName = "application"
  public var application: Application?
  public var unknownFields = UnknownFields()
  public init() {}

  public var record: Application? {
    get { application }
    _modify { yield &application }
  }
}

/// `samarbeid.v1.UpdateApplicationRequest`.
public struct UpdateApplicationRequest: RecordRequest {
  public static let protoMessageName = "samarbeid.v1.UpdateApplicationRequest"
  public static let recordFieldName = "application"
  public static var hasExpectedVersion: Bool { true }
  public var application: Application?
  public var expectedVersion: Int64 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public var record: Application? {
    get { application }
    _modify { yield &application }
  }
}

/// `samarbeid.v1.ApplicationTransitionRequest`.
public struct ApplicationTransitionRequest: TransitionRequest {
  public static let protoMessageName = "samarbeid.v1.ApplicationTransitionRequest"
  public var id = ""
  public var expectedVersion: Int64 = 0
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.ReturnApplicationRequest`.
public struct ReturnApplicationRequest: TransitionRequest {
  public static let protoMessageName = "samarbeid.v1.ReturnApplicationRequest"
  public static var hasReason: Bool { true }
  public var id = ""
  public var expectedVersion: Int64 = 0
  public var reason = ""
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.DeclareImpartialityRequest`.
public struct DeclareImpartialityRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.DeclareImpartialityRequest"
  public var id = ""
  public var expectedVersion: Int64 = 0
  public var assessor = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "id", 2: "expected_version", 3: "assessor"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: expectedVersion = try reader.read(.int64, tag)
      case 3: assessor = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.int64, 2, expectedVersion)
    sink.write(.string, 3, assessor)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ScoreApplicationRequest`.
public struct ScoreApplicationRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ScoreApplicationRequest"
  public var id = ""
  public var expectedVersion: Int64 = 0
  public var assessor = ""
  public var scores: [CriterionScore] = []
  public var comment = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "id", 2: "expected_version", 3: "assessor", 4: "scores", 5: "comment"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: expectedVersion = try reader.read(.int64, tag)
      case 3: assessor = try reader.read(.string, tag)
      case 4: try reader.readRepeated(.message(CriterionScore.self), tag, into: &scores)
      case 5: comment = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.int64, 2, expectedVersion)
    sink.write(.string, 3, assessor)
    sink.writeRepeated(.message(CriterionScore.self), 4, scores)
    sink.write(.string, 5, comment)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.DecideApplicationRequest`.
public struct DecideApplicationRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.DecideApplicationRequest"
  public var id = ""
  public var expectedVersion: Int64 = 0
  public var outcome = DecisionOutcome.unspecified
  public var amountOre: Int64 = 0
  public var conditions = ""
  public var useBy = ""
  public var reportDue = ""
  public var reason = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "id", 2: "expected_version", 3: "outcome", 4: "amount_ore", 5: "conditions", 6: "use_by",
      7: "report_due", 8: "reason",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: expectedVersion = try reader.read(.int64, tag)
      case 3: outcome = try reader.read(.enum(DecisionOutcome.self), tag)
      case 4: amountOre = try reader.read(.int64, tag)
      case 5: conditions = try reader.read(.string, tag)
      case 6: useBy = try reader.read(.string, tag)
      case 7: reportDue = try reader.read(.string, tag)
      case 8: reason = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.int64, 2, expectedVersion)
    sink.write(.enum(DecisionOutcome.self), 3, outcome)
    sink.write(.int64, 4, amountOre)
    sink.write(.string, 5, conditions)
    sink.write(.string, 6, useBy)
    sink.write(.string, 7, reportDue)
    sink.write(.string, 8, reason)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.AppealDecisionRequest`.
public struct AppealDecisionRequest: TransitionRequest {
  public static let protoMessageName = "samarbeid.v1.AppealDecisionRequest"
  public static var hasReason: Bool { true }
  public var id = ""
  public var expectedVersion: Int64 = 0
  public var reason = ""
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.DecideAppealRequest`.
public struct DecideAppealRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.DecideAppealRequest"
  public var id = ""
  public var expectedVersion: Int64 = 0
  public var upheld = false
  public var outcome = DecisionOutcome.unspecified
  public var amountOre: Int64 = 0
  public var reason = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "id", 2: "expected_version", 3: "upheld", 4: "outcome", 5: "amount_ore", 6: "reason"][
      number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: expectedVersion = try reader.read(.int64, tag)
      case 3: upheld = try reader.read(.bool, tag)
      case 4: outcome = try reader.read(.enum(DecisionOutcome.self), tag)
      case 5: amountOre = try reader.read(.int64, tag)
      case 6: reason = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.int64, 2, expectedVersion)
    sink.write(.bool, 3, upheld)
    sink.write(.enum(DecisionOutcome.self), 4, outcome)
    sink.write(.int64, 5, amountOre)
    sink.write(.string, 6, reason)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.GetApplicationRequest`.
public struct GetApplicationRequest: IDRequest {
  public static let protoMessageName = "samarbeid.v1.GetApplicationRequest"
  public var id = ""
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.ListApplicationsRequest`.
public struct ListApplicationsRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ListApplicationsRequest"
  public var year: Int32 = 0
  public var callID = ""
  public var organisationID = ""
  public var state = ApplicationState.unspecified
  public var pageSize: Int32 = 0
  public var pageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "year", 2: "call_id", 3: "organisation_id", 4: "state", 5: "page_size", 6: "page_token"][
      number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: year = try reader.read(.int32, tag)
      case 2: callID = try reader.read(.string, tag)
      case 3: organisationID = try reader.read(.string, tag)
      case 4: state = try reader.read(.enum(ApplicationState.self), tag)
      case 5: pageSize = try reader.read(.int32, tag)
      case 6: pageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, year)
    sink.write(.string, 2, callID)
    sink.write(.string, 3, organisationID)
    sink.write(.enum(ApplicationState.self), 4, state)
    sink.write(.int32, 5, pageSize)
    sink.write(.string, 6, pageToken)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListApplicationsResponse`.
public struct ListApplicationsResponse: ItemPage {
  public static let protoMessageName = "samarbeid.v1.ListApplicationsResponse"
  public static let itemsFieldName = "applications"
  public var applications: [Application] = []
  public var nextPageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public var items: [Application] {
    get { applications }
    _modify { yield &applications }
  }
}

/// `samarbeid.v1.SubmitReportRequest`.
public struct SubmitReportRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.SubmitReportRequest"
  public var applicationID = ""
  public var expectedVersion: Int64 = 0
  public var report: GrantReport?
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "application_id", 2: "expected_version", 3: "report"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: applicationID = try reader.read(.string, tag)
      case 2: expectedVersion = try reader.read(.int64, tag)
      case 3: try reader.mergeMessage(tag, into: &report)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, applicationID)
    sink.write(.int64, 2, expectedVersion)
    sink.writeMessage(3, report)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ReviewReportRequest`.
public struct ReviewReportRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ReviewReportRequest"
  public var applicationID = ""
  public var expectedVersion: Int64 = 0
  public var approved = false
  public var comment = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "application_id", 2: "expected_version", 3: "approved", 4: "comment"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: applicationID = try reader.read(.string, tag)
      case 2: expectedVersion = try reader.read(.int64, tag)
      case 3: approved = try reader.read(.bool, tag)
      case 4: comment = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, applicationID)
    sink.write(.int64, 2, expectedVersion)
    sink.write(.bool, 3, approved)
    sink.write(.string, 4, comment)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListOverdueReportsRequest`.
public struct ListOverdueReportsRequest: OverdueRequest {
  public static let protoMessageName = "samarbeid.v1.ListOverdueReportsRequest"
  /// Due before this date (empty: today).
  public var asOf = ""
  /// See common.proto on paging.
  public var pageSize: Int32 = 0
  /// From the previous response; empty for the first page.
  public var pageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}
}
