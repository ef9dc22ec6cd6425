public import ProtoWire

/// `grpc.testing.SimpleRequest`.
public struct SimpleRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.testing.SimpleRequest"
  public var responseType = PayloadType.compressable
  public var responseSize: Int32 = 0
  public var payload: Payload?
  public var fillUsername = false
  public var fillOauthScope = false
  public var responseCompressed: BoolValue?
  public var responseStatus: EchoStatus?
  public var expectCompressed: BoolValue?
  public var fillServerID = false
  public var fillGrpclbRouteType = false
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "response_type", 2: "response_size", 3: "payload", 4: "fill_username",
      5: "fill_oauth_scope",
      6: "response_compressed", 7: "response_status", 8: "expect_compressed", 9: "fill_server_id",
      10: "fill_grpclb_route_type",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: responseType = try reader.read(.enum(PayloadType.self), tag)
      case 2: responseSize = try reader.read(.int32, tag)
      case 3: try reader.mergeMessage(tag, into: &payload)
      case 4: fillUsername = try reader.read(.bool, tag)
      case 5: fillOauthScope = try reader.read(.bool, tag)
      case 6: try reader.mergeMessage(tag, into: &responseCompressed)
      case 7: try reader.mergeMessage(tag, into: &responseStatus)
      case 8: try reader.mergeMessage(tag, into: &expectCompressed)
      case 9: fillServerID = try reader.read(.bool, tag)
      case 10: fillGrpclbRouteType = try reader.read(.bool, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.enum(PayloadType.self), 1, responseType)
    sink.write(.int32, 2, responseSize)
    sink.writeMessage(3, payload)
    sink.write(.bool, 4, fillUsername)
    sink.write(.bool, 5, fillOauthScope)
    sink.writeMessage(6, responseCompressed)
    sink.writeMessage(7, responseStatus)
    sink.writeMessage(8, expectCompressed)
    sink.write(.bool, 9, fillServerID)
    sink.write(.bool, 10, fillGrpclbRouteType)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `grpc.testing.SimpleResponse`.
public struct SimpleResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.testing.SimpleResponse"
  public var payload: Payload?
  public var username = ""
  public var oauthScope = ""
  public var serverID = ""
  public var grpclbRouteType: Int32 = 0
  public var hostname = ""
  public var unknownFields = UnknownFields()
  public init() {}

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.mergeMessage(tag, into: &payload)
      case 2: username = try reader.read(.string, tag)
      case 3: oauthScope = try reader.read(.string, tag)
      case 4: serverID = try reader.read(.string, tag)
      case 5: grpclbRouteType = try reader.read(.int32, tag)
      case 6: hostname = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeMessage(1, payload)
    sink.write(.string, 2, username)
    sink.write(.string, 3, oauthScope)
    sink.write(.string, 4, serverID)
    sink.write(.int32, 5, grpclbRouteType)
    sink.write(.string, 6, hostname)
    sink.writeUnknownFields(unknownFields)
  }
}
