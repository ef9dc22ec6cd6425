public import ProtoWire

/// `samarbeid.v1.ExportOpenDataRequest`.
public struct ExportOpenDataRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ExportOpenDataRequest"
  public var year: Int32 = 0
  /// Grants per page: 1 to 1000; 0 means 500.
  public var pageSize: Int32 = 0
  /// From the previous response; empty for the first page.
  public var pageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "year", 2: "page_size", 3: "page_token"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: year = try reader.read(.int32, tag)
      case 2: pageSize = try reader.read(.int32, tag)
      case 3: pageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, year)
    sink.write(.int32, 2, pageSize)
    sink.write(.string, 3, pageToken)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ExportOpenDataResponse`.
public struct ExportOpenDataResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ExportOpenDataResponse"
  /// The 360Giving JSON, UTF-8.
  public var json = ""
  public var grantCount: Int32 = 0
  /// Empty on the last page.
  public var nextPageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "json", 2: "grant_count", 3: "next_page_token"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: json = try reader.read(.string, tag)
      case 2: grantCount = try reader.read(.int32, tag)
      case 3: nextPageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, json)
    sink.write(.int32, 2, grantCount)
    sink.write(.string, 3, nextPageToken)
    sink.writeUnknownFields(unknownFields)
  }
}
