public import ProtoWire

/// `samarbeid.v1.CreateCouncilRequest`.
public struct CreateCouncilRequest: RecordRequest {
  public static let protoMessageName = "samarbeid.v1.CreateCouncilRequest"
  public static let recordFieldName = "council"
  public var council: ImmigrantCouncil?
  public var unknownFields = UnknownFields()
  public init() {}

  public init(council: ImmigrantCouncil) { self.council = council }

  public var record: ImmigrantCouncil? {
    get { council }
    _modify { yield &council }
  }
}

/// `samarbeid.v1.GetCouncilRequest`.
public struct GetCouncilRequest: IDRequest {
  public static let protoMessageName = "samarbeid.v1.GetCouncilRequest"
  public var id = ""
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.ListCouncilsRequest`.
public struct ListCouncilsRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ListCouncilsRequest"
  public var councilPeriodStart: Int32 = 0
  public var pageSize: Int32 = 0
  public var pageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "council_period_start", 2: "page_size", 3: "page_token"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: councilPeriodStart = try reader.read(.int32, tag)
      case 2: pageSize = try reader.read(.int32, tag)
      case 3: pageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, councilPeriodStart)
    sink.write(.int32, 2, pageSize)
    sink.write(.string, 3, pageToken)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListCouncilsResponse`.
public struct ListCouncilsResponse: ItemPage {
  public static let protoMessageName = "samarbeid.v1.ListCouncilsResponse"
  public static let itemsFieldName = "councils"
  public var councils: [ImmigrantCouncil] = []
  public var nextPageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public var items: [ImmigrantCouncil] {
    get { councils }
    _modify { yield &councils }
  }
}

/// `samarbeid.v1.UpdateCouncilRequest`.
public struct UpdateCouncilRequest: RecordRequest {
  public static let protoMessageName = "samarbeid.v1.UpdateCouncilRequest"
  public static let recordFieldName = "council"
  public static var hasExpectedVersion: Bool { true }
  public var council: ImmigrantCouncil?
  public var expectedVersion: Int64 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public var record: ImmigrantCouncil? {
    get { council }
    _modify { yield &council }
  }
}
