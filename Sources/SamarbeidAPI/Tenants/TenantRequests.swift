public import ProtoWire

/// `samarbeid.v1.RegisterMunicipalityRequest`.
public struct RegisterMunicipalityRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.RegisterMunicipalityRequest"
  public var kommunenummer = ""
  public var name = ""
  /// YYYY-MM-DD; empty for today.
  public var validFrom = ""
  public var test = false
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "kommunenummer", 2: "name", 3: "valid_from", 4: "test"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: kommunenummer = try reader.read(.string, tag)
      case 2: name = try reader.read(.string, tag)
      case 3: validFrom = try reader.read(.string, tag)
      case 4: test = try reader.read(.bool, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, kommunenummer)
    sink.write(.string, 2, name)
    sink.write(.string, 3, validFrom)
    sink.write(.bool, 4, test)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.RenumberMunicipalityRequest`.
public struct RenumberMunicipalityRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.RenumberMunicipalityRequest"
  public var kommunenummer = ""
  public var newKommunenummer = ""
  /// YYYY-MM-DD.
  public var effectiveFrom = ""
  public var expectedVersion: Int64 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "kommunenummer", 2: "new_kommunenummer", 3: "effective_from", 4: "expected_version"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: kommunenummer = try reader.read(.string, tag)
      case 2: newKommunenummer = try reader.read(.string, tag)
      case 3: effectiveFrom = try reader.read(.string, tag)
      case 4: expectedVersion = try reader.read(.int64, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, kommunenummer)
    sink.write(.string, 2, newKommunenummer)
    sink.write(.string, 3, effectiveFrom)
    sink.write(.int64, 4, expectedVersion)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.DeactivateMunicipalityRequest`.
public struct DeactivateMunicipalityRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.DeactivateMunicipalityRequest"
  public var kommunenummer = ""
  public var expectedVersion: Int64 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "kommunenummer", 2: "expected_version"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: kommunenummer = try reader.read(.string, tag)
      case 2: expectedVersion = try reader.read(.int64, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, kommunenummer)
    sink.write(.int64, 2, expectedVersion)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListTenantsRequest`.
public struct ListTenantsRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ListTenantsRequest"
  public var includeInactive = false
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    number == 1 ? "include_inactive" : nil
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: includeInactive = try reader.read(.bool, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.bool, 1, includeInactive)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListTenantsResponse`.
public struct ListTenantsResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ListTenantsResponse"
  public var tenants: [Tenant] = []
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    number == 1 ? "tenants" : nil
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.readRepeated(.message(Tenant.self), tag, into: &tenants)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeRepeated(.message(Tenant.self), 1, tenants)
    sink.writeUnknownFields(unknownFields)
  }
}
