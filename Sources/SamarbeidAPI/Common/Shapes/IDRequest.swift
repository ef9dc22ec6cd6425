public import ProtoWire

/// The shape of requests that name one record: field 1, `id`. `GetCallRequest`,
/// `GetApplicationRequest` and `GetOrganisationRequest` share it; the wire is each one's own.
public protocol IDRequest: ProtoMessage, Equatable {
  var id: String { get set }
  var unknownFields: UnknownFields { get set }
}

extension IDRequest {
  /// The request for record `id`.
  public init(id: String) {
    self.init()
    self.id = id
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    number == 1 ? "id" : nil
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      if tag.fieldNumber == 1 {
        id = try reader.read(.string, tag)
      } else {
        try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.writeUnknownFields(unknownFields)
  }
}
