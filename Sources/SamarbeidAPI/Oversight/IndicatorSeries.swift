public import ProtoWire

/// `samarbeid.v1.GetIndicatorSeriesRequest`.
public struct GetIndicatorSeriesRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.GetIndicatorSeriesRequest"
  public var kommunenummer = ""
  public var indicatorID = ""
  public var fromYear: Int32 = 0
  public var toYear: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "kommunenummer", 2: "indicator_id", 3: "from_year", 4: "to_year"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: kommunenummer = try reader.read(.string, tag)
      case 2: indicatorID = try reader.read(.string, tag)
      case 3: fromYear = try reader.read(.int32, tag)
      case 4: toYear = try reader.read(.int32, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, kommunenummer)
    sink.write(.string, 2, indicatorID)
    sink.write(.int32, 3, fromYear)
    sink.write(.int32, 4, toYear)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.YearValue`.
public struct YearValue: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.YearValue"
  public var year: Int32 = 0
  public var value: IndicatorValue?
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "year", 2: "value"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: year = try reader.read(.int32, tag)
      case 2: try reader.mergeMessage(tag, into: &value)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, year)
    sink.writeMessage(2, value)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.IndicatorSeries`: one indicator for one municipality across years.
public struct IndicatorSeries: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.IndicatorSeries"
  public var kommunenummer = ""
  public var name = ""
  public var indicator: IndicatorDefinition?
  public var years: [YearValue] = []
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "kommunenummer", 2: "name", 3: "indicator", 4: "years"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: kommunenummer = try reader.read(.string, tag)
      case 2: name = try reader.read(.string, tag)
      case 3: try reader.mergeMessage(tag, into: &indicator)
      case 4: try reader.readRepeated(.message(YearValue.self), tag, into: &years)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, kommunenummer)
    sink.write(.string, 2, name)
    sink.writeMessage(3, indicator)
    sink.writeRepeated(.message(YearValue.self), 4, years)
    sink.writeUnknownFields(unknownFields)
  }
}
