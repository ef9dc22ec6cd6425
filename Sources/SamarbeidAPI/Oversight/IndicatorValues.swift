public import ProtoWire

/// `samarbeid.v1.GetIndicatorValuesRequest`.
public struct GetIndicatorValuesRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.GetIndicatorValuesRequest"
  public var year: Int32 = 0
  public var indicatorIDs: [String] = []
  public var includeTestTenants = false
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "year", 2: "indicator_ids", 3: "include_test_tenants"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: year = try reader.read(.int32, tag)
      case 2: try reader.readRepeated(.string, tag, into: &indicatorIDs)
      case 3: includeTestTenants = try reader.read(.bool, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, year)
    sink.writeRepeated(.string, 2, indicatorIDs)
    sink.write(.bool, 3, includeTestTenants)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.IndicatorValue`: one municipality's value of one indicator.
public struct IndicatorValue: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.IndicatorValue"
  public var indicatorID = ""
  public var value: Double?
  public var numerator: Int64?
  public var denominator: Int64?
  public var suppressed = false
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "indicator_id", 2: "value", 3: "numerator", 4: "denominator", 5: "suppressed"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: indicatorID = try reader.read(.string, tag)
      case 2: value = try reader.read(.double, tag)
      case 3: numerator = try reader.read(.int64, tag)
      case 4: denominator = try reader.read(.int64, tag)
      case 5: suppressed = try reader.read(.bool, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, indicatorID)
    sink.write(.double, 2, value)
    sink.write(.int64, 3, numerator)
    sink.write(.int64, 4, denominator)
    sink.write(.bool, 5, suppressed)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.MunicipalityValues`: one municipality's values, and the change-feed
/// position they are consistent with.
public struct MunicipalityValues: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.MunicipalityValues"
  public var kommunenummer = ""
  public var name = ""
  public var asOfSequence: Int64 = 0
  public var values: [IndicatorValue] = []
  /// How complete the records behind the values are.
  public var completeness: [IndicatorValue] = []
  /// Whether IMDi allocated it money for the year (only those are compared).
  public var administersScheme: Bool = false
  /// The year it joined the scheme, as IMDi states it (0: not stated).
  public var joinedSchemeYear: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "kommunenummer", 2: "name", 3: "as_of_sequence", 4: "values", 5: "completeness",
      6: "administers_scheme", 7: "joined_scheme_year",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: kommunenummer = try reader.read(.string, tag)
      case 2: name = try reader.read(.string, tag)
      case 3: asOfSequence = try reader.read(.int64, tag)
      case 4: try reader.readRepeated(.message(IndicatorValue.self), tag, into: &values)
      case 5: try reader.readRepeated(.message(IndicatorValue.self), tag, into: &completeness)
      case 6: administersScheme = try reader.read(.bool, tag)
      case 7: joinedSchemeYear = try reader.read(.int32, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, kommunenummer)
    sink.write(.string, 2, name)
    sink.write(.int64, 3, asOfSequence)
    sink.writeRepeated(.message(IndicatorValue.self), 4, values)
    sink.writeRepeated(.message(IndicatorValue.self), 5, completeness)
    sink.write(.bool, 6, administersScheme)
    sink.write(.int32, 7, joinedSchemeYear)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.GetIndicatorValuesResponse`.
public struct GetIndicatorValuesResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.GetIndicatorValuesResponse"
  public var year: Int32 = 0
  public var municipalities: [MunicipalityValues] = []
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "year", 2: "municipalities"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: year = try reader.read(.int32, tag)
      case 2:
        try reader.readRepeated(.message(MunicipalityValues.self), tag, into: &municipalities)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, year)
    sink.writeRepeated(.message(MunicipalityValues.self), 2, municipalities)
    sink.writeUnknownFields(unknownFields)
  }
}
