public import ProtoWire

/// The responses of the registry's mutations, each carrying the tenant as it is now:
/// `samarbeid.v1.RegisterMunicipalityResponse`, `RenumberMunicipalityResponse` and
/// `DeactivateMunicipalityResponse` share this shape (field 1, `tenant`).
public protocol TenantResponse: ProtoMessage, Equatable {
  var tenant: Tenant? { get set }
  var unknownFields: UnknownFields { get set }
}

extension TenantResponse {
  public static func protoFieldName(forNumber number: Int) -> String? {
    number == 1 ? "tenant" : nil
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.mergeMessage(tag, into: &tenant)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeMessage(1, tenant)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.RegisterMunicipalityResponse`.
public struct RegisterMunicipalityResponse: TenantResponse {
  public static let protoMessageName = "samarbeid.v1.RegisterMunicipalityResponse"
  public var tenant: Tenant?
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.RenumberMunicipalityResponse`.
public struct RenumberMunicipalityResponse: TenantResponse {
  public static let protoMessageName = "samarbeid.v1.RenumberMunicipalityResponse"
  public var tenant: Tenant?
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.DeactivateMunicipalityResponse`.
public struct DeactivateMunicipalityResponse: TenantResponse {
  public static let protoMessageName = "samarbeid.v1.DeactivateMunicipalityResponse"
  public var tenant: Tenant?
  public var unknownFields = UnknownFields()
  public init() {}
}
