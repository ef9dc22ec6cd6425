public import ProtoWire

/// The shape of requests that name one year: field 1, `year`. `GetAllocationRequest`,
/// `ListAllocationsRequest` and `GetLocalPolicyRequest` share it.
public protocol YearRequest: ProtoMessage, Equatable {
  var year: Int32 { get set }
  var unknownFields: UnknownFields { get set }
}

extension YearRequest {
  public static func protoFieldName(forNumber number: Int) -> String? {
    number == 1 ? "year" : nil
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      if tag.fieldNumber == 1 {
        year = try reader.read(.int32, tag)
      } else {
        try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, year)
    sink.writeUnknownFields(unknownFields)
  }
}
