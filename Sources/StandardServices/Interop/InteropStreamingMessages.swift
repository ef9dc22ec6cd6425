public import ProtoWire

/// `grpc.testing.StreamingInputCallRequest`.
public struct StreamingInputCallRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.testing.StreamingInputCallRequest"
  public var payload: Payload?
  public var expectCompressed: BoolValue?
  public var unknownFields = UnknownFields()
  public init() {}

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.mergeMessage(tag, into: &payload)
      case 2: try reader.mergeMessage(tag, into: &expectCompressed)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeMessage(1, payload)
    sink.writeMessage(2, expectCompressed)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `grpc.testing.StreamingInputCallResponse`.
public struct StreamingInputCallResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.testing.StreamingInputCallResponse"
  public var aggregatedPayloadSize: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: aggregatedPayloadSize = try reader.read(.int32, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, aggregatedPayloadSize)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `grpc.testing.ResponseParameters`.
public struct ResponseParameters: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.testing.ResponseParameters"
  public var size: Int32 = 0
  public var intervalMicroseconds: Int32 = 0
  public var compressed: BoolValue?
  public var unknownFields = UnknownFields()
  public init() {}

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: size = try reader.read(.int32, tag)
      case 2: intervalMicroseconds = try reader.read(.int32, tag)
      case 3: try reader.mergeMessage(tag, into: &compressed)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, size)
    sink.write(.int32, 2, intervalMicroseconds)
    sink.writeMessage(3, compressed)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `grpc.testing.StreamingOutputCallRequest`.
public struct StreamingOutputCallRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.testing.StreamingOutputCallRequest"
  public var responseType = PayloadType.compressable
  public var responseParameters: [ResponseParameters] = []
  public var payload: Payload?
  public var responseStatus: EchoStatus?
  public var unknownFields = UnknownFields()
  public init() {}

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: responseType = try reader.read(.enum(PayloadType.self), tag)
      case 2:
        try reader.readRepeated(.message(ResponseParameters.self), tag, into: &responseParameters)
      case 3: try reader.mergeMessage(tag, into: &payload)
      case 7: try reader.mergeMessage(tag, into: &responseStatus)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.enum(PayloadType.self), 1, responseType)
    sink.writeRepeated(.message(ResponseParameters.self), 2, responseParameters)
    sink.writeMessage(3, payload)
    sink.writeMessage(7, responseStatus)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `grpc.testing.StreamingOutputCallResponse`.
public struct StreamingOutputCallResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.testing.StreamingOutputCallResponse"
  public var payload: Payload?
  public var unknownFields = UnknownFields()
  public init() {}

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.mergeMessage(tag, into: &payload)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeMessage(1, payload)
    sink.writeUnknownFields(unknownFields)
  }
}
