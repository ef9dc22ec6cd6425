public import ProtoWire

/// `samarbeid.v1.CreateOrganisationRequest`.
public struct CreateOrganisationRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.CreateOrganisationRequest"
  public var organisation: Organisation?
  public var unknownFields = UnknownFields()
  public init() {}

  /// A request to create `organisation`.
  public init(organisation: Organisation) { self.organisation = organisation }

  public static func protoFieldName(forNumber number: Int) -> String? {
    number == 1 ? "organisation" : nil
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.mergeMessage(tag, into: &organisation)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeMessage(1, organisation)
    sink.writeUnknownFields(unknownFields)
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
public struct UpdateOrganisationRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.UpdateOrganisationRequest"
  public var organisation: Organisation?
  public var expectedVersion: Int64 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  /// A request to replace `organisation`'s fields, if it is still at `expectedVersion`.
  public init(organisation: Organisation, expectedVersion: Int64) {
    self.organisation = organisation
    self.expectedVersion = expectedVersion
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "organisation", 2: "expected_version"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.mergeMessage(tag, into: &organisation)
      case 2: expectedVersion = try reader.read(.int64, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeMessage(1, organisation)
    sink.write(.int64, 2, expectedVersion)
    sink.writeUnknownFields(unknownFields)
  }
}
