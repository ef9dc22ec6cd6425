public import ProtoWire

/// `samarbeid.v1.Allocation`: IMDi's allocation to one municipality for one year
public struct Allocation: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.Allocation"
  public var year: Int32 = 0
  public var kommunenummer = ""
  public var amountOre: Int64 = 0
  /// IMDi's letter the amount comes from.
  public var letterReference = ""
  /// Kept for administration: at most 5 % of the amount.
  public var administrationShareOre: Int64 = 0
  /// The amount less the administration share.
  public var grantableOre: Int64 = 0
  /// Granted so far this year.
  public var grantedOre: Int64 = 0
  public var version: Int64 = 0
  public var updatedAt = ""
  /// The year the municipality joined the scheme, as IMDi last stated it (0: not stated).
  public var joinedSchemeYear: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "year", 2: "kommunenummer", 3: "amount_ore", 4: "letter_reference",
      5: "administration_share_ore", 6: "grantable_ore", 7: "granted_ore", 8: "version",
      9: "updated_at", 10: "joined_scheme_year",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: year = try reader.read(.int32, tag)
      case 2: kommunenummer = try reader.read(.string, tag)
      case 3: amountOre = try reader.read(.int64, tag)
      case 4: letterReference = try reader.read(.string, tag)
      case 5: administrationShareOre = try reader.read(.int64, tag)
      case 6: grantableOre = try reader.read(.int64, tag)
      case 7: grantedOre = try reader.read(.int64, tag)
      case 8: version = try reader.read(.int64, tag)
      case 9: updatedAt = try reader.read(.string, tag)
      case 10: joinedSchemeYear = try reader.read(.int32, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, year)
    sink.write(.string, 2, kommunenummer)
    sink.write(.int64, 3, amountOre)
    sink.write(.string, 4, letterReference)
    sink.write(.int64, 5, administrationShareOre)
    sink.write(.int64, 6, grantableOre)
    sink.write(.int64, 7, grantedOre)
    sink.write(.int64, 8, version)
    sink.write(.string, 9, updatedAt)
    sink.write(.int32, 10, joinedSchemeYear)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.GetAllocationRequest`.
public struct GetAllocationRequest: YearRequest {
  public static let protoMessageName = "samarbeid.v1.GetAllocationRequest"
  public var year: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.SetAdministrationShareRequest`.
public struct SetAdministrationShareRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.SetAdministrationShareRequest"
  public var year: Int32 = 0
  public var administrationShareOre: Int64 = 0
  public var expectedVersion: Int64 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "year", 2: "administration_share_ore", 3: "expected_version"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: year = try reader.read(.int32, tag)
      case 2: administrationShareOre = try reader.read(.int64, tag)
      case 3: expectedVersion = try reader.read(.int64, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, year)
    sink.write(.int64, 2, administrationShareOre)
    sink.write(.int64, 3, expectedVersion)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.SetAllocationRequest`.
public struct SetAllocationRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.SetAllocationRequest"
  public var kommunenummer = ""
  public var year: Int32 = 0
  public var amountOre: Int64 = 0
  public var letterReference = ""
  /// 0 to create the year's allocation.
  public var expectedVersion: Int64 = 0
  /// The year the municipality joined the scheme; 0 keeps what the allocation states.
  public var joinedSchemeYear: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "kommunenummer", 2: "year", 3: "amount_ore", 4: "letter_reference", 5: "expected_version",
      6: "joined_scheme_year",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: kommunenummer = try reader.read(.string, tag)
      case 2: year = try reader.read(.int32, tag)
      case 3: amountOre = try reader.read(.int64, tag)
      case 4: letterReference = try reader.read(.string, tag)
      case 5: expectedVersion = try reader.read(.int64, tag)
      case 6: joinedSchemeYear = try reader.read(.int32, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, kommunenummer)
    sink.write(.int32, 2, year)
    sink.write(.int64, 3, amountOre)
    sink.write(.string, 4, letterReference)
    sink.write(.int64, 5, expectedVersion)
    sink.write(.int32, 6, joinedSchemeYear)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListAllocationsRequest`.
public struct ListAllocationsRequest: YearRequest {
  public static let protoMessageName = "samarbeid.v1.ListAllocationsRequest"
  public var year: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.ListAllocationsResponse`.
public struct ListAllocationsResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ListAllocationsResponse"
  public var allocations: [Allocation] = []
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "allocations"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.readRepeated(.message(Allocation.self), tag, into: &allocations)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeRepeated(.message(Allocation.self), 1, allocations)
    sink.writeUnknownFields(unknownFields)
  }
}
