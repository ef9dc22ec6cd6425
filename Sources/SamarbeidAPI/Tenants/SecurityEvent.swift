public import ProtoWire

/// `samarbeid.v1.SecurityEvent`: an identity tried to reach another tenant's record.
public struct SecurityEvent: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.SecurityEvent"
  public var sequence: Int64 = 0
  public var at = ""
  public var identity = ""
  public var callerTenantID = ""
  public var targetTenantID = ""
  public var rpc = ""
  public var recordID = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "sequence", 2: "at", 3: "identity", 4: "caller_tenant_id", 5: "target_tenant_id", 6: "rpc",
      7: "record_id",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: sequence = try reader.read(.int64, tag)
      case 2: at = try reader.read(.string, tag)
      case 3: identity = try reader.read(.string, tag)
      case 4: callerTenantID = try reader.read(.string, tag)
      case 5: targetTenantID = try reader.read(.string, tag)
      case 6: rpc = try reader.read(.string, tag)
      case 7: recordID = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int64, 1, sequence)
    sink.write(.string, 2, at)
    sink.write(.string, 3, identity)
    sink.write(.string, 4, callerTenantID)
    sink.write(.string, 5, targetTenantID)
    sink.write(.string, 6, rpc)
    sink.write(.string, 7, recordID)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListSecurityEventsRequest`.
public struct ListSecurityEventsRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ListSecurityEventsRequest"
  /// Deprecated: ``pageToken``.
  public var afterSequence: Int64 = 0
  /// Deprecated: ``pageSize``.
  public var limit: Int32 = 0
  public var pageSize: Int32 = 0
  public var pageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "after_sequence", 2: "limit", 3: "page_size", 4: "page_token"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: afterSequence = try reader.read(.int64, tag)
      case 2: limit = try reader.read(.int32, tag)
      case 3: pageSize = try reader.read(.int32, tag)
      case 4: pageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int64, 1, afterSequence)
    sink.write(.int32, 2, limit)
    sink.write(.int32, 3, pageSize)
    sink.write(.string, 4, pageToken)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListSecurityEventsResponse`.
public struct ListSecurityEventsResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ListSecurityEventsResponse"
  public var events: [SecurityEvent] = []
  /// The next page's token; empty after the last.
  public var nextPageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "events", 2: "next_page_token"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.readRepeated(.message(SecurityEvent.self), tag, into: &events)
      case 2: nextPageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeRepeated(.message(SecurityEvent.self), 1, events)
    sink.write(.string, 2, nextPageToken)
    sink.writeUnknownFields(unknownFields)
  }
}
