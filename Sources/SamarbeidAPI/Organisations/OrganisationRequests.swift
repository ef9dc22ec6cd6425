public import ProtoWire

/// `samarbeid.v1.CreateOrganisationRequest`.
public struct CreateOrganisationRequest: RecordRequest {
  public static let protoMessageName = "samarbeid.v1.CreateOrganisationRequest"
  public static let recordFieldName = "organisation"
  public var organisation: Organisation?
  public var unknownFields = UnknownFields()
  public init() {}

  public init(organisation: Organisation) { self.organisation = organisation }

  public var record: Organisation? {
    get { organisation }
    _modify { yield &organisation }
  }
}

/// `samarbeid.v1.GetOrganisationRequest`.
public struct GetOrganisationRequest: IDRequest {
  public static let protoMessageName = "samarbeid.v1.GetOrganisationRequest"
  public var id = ""
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.ListOrganisationsRequest`.
public struct ListOrganisationsRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ListOrganisationsRequest"
  /// 1 to 500; 0 means 100.
  public var pageSize: Int32 = 0
  public var pageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "page_size", 2: "page_token"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: pageSize = try reader.read(.int32, tag)
      case 2: pageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, pageSize)
    sink.write(.string, 2, pageToken)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListOrganisationsResponse`.
public struct ListOrganisationsResponse: ItemPage {
  public static let protoMessageName = "samarbeid.v1.ListOrganisationsResponse"
  public static let itemsFieldName = "organisations"
  public var organisations: [Organisation] = []
  public var nextPageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public var items: [Organisation] {
    get { organisations }
    _modify { yield &organisations }
  }
}

/// `samarbeid.v1.UpdateOrganisationRequest`.
public struct UpdateOrganisationRequest: RecordRequest {
  public static let protoMessageName = "samarbeid.v1.UpdateOrganisationRequest"
  public static let recordFieldName = "organisation"
  public static var hasExpectedVersion: Bool { true }
  public var organisation: Organisation?
  public var expectedVersion: Int64 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public init(organisation: Organisation, expectedVersion: Int64) {
    self.organisation = organisation
    self.expectedVersion = expectedVersion
  }

  public var record: Organisation? {
    get { organisation }
    _modify { yield &organisation }
  }
}
