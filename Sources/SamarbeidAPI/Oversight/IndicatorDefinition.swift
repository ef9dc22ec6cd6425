public import ProtoWire

/// `samarbeid.v1.IndicatorUnit`.
public struct IndicatorUnit: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  public static let kroner = Self(1)
  public static let count = Self(2)
  /// A fraction, 0 to 1.
  public static let share = Self(3)
  public static let days = Self(4)
  public static let per1000Inhabitants = Self(5)
  public static let score = Self(6)

  public static let protoNames = [
    "INDICATOR_UNIT_UNSPECIFIED", "INDICATOR_UNIT_KRONER", "INDICATOR_UNIT_COUNT",
    "INDICATOR_UNIT_SHARE", "INDICATOR_UNIT_DAYS", "INDICATOR_UNIT_PER_1000_INHABITANTS",
    "INDICATOR_UNIT_SCORE",
  ]
}

/// `samarbeid.v1.IndicatorDirection`.
public struct IndicatorDirection: NamedEnum {
  public let protoValue: Int32
  public init(protoValue: Int32) { self.protoValue = protoValue }

  public static let unspecified = Self(0)
  public static let higherIsBetter = Self(1)
  public static let lowerIsBetter = Self(2)
  public static let neither = Self(3)

  public static let protoNames = [
    "INDICATOR_DIRECTION_UNSPECIFIED", "INDICATOR_DIRECTION_HIGHER_IS_BETTER",
    "INDICATOR_DIRECTION_LOWER_IS_BETTER", "INDICATOR_DIRECTION_NEITHER",
  ]
}

/// `samarbeid.v1.IndicatorDefinition`: what an indicator measures and how.
public struct IndicatorDefinition: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.IndicatorDefinition"
  public var id = ""
  public var nameNB = ""
  public var nameEN = ""
  public var numerator = ""
  public var denominator = ""
  public var unit = IndicatorUnit.unspecified
  public var direction = IndicatorDirection.unspecified
  public var source = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "id", 2: "name_nb", 3: "name_en", 4: "numerator", 5: "denominator", 6: "unit",
      7: "direction", 8: "source",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: nameNB = try reader.read(.string, tag)
      case 3: nameEN = try reader.read(.string, tag)
      case 4: numerator = try reader.read(.string, tag)
      case 5: denominator = try reader.read(.string, tag)
      case 6: unit = try reader.read(.enum(IndicatorUnit.self), tag)
      case 7: direction = try reader.read(.enum(IndicatorDirection.self), tag)
      case 8: source = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.string, 2, nameNB)
    sink.write(.string, 3, nameEN)
    sink.write(.string, 4, numerator)
    sink.write(.string, 5, denominator)
    sink.write(.enum(IndicatorUnit.self), 6, unit)
    sink.write(.enum(IndicatorDirection.self), 7, direction)
    sink.write(.string, 8, source)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListIndicatorsRequest`.
public struct ListIndicatorsRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ListIndicatorsRequest"
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? { nil }

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

/// `samarbeid.v1.ListIndicatorsResponse`.
public struct ListIndicatorsResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ListIndicatorsResponse"
  public var indicators: [IndicatorDefinition] = []
  /// The figures on how complete the records are, by the ids `MunicipalityValues` uses.
  public var completeness: [IndicatorDefinition] = []
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "indicators", 2: "completeness"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.readRepeated(.message(IndicatorDefinition.self), tag, into: &indicators)
      case 2:
        try reader.readRepeated(.message(IndicatorDefinition.self), tag, into: &completeness)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeRepeated(.message(IndicatorDefinition.self), 1, indicators)
    sink.writeRepeated(.message(IndicatorDefinition.self), 2, completeness)
    sink.writeUnknownFields(unknownFields)
  }
}
