public import ProtoWire

/// `grpc.health.v1.HealthCheckRequest`.
public struct HealthCheckRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.health.v1.HealthCheckRequest"
  /// The service to check; empty for the whole server.
  public var service = ""
  public var unknownFields = UnknownFields()

  public init() {}
  public init(service: String) { self.service = service }

  public static func protoFieldName(forNumber number: Int) -> String? {
    number == 1 ? "service" : nil
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: service = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, service)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `grpc.health.v1.HealthCheckResponse`.
public struct HealthCheckResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.health.v1.HealthCheckResponse"

  /// `grpc.health.v1.HealthCheckResponse.ServingStatus`.
  public enum ServingStatus: ProtoEnum {
    case unknown
    case serving
    case notServing
    case serviceUnknown
    case unrecognized(Int32)

    public init(protoValue: Int32) {
      switch protoValue {
      case 0: self = .unknown
      case 1: self = .serving
      case 2: self = .notServing
      case 3: self = .serviceUnknown
      default: self = .unrecognized(protoValue)
      }
    }

    public var protoValue: Int32 {
      switch self {
      case .unknown: 0
      case .serving: 1
      case .notServing: 2
      case .serviceUnknown: 3
      case .unrecognized(let value): value
      }
    }
  }

  public var status = ServingStatus.unknown
  public var unknownFields = UnknownFields()

  public init() {}
  public init(status: ServingStatus) { self.status = status }

  public static func protoFieldName(forNumber number: Int) -> String? {
    number == 1 ? "status" : nil
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: status = try reader.read(.enum(ServingStatus.self), tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.enum(ServingStatus.self), 1, status)
    sink.writeUnknownFields(unknownFields)
  }
}
