public import ProtoWire

/// The shape of lists of what is past due: `as_of` (1, empty: today), `page_size` (2),
/// `page_token` (3). `ListOverdueReportsRequest`, `ListOverdueActionsRequest` and
/// `ListOverdueEvaluationsRequest` share it.
public protocol OverdueRequest: ProtoMessage, Equatable {
  var asOf: String { get set }
  var pageSize: Int32 { get set }
  var pageToken: String { get set }
  var unknownFields: UnknownFields { get set }
}

extension OverdueRequest {
  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "as_of", 2: "page_size", 3: "page_token"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: asOf = try reader.read(.string, tag)
      case 2: pageSize = try reader.read(.int32, tag)
      case 3: pageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, asOf)
    sink.write(.int32, 2, pageSize)
    sink.write(.string, 3, pageToken)
    sink.writeUnknownFields(unknownFields)
  }
}
