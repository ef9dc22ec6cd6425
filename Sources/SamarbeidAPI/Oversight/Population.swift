public import ProtoWire

/// `samarbeid.v1.Population`: a municipality's inhabitants in a year.
public struct Population: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.Population"
  public var year: Int32 = 0
  public var kommunenummer = ""
  public var inhabitants: Int64 = 0
  public var version: Int64 = 0
  public var updatedAt = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "year", 2: "kommunenummer", 3: "inhabitants", 4: "version", 5: "updated_at"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: year = try reader.read(.int32, tag)
      case 2: kommunenummer = try reader.read(.string, tag)
      case 3: inhabitants = try reader.read(.int64, tag)
      case 4: version = try reader.read(.int64, tag)
      case 5: updatedAt = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, year)
    sink.write(.string, 2, kommunenummer)
    sink.write(.int64, 3, inhabitants)
    sink.write(.int64, 4, version)
    sink.write(.string, 5, updatedAt)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.MunicipalityPopulation`.
public struct MunicipalityPopulation: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.MunicipalityPopulation"
  public var kommunenummer = ""
  public var inhabitants: Int64 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public init(kommunenummer: String, inhabitants: Int64) {
    self.kommunenummer = kommunenummer
    self.inhabitants = inhabitants
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "kommunenummer", 2: "inhabitants"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: kommunenummer = try reader.read(.string, tag)
      case 2: inhabitants = try reader.read(.int64, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, kommunenummer)
    sink.write(.int64, 2, inhabitants)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.SetPopulationsRequest`.
public struct SetPopulationsRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.SetPopulationsRequest"
  public var year: Int32 = 0
  public var populations: [MunicipalityPopulation] = []
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "year", 2: "populations"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: year = try reader.read(.int32, tag)
      case 2:
        try reader.readRepeated(.message(MunicipalityPopulation.self), tag, into: &populations)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, year)
    sink.writeRepeated(.message(MunicipalityPopulation.self), 2, populations)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.SetPopulationsResponse`.
public struct SetPopulationsResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.SetPopulationsResponse"
  public var populations: [Population] = []
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    number == 1 ? "populations" : nil
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      if tag.fieldNumber == 1 {
        try reader.readRepeated(.message(Population.self), tag, into: &populations)
      } else {
        try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeRepeated(.message(Population.self), 1, populations)
    sink.writeUnknownFields(unknownFields)
  }
}
