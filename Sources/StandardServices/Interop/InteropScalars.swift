public import ProtoWire

/// `grpc.testing.Empty`.
public struct Empty: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.testing.Empty"
  public var unknownFields = UnknownFields()
  public init() {}

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      try reader.skipField(tag, preservingIn: &unknownFields)
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeUnknownFields(unknownFields)
  }
}

/// `grpc.testing.BoolValue`: a nullable bool.
public struct BoolValue: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.testing.BoolValue"
  public var value = false
  public var unknownFields = UnknownFields()
  public init() {}
  public init(_ value: Bool) { self.value = value }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: value = try reader.read(.bool, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.bool, 1, value)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `grpc.testing.PayloadType`; only COMPRESSABLE exists.
public enum PayloadType: ProtoEnum {
  case compressable
  case unrecognized(Int32)

  public init(protoValue: Int32) {
    self = protoValue == 0 ? .compressable : .unrecognized(protoValue)
  }
  public var protoValue: Int32 {
    switch self {
    case .compressable: 0
    case .unrecognized(let value): value
    }
  }
}

/// `grpc.testing.Payload`.
public struct Payload: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.testing.Payload"
  public var type = PayloadType.compressable
  public var body: [UInt8] = []
  public var unknownFields = UnknownFields()
  public init() {}
  public init(body: [UInt8]) { self.body = body }

  public static func protoFieldName(forNumber number: Int) -> String? {
    switch number {
    case 1: "type"
    case 2: "body"
    default: nil
    }
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: type = try reader.read(.enum(PayloadType.self), tag)
      case 2: body = try reader.read(.bytes, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.enum(PayloadType.self), 1, type)
    sink.write(.bytes, 2, body)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `grpc.testing.EchoStatus`.
public struct EchoStatus: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.testing.EchoStatus"
  public var code: Int32 = 0
  public var message = ""
  public var unknownFields = UnknownFields()
  public init() {}

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: code = try reader.read(.int32, tag)
      case 2: message = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, code)
    sink.write(.string, 2, message)
    sink.writeUnknownFields(unknownFields)
  }
}
