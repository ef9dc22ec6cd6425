public import ProtoWire

/// `samarbeid.v1.RepaymentReason`.
public enum RepaymentReason: ProtoEnum {
  case unspecified
  case unusedFunds
  case misuse
  case missingReport
  case wrongInformation
  case unrecognized(Int32)

  public init(protoValue: Int32) {
    switch protoValue {
    case 0: self = .unspecified
    case 1: self = .unusedFunds
    case 2: self = .misuse
    case 3: self = .missingReport
    case 4: self = .wrongInformation
    default: self = .unrecognized(protoValue)
    }
  }

  public var protoValue: Int32 {
    switch self {
    case .unspecified: 0
    case .unusedFunds: 1
    case .misuse: 2
    case .missingReport: 3
    case .wrongInformation: 4
    case .unrecognized(let value): value
    }
  }
}

/// `samarbeid.v1.RepaymentClaimState`.
public enum RepaymentClaimState: ProtoEnum {
  case unspecified
  case open
  case paid
  case waived
  case cancelled
  case unrecognized(Int32)

  public init(protoValue: Int32) {
    switch protoValue {
    case 0: self = .unspecified
    case 1: self = .open
    case 2: self = .paid
    case 3: self = .waived
    case 4: self = .cancelled
    default: self = .unrecognized(protoValue)
    }
  }

  public var protoValue: Int32 {
    switch self {
    case .unspecified: 0
    case .open: 1
    case .paid: 2
    case .waived: 3
    case .cancelled: 4
    case .unrecognized(let value): value
    }
  }
}

/// `samarbeid.v1.RepaymentClaim`.
public struct RepaymentClaim: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.RepaymentClaim"
  public var id = ""
  public var applicationID = ""
  public var reason = RepaymentReason.unspecified
  public var amountOre: Int64 = 0
  public var state = RepaymentClaimState.unspecified
  public var note = ""
  public var version: Int64 = 0
  public var createdAt = ""
  public var updatedAt = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "id", 2: "application_id", 3: "reason", 4: "amount_ore", 5: "state", 6: "note",
      7: "version", 8: "created_at", 9: "updated_at",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: applicationID = try reader.read(.string, tag)
      case 3: reason = try reader.read(.enum(RepaymentReason.self), tag)
      case 4: amountOre = try reader.read(.int64, tag)
      case 5: state = try reader.read(.enum(RepaymentClaimState.self), tag)
      case 6: note = try reader.read(.string, tag)
      case 7: version = try reader.read(.int64, tag)
      case 8: createdAt = try reader.read(.string, tag)
      case 9: updatedAt = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.string, 2, applicationID)
    sink.write(.enum(RepaymentReason.self), 3, reason)
    sink.write(.int64, 4, amountOre)
    sink.write(.enum(RepaymentClaimState.self), 5, state)
    sink.write(.string, 6, note)
    sink.write(.int64, 7, version)
    sink.write(.string, 8, createdAt)
    sink.write(.string, 9, updatedAt)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.CreateRepaymentClaimRequest`.
public struct CreateRepaymentClaimRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.CreateRepaymentClaimRequest"
  public var applicationID = ""
  public var reason = RepaymentReason.unspecified
  public var amountOre: Int64 = 0
  public var note = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "application_id", 2: "reason", 3: "amount_ore", 4: "note"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: applicationID = try reader.read(.string, tag)
      case 2: reason = try reader.read(.enum(RepaymentReason.self), tag)
      case 3: amountOre = try reader.read(.int64, tag)
      case 4: note = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, applicationID)
    sink.write(.enum(RepaymentReason.self), 2, reason)
    sink.write(.int64, 3, amountOre)
    sink.write(.string, 4, note)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.SetRepaymentClaimStateRequest`.
public struct SetRepaymentClaimStateRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.SetRepaymentClaimStateRequest"
  public var id = ""
  public var expectedVersion: Int64 = 0
  public var state = RepaymentClaimState.unspecified
  public var note = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "id", 2: "expected_version", 3: "state", 4: "note"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: expectedVersion = try reader.read(.int64, tag)
      case 3: state = try reader.read(.enum(RepaymentClaimState.self), tag)
      case 4: note = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.int64, 2, expectedVersion)
    sink.write(.enum(RepaymentClaimState.self), 3, state)
    sink.write(.string, 4, note)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListRepaymentClaimsRequest`.
public struct ListRepaymentClaimsRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ListRepaymentClaimsRequest"
  public var applicationID = ""
  public var state = RepaymentClaimState.unspecified
  public var pageSize: Int32 = 0
  public var pageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "application_id", 2: "state", 3: "page_size", 4: "page_token"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: applicationID = try reader.read(.string, tag)
      case 2: state = try reader.read(.enum(RepaymentClaimState.self), tag)
      case 3: pageSize = try reader.read(.int32, tag)
      case 4: pageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, applicationID)
    sink.write(.enum(RepaymentClaimState.self), 2, state)
    sink.write(.int32, 3, pageSize)
    sink.write(.string, 4, pageToken)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListRepaymentClaimsResponse`.
public struct ListRepaymentClaimsResponse: ItemPage {
  public static let protoMessageName = "samarbeid.v1.ListRepaymentClaimsResponse"
  public static let itemsFieldName = "claims"
  public var claims: [RepaymentClaim] = []
  public var nextPageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public var items: [RepaymentClaim] {
    get { claims }
    _modify { yield &claims }
  }
}
