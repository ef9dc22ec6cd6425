public import ProtoWire

/// `samarbeid.v1.Change`: one change to a tenant's records, in commit order
public struct Change: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.Change"
  /// The cursor: resume after it.
  public var sequence: Int64 = 0
  /// RFC 3339 UTC.
  public var at = ""
  public var entityType = ""
  public var entityID = ""
  public var rpc = ""
  /// The entity after the change, serialized as `entityType`.
  public var entity: [UInt8] = []
  /// The change removed the entity (`entity` is then empty).
  public var removed = false
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "sequence", 2: "at", 3: "entity_type", 4: "entity_id", 5: "rpc", 6: "entity", 7: "removed",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: sequence = try reader.read(.int64, tag)
      case 2: at = try reader.read(.string, tag)
      case 3: entityType = try reader.read(.string, tag)
      case 4: entityID = try reader.read(.string, tag)
      case 5: rpc = try reader.read(.string, tag)
      case 6: entity = try reader.read(.bytes, tag)
      case 7: removed = try reader.read(.bool, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int64, 1, sequence)
    sink.write(.string, 2, at)
    sink.write(.string, 3, entityType)
    sink.write(.string, 4, entityID)
    sink.write(.string, 5, rpc)
    sink.write(.bytes, 6, entity)
    sink.write(.bool, 7, removed)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.WatchChangesRequest`.
public struct WatchChangesRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.WatchChangesRequest"
  /// Changes after this sequence (0: from the start).
  public var afterSequence: Int64 = 0
  /// Only these entity types (empty: all).
  public var entityTypes: [String] = []
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "after_sequence", 2: "entity_types"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: afterSequence = try reader.read(.int64, tag)
      case 2: try reader.readRepeated(.string, tag, into: &entityTypes)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int64, 1, afterSequence)
    sink.writeRepeated(.string, 2, entityTypes)
    sink.writeUnknownFields(unknownFields)
  }
}
