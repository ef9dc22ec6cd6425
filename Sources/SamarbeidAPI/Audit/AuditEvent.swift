public import ProtoWire

/// `samarbeid.v1.AuditEvent`: one change to a tenant's records.
public struct AuditEvent: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.AuditEvent"
  public var sequence: Int64 = 0
  public var at = ""
  public var identity = ""
  public var rpc = ""
  public var entityType = ""
  public var entityID = ""
  /// The entity before and after, serialized as `entityType`; empty when absent.
  public var before: [UInt8] = []
  public var after: [UInt8] = []
  public var idempotencyKey = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "sequence", 2: "at", 3: "identity", 4: "rpc", 5: "entity_type", 6: "entity_id",
      7: "before",
      8: "after", 9: "idempotency_key",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: sequence = try reader.read(.int64, tag)
      case 2: at = try reader.read(.string, tag)
      case 3: identity = try reader.read(.string, tag)
      case 4: rpc = try reader.read(.string, tag)
      case 5: entityType = try reader.read(.string, tag)
      case 6: entityID = try reader.read(.string, tag)
      case 7: before = try reader.read(.bytes, tag)
      case 8: after = try reader.read(.bytes, tag)
      case 9: idempotencyKey = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int64, 1, sequence)
    sink.write(.string, 2, at)
    sink.write(.string, 3, identity)
    sink.write(.string, 4, rpc)
    sink.write(.string, 5, entityType)
    sink.write(.string, 6, entityID)
    sink.write(.bytes, 7, before)
    sink.write(.bytes, 8, after)
    sink.write(.string, 9, idempotencyKey)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListAuditEventsRequest`.
public struct ListAuditEventsRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ListAuditEventsRequest"
  /// Deprecated: ``pageToken``.
  public var afterSequence: Int64 = 0
  /// Deprecated: ``pageSize``.
  public var limit: Int32 = 0
  public var entityID = ""
  public var pageSize: Int32 = 0
  public var pageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "after_sequence", 2: "limit", 3: "entity_id", 4: "page_size", 5: "page_token"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: afterSequence = try reader.read(.int64, tag)
      case 2: limit = try reader.read(.int32, tag)
      case 3: entityID = try reader.read(.string, tag)
      case 4: pageSize = try reader.read(.int32, tag)
      case 5: pageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int64, 1, afterSequence)
    sink.write(.int32, 2, limit)
    sink.write(.string, 3, entityID)
    sink.write(.int32, 4, pageSize)
    sink.write(.string, 5, pageToken)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListAuditEventsResponse`.
public struct ListAuditEventsResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ListAuditEventsResponse"
  public var events: [AuditEvent] = []
  /// Deprecated: ``nextPageToken``.
  public var nextAfterSequence: Int64 = 0
  /// The next page's token; empty at the end of the log.
  public var nextPageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "events", 2: "next_after_sequence", 3: "next_page_token"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.readRepeated(.message(AuditEvent.self), tag, into: &events)
      case 2: nextAfterSequence = try reader.read(.int64, tag)
      case 3: nextPageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeRepeated(.message(AuditEvent.self), 1, events)
    sink.write(.int64, 2, nextAfterSequence)
    sink.write(.string, 3, nextPageToken)
    sink.writeUnknownFields(unknownFields)
  }
}
