public import ProtoWire

/// `samarbeid.v1.ExportOpenDataRequest`.
public struct ExportOpenDataRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ExportOpenDataRequest"
  public var year: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "year"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: year = try reader.read(.int32, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, year)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ExportOpenDataResponse`.
public struct ExportOpenDataResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ExportOpenDataResponse"
  /// The 360Giving JSON, UTF-8.
  public var json = ""
  public var grantCount: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "json", 2: "grant_count"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: json = try reader.read(.string, tag)
      case 2: grantCount = try reader.read(.int32, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, json)
    sink.write(.int32, 2, grantCount)
    sink.writeUnknownFields(unknownFields)
  }
}
