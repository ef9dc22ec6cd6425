public import ProtoWire

/// `samarbeid.v1.Tenant`: one municipality served by the deployment.
public struct Tenant: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.Tenant"
  /// Stable identifier, never reused.
  public var id = ""
  public var name = ""
  /// The kommunenummer valid today.
  public var kommunenummer = ""
  /// Every number it has had, oldest first.
  public var numberHistory: [KommunenummerPeriod] = []
  public var active = false
  /// Load-test identities may act on test tenants only.
  public var test = false
  public var version: Int64 = 0
  /// RFC 3339 UTC.
  public var registeredAt = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "id", 2: "name", 3: "kommunenummer", 4: "number_history", 5: "active", 6: "test",
      7: "version",
      8: "registered_at",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: name = try reader.read(.string, tag)
      case 3: kommunenummer = try reader.read(.string, tag)
      case 4: try reader.readRepeated(.message(KommunenummerPeriod.self), tag, into: &numberHistory)
      case 5: active = try reader.read(.bool, tag)
      case 6: test = try reader.read(.bool, tag)
      case 7: version = try reader.read(.int64, tag)
      case 8: registeredAt = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.string, 2, name)
    sink.write(.string, 3, kommunenummer)
    sink.writeRepeated(.message(KommunenummerPeriod.self), 4, numberHistory)
    sink.write(.bool, 5, active)
    sink.write(.bool, 6, test)
    sink.write(.int64, 7, version)
    sink.write(.string, 8, registeredAt)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.KommunenummerPeriod`: a number and the dates it is valid (from inclusive,
/// to exclusive; `validTo` empty while current).
public struct KommunenummerPeriod: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.KommunenummerPeriod"
  public var kommunenummer = ""
  public var validFrom = ""
  public var validTo = ""
  public var unknownFields = UnknownFields()
  public init() {}

  /// A period of `kommunenummer`.
  public init(kommunenummer: String, validFrom: String, validTo: String = "") {
    self.kommunenummer = kommunenummer
    self.validFrom = validFrom
    self.validTo = validTo
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "kommunenummer", 2: "valid_from", 3: "valid_to"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: kommunenummer = try reader.read(.string, tag)
      case 2: validFrom = try reader.read(.string, tag)
      case 3: validTo = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, kommunenummer)
    sink.write(.string, 2, validFrom)
    sink.write(.string, 3, validTo)
    sink.writeUnknownFields(unknownFields)
  }
}
