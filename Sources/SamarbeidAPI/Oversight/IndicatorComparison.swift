public import ProtoWire

/// `samarbeid.v1.CompareIndicatorRequest`.
public struct CompareIndicatorRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.CompareIndicatorRequest"
  public var indicatorID = ""
  public var year: Int32 = 0
  public var includeTestTenants = false
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "indicator_id", 2: "year", 3: "include_test_tenants"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: indicatorID = try reader.read(.string, tag)
      case 2: year = try reader.read(.int32, tag)
      case 3: includeTestTenants = try reader.read(.bool, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, indicatorID)
    sink.write(.int32, 2, year)
    sink.write(.bool, 3, includeTestTenants)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ValueDistribution`: where values lie.
public struct ValueDistribution: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ValueDistribution"
  public var municipalities: Int32 = 0
  public var minimum: Double = 0
  public var lowerQuartile: Double = 0
  public var median: Double = 0
  public var upperQuartile: Double = 0
  public var maximum: Double = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "municipalities", 2: "minimum", 3: "lower_quartile", 4: "median", 5: "upper_quartile",
      6: "maximum",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: municipalities = try reader.read(.int32, tag)
      case 2: minimum = try reader.read(.double, tag)
      case 3: lowerQuartile = try reader.read(.double, tag)
      case 4: median = try reader.read(.double, tag)
      case 5: upperQuartile = try reader.read(.double, tag)
      case 6: maximum = try reader.read(.double, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, municipalities)
    sink.write(.double, 2, minimum)
    sink.write(.double, 3, lowerQuartile)
    sink.write(.double, 4, median)
    sink.write(.double, 5, upperQuartile)
    sink.write(.double, 6, maximum)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.PeerGroup`: municipalities of a similar size.
public struct PeerGroup: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.PeerGroup"
  public var name = ""
  public var distribution: ValueDistribution?
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "name", 2: "distribution"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: name = try reader.read(.string, tag)
      case 2: try reader.mergeMessage(tag, into: &distribution)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, name)
    sink.writeMessage(2, distribution)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.FunnelOutlier`: a municipality outside the funnel limits of a share.
public struct FunnelOutlier: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.FunnelOutlier"
  public var kommunenummer = ""
  public var value: Double = 0
  public var numerator: Int64 = 0
  public var denominator: Int64 = 0
  /// 95 or 99.8 (per cent).
  public var limit: Double = 0
  /// -1 below, 1 above.
  public var side: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "kommunenummer", 2: "value", 3: "numerator", 4: "denominator", 5: "limit", 6: "side",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: kommunenummer = try reader.read(.string, tag)
      case 2: value = try reader.read(.double, tag)
      case 3: numerator = try reader.read(.int64, tag)
      case 4: denominator = try reader.read(.int64, tag)
      case 5: limit = try reader.read(.double, tag)
      case 6: side = try reader.read(.int32, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, kommunenummer)
    sink.write(.double, 2, value)
    sink.write(.int64, 3, numerator)
    sink.write(.int64, 4, denominator)
    sink.write(.double, 5, limit)
    sink.write(.int32, 6, side)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.FunnelPoint`: one municipality in a funnel plot, with the limits at its size.
public struct FunnelPoint: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.FunnelPoint"
  public var kommunenummer = ""
  public var value: Double = 0
  public var numerator: Int64 = 0
  public var denominator: Int64 = 0
  public var lower95: Double = 0
  public var upper95: Double = 0
  public var lower998: Double = 0
  public var upper998: Double = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "kommunenummer", 2: "value", 3: "numerator", 4: "denominator", 5: "lower_95",
      6: "upper_95", 7: "lower_99_8", 8: "upper_99_8",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: kommunenummer = try reader.read(.string, tag)
      case 2: value = try reader.read(.double, tag)
      case 3: numerator = try reader.read(.int64, tag)
      case 4: denominator = try reader.read(.int64, tag)
      case 5: lower95 = try reader.read(.double, tag)
      case 6: upper95 = try reader.read(.double, tag)
      case 7: lower998 = try reader.read(.double, tag)
      case 8: upper998 = try reader.read(.double, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, kommunenummer)
    sink.write(.double, 2, value)
    sink.write(.int64, 3, numerator)
    sink.write(.int64, 4, denominator)
    sink.write(.double, 5, lower95)
    sink.write(.double, 6, upper95)
    sink.write(.double, 7, lower998)
    sink.write(.double, 8, upper998)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.IndicatorComparison`: one indicator across municipalities.
public struct IndicatorComparison: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.IndicatorComparison"
  public var indicator: IndicatorDefinition?
  public var year: Int32 = 0
  public var national: ValueDistribution?
  public var peerGroups: [PeerGroup] = []
  public var funnelTarget: Double = 0
  public var funnelDispersion: Double = 0
  public var funnelTau2: Double = 0
  public var outliers: [FunnelOutlier] = []
  public var withoutValue: Int32 = 0
  /// Active municipalities left out as not administering the scheme in the year.
  public var outsideScheme: Int32 = 0
  /// Every municipality with a value and a size, with its limits.
  public var funnel: [FunnelPoint] = []
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "indicator", 2: "year", 3: "national", 4: "peer_groups", 5: "funnel_target",
      6: "funnel_dispersion", 7: "funnel_tau2", 8: "outliers", 9: "without_value",
      10: "outside_scheme", 11: "funnel",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.mergeMessage(tag, into: &indicator)
      case 2: year = try reader.read(.int32, tag)
      case 3: try reader.mergeMessage(tag, into: &national)
      case 4: try reader.readRepeated(.message(PeerGroup.self), tag, into: &peerGroups)
      case 5: funnelTarget = try reader.read(.double, tag)
      case 6: funnelDispersion = try reader.read(.double, tag)
      case 7: funnelTau2 = try reader.read(.double, tag)
      case 8: try reader.readRepeated(.message(FunnelOutlier.self), tag, into: &outliers)
      case 9: withoutValue = try reader.read(.int32, tag)
      case 10: outsideScheme = try reader.read(.int32, tag)
      case 11: try reader.readRepeated(.message(FunnelPoint.self), tag, into: &funnel)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeMessage(1, indicator)
    sink.write(.int32, 2, year)
    sink.writeMessage(3, national)
    sink.writeRepeated(.message(PeerGroup.self), 4, peerGroups)
    sink.write(.double, 5, funnelTarget)
    sink.write(.double, 6, funnelDispersion)
    sink.write(.double, 7, funnelTau2)
    sink.writeRepeated(.message(FunnelOutlier.self), 8, outliers)
    sink.write(.int32, 9, withoutValue)
    sink.write(.int32, 10, outsideScheme)
    sink.writeRepeated(.message(FunnelPoint.self), 11, funnel)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.CompareIndicatorsRequest`.
public struct CompareIndicatorsRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.CompareIndicatorsRequest"
  public var indicatorIDs: [String] = []
  public var year: Int32 = 0
  public var includeTestTenants = false
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "indicator_ids", 2: "year", 3: "include_test_tenants"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.readRepeated(.string, tag, into: &indicatorIDs)
      case 2: year = try reader.read(.int32, tag)
      case 3: includeTestTenants = try reader.read(.bool, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeRepeated(.string, 1, indicatorIDs)
    sink.write(.int32, 2, year)
    sink.write(.bool, 3, includeTestTenants)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.CompareIndicatorsResponse`.
public struct CompareIndicatorsResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.CompareIndicatorsResponse"
  public var comparisons: [IndicatorComparison] = []
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    number == 1 ? "comparisons" : nil
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      if tag.fieldNumber == 1 {
        try reader.readRepeated(.message(IndicatorComparison.self), tag, into: &comparisons)
      } else {
        try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeRepeated(.message(IndicatorComparison.self), 1, comparisons)
    sink.writeUnknownFields(unknownFields)
  }
}
