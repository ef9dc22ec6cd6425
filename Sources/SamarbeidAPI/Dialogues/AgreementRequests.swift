public import ProtoWire

/// `samarbeid.v1.CreateAgreementRequest`.
public struct CreateAgreementRequest: RecordRequest {
  public static let protoMessageName = "samarbeid.v1.CreateAgreementRequest"
  public static let recordFieldName = "agreement"
  public var agreement: CooperationAgreement?
  public var unknownFields = UnknownFields()
  public init() {}

  public init(agreement: CooperationAgreement) { self.agreement = agreement }

  public var record: CooperationAgreement? {
    get { agreement }
    _modify { yield &agreement }
  }
}

/// `samarbeid.v1.GetAgreementRequest`.
public struct GetAgreementRequest: IDRequest {
  public static let protoMessageName = "samarbeid.v1.GetAgreementRequest"
  public var id = ""
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.ListAgreementsRequest`.
public struct ListAgreementsRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ListAgreementsRequest"
  public var status = AgreementStatus.unspecified
  public var organisationID = ""
  public var councilPeriodStart: Int32 = 0
  public var pageSize: Int32 = 0
  public var pageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "status", 2: "organisation_id", 3: "council_period_start", 4: "page_size",
      5: "page_token",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: status = try reader.read(.enum(AgreementStatus.self), tag)
      case 2: organisationID = try reader.read(.string, tag)
      case 3: councilPeriodStart = try reader.read(.int32, tag)
      case 4: pageSize = try reader.read(.int32, tag)
      case 5: pageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.enum(AgreementStatus.self), 1, status)
    sink.write(.string, 2, organisationID)
    sink.write(.int32, 3, councilPeriodStart)
    sink.write(.int32, 4, pageSize)
    sink.write(.string, 5, pageToken)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListAgreementsResponse`.
public struct ListAgreementsResponse: ItemPage {
  public static let protoMessageName = "samarbeid.v1.ListAgreementsResponse"
  public static let itemsFieldName = "agreements"
  public var agreements: [CooperationAgreement] = []
  public var nextPageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public var items: [CooperationAgreement] {
    get { agreements }
    _modify { yield &agreements }
  }
}

/// `samarbeid.v1.UpdateAgreementRequest`.
public struct UpdateAgreementRequest: RecordRequest {
  public static let protoMessageName = "samarbeid.v1.UpdateAgreementRequest"
  public static let recordFieldName = "agreement"
  public static var hasExpectedVersion: Bool { true }
  public var agreement: CooperationAgreement?
  public var expectedVersion: Int64 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public var record: CooperationAgreement? {
    get { agreement }
    _modify { yield &agreement }
  }
}

/// `samarbeid.v1.EvaluateAgreementRequest`.
public struct EvaluateAgreementRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.EvaluateAgreementRequest"
  public var id = ""
  public var expectedVersion: Int64 = 0
  /// Empty: today.
  public var evaluatedOn = ""
  public var nextEvaluationOn = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "id", 2: "expected_version", 3: "evaluated_on", 4: "next_evaluation_on"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: expectedVersion = try reader.read(.int64, tag)
      case 3: evaluatedOn = try reader.read(.string, tag)
      case 4: nextEvaluationOn = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.int64, 2, expectedVersion)
    sink.write(.string, 3, evaluatedOn)
    sink.write(.string, 4, nextEvaluationOn)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.EndAgreementRequest`.
public struct EndAgreementRequest: TransitionRequest {
  public static let protoMessageName = "samarbeid.v1.EndAgreementRequest"
  public static var hasReason: Bool { true }
  public var id = ""
  public var expectedVersion: Int64 = 0
  public var reason = ""
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.ListOverdueEvaluationsRequest`.
public struct ListOverdueEvaluationsRequest: OverdueRequest {
  public static let protoMessageName = "samarbeid.v1.ListOverdueEvaluationsRequest"
  public var asOf = ""
  public var pageSize: Int32 = 0
  public var pageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}
}
