public import ProtoWire

/// `samarbeid.v1.Address`: a street address in the municipality, or online.
public struct Address: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.Address"
  public var streetAddress = ""
  public var postalCode = ""
  public var postalTown = ""
  public var kommunenummer = ""
  public var online = false
  public var url = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "street_address", 2: "postal_code", 3: "postal_town", 4: "kommunenummer", 5: "online",
      6: "url",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: streetAddress = try reader.read(.string, tag)
      case 2: postalCode = try reader.read(.string, tag)
      case 3: postalTown = try reader.read(.string, tag)
      case 4: kommunenummer = try reader.read(.string, tag)
      case 5: online = try reader.read(.bool, tag)
      case 6: url = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, streetAddress)
    sink.write(.string, 2, postalCode)
    sink.write(.string, 3, postalTown)
    sink.write(.string, 4, kommunenummer)
    sink.write(.bool, 5, online)
    sink.write(.string, 6, url)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.CoHost`: an organisation running a meeting place with the municipality.
public struct CoHost: OrganisationReference {
  public static let protoMessageName = "samarbeid.v1.CoHost"
  public var organisationID = ""
  public var role = CoHostRole.unspecified
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.OpeningSchedule`.
public struct OpeningSchedule: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.OpeningSchedule"
  public var frequency = ScheduleFrequency.unspecified
  /// E.g. "Tuesdays 17-20".
  public var description = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "frequency", 2: "description"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: frequency = try reader.read(.enum(ScheduleFrequency.self), tag)
      case 2: description = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.enum(ScheduleFrequency.self), 1, frequency)
    sink.write(.string, 2, description)
    sink.writeUnknownFields(unknownFields)
  }
}
