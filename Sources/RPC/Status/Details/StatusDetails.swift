public import ProtoWire

/// `google.rpc.Status`: what `grpc-status-details-bin` carries (the same code and message as
/// `grpc-status` and `grpc-message`, and typed details a client can act on), as grpc-java,
/// grpc-go and Python's `grpc_status` read it.
public struct StatusDetails: ProtoMessage, Equatable {
  public static let protoMessageName = "google.rpc.Status"
  /// The trailer that carries it.
  public static let trailer = "grpc-status-details-bin"
  public var code: Int32 = 0
  public var message = ""
  public var details: [AnyMessage] = []
  public var unknownFields = UnknownFields()
  public init() {}

  /// `code` and `message` with `details`, each packed as a `google.protobuf.Any`.
  public init(code: Status.Code, message: String, details: [any ProtoMessage]) {
    self.code = Int32(code.rawValue)
    self.message = message
    self.details = details.map(AnyMessage.init)
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "code", 2: "message", 3: "details"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: code = try reader.read(.int32, tag)
      case 2: message = try reader.read(.string, tag)
      case 3: try reader.readRepeated(.message(AnyMessage.self), tag, into: &details)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, code)
    sink.write(.string, 2, message)
    sink.writeRepeated(.message(AnyMessage.self), 3, details)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `google.protobuf.Any`: a message with the URL of its type.
public struct AnyMessage: ProtoMessage, Equatable {
  public static let protoMessageName = "google.protobuf.Any"
  /// `type.googleapis.com/` and the message's full name.
  public var typeURL = ""
  public var value: [UInt8] = []
  public var unknownFields = UnknownFields()
  public init() {}

  /// `message` packed.
  public init(_ message: any ProtoMessage) {
    typeURL = "type.googleapis.com/" + type(of: message).protoMessageName
    value = message.serializedBytes()
  }

  /// The packed message as `Message`, nil when it is another type.
  public func unpack<Message: ProtoMessage>(_ type: Message.Type) throws -> Message? {
    guard typeURL.hasSuffix("/" + Message.protoMessageName) else { return nil }
    return try Message(serializedBytes: value, limits: .default)
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "type_url", 2: "value"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: typeURL = try reader.read(.string, tag)
      case 2: value = try reader.read(.bytes, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, typeURL)
    sink.write(.bytes, 2, value)
    sink.writeUnknownFields(unknownFields)
  }
}
