public import ProtoWire
public import SamarbeidAPI

/// `samarbeid.notes.v1.Note`: a note a municipality keeps.
public struct Note: ProtoMessage, Equatable, VersionedRecord {
  public static let protoMessageName = "samarbeid.notes.v1.Note"
  public var id = ""
  public var title = ""
  public var body = ""
  public var version: Int64 = 0
  public var createdAt = ""
  public var updatedAt = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "id", 2: "title", 3: "body", 4: "version", 5: "created_at", 6: "updated_at"][number]
  }

  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: title = try reader.read(.string, tag)
      case 3: body = try reader.read(.string, tag)
      case 4: version = try reader.read(.int64, tag)
      case 5: createdAt = try reader.read(.string, tag)
      case 6: updatedAt = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.string, 2, title)
    sink.write(.string, 3, body)
    sink.write(.int64, 4, version)
    sink.write(.string, 5, createdAt)
    sink.write(.string, 6, updatedAt)
    sink.writeUnknownFields(unknownFields)
  }

  public mutating func touch(at time: String) { updatedAt = time }
}
