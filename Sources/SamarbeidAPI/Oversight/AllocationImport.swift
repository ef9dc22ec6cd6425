public import ProtoWire

/// `samarbeid.v1.AllocationLine`: one municipality's allocation in an import.
public struct AllocationLine: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.AllocationLine"
  public var kommunenummer = ""
  public var amountOre: Int64 = 0
  public var letterReference = ""
  /// The year the municipality joined the scheme; 0 keeps what its allocation states.
  public var joinedSchemeYear: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public init(kommunenummer: String, amountOre: Int64, letterReference: String) {
    self.kommunenummer = kommunenummer
    self.amountOre = amountOre
    self.letterReference = letterReference
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "kommunenummer", 2: "amount_ore", 3: "letter_reference", 4: "joined_scheme_year"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: kommunenummer = try reader.read(.string, tag)
      case 2: amountOre = try reader.read(.int64, tag)
      case 3: letterReference = try reader.read(.string, tag)
      case 4: joinedSchemeYear = try reader.read(.int32, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, kommunenummer)
    sink.write(.int64, 2, amountOre)
    sink.write(.string, 3, letterReference)
    sink.write(.int32, 4, joinedSchemeYear)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ImportAllocationsRequest`.
public struct ImportAllocationsRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ImportAllocationsRequest"
  public var year: Int32 = 0
  public var budgetOre: Int64 = 0
  public var allocations: [AllocationLine] = []
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "year", 2: "budget_ore", 3: "allocations"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: year = try reader.read(.int32, tag)
      case 2: budgetOre = try reader.read(.int64, tag)
      case 3: try reader.readRepeated(.message(AllocationLine.self), tag, into: &allocations)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, year)
    sink.write(.int64, 2, budgetOre)
    sink.writeRepeated(.message(AllocationLine.self), 3, allocations)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ImportAllocationsResponse`.
public struct ImportAllocationsResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ImportAllocationsResponse"
  public var year: Int32 = 0
  public var nationalTotalOre: Int64 = 0
  public var imdiShareOre: Int64 = 0
  public var allocations: [Allocation] = []
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "year", 2: "national_total_ore", 3: "imdi_share_ore", 4: "allocations"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: year = try reader.read(.int32, tag)
      case 2: nationalTotalOre = try reader.read(.int64, tag)
      case 3: imdiShareOre = try reader.read(.int64, tag)
      case 4: try reader.readRepeated(.message(Allocation.self), tag, into: &allocations)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, year)
    sink.write(.int64, 2, nationalTotalOre)
    sink.write(.int64, 3, imdiShareOre)
    sink.writeRepeated(.message(Allocation.self), 4, allocations)
    sink.writeUnknownFields(unknownFields)
  }
}
