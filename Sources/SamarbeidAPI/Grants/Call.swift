public import ProtoWire

/// `samarbeid.v1.CallState`.
public enum CallState: ProtoEnum {
  case unspecified
  case draft
  case open
  case closed
  case unrecognized(Int32)

  public init(protoValue: Int32) {
    switch protoValue {
    case 0: self = .unspecified
    case 1: self = .draft
    case 2: self = .open
    case 3: self = .closed
    default: self = .unrecognized(protoValue)
    }
  }

  public var protoValue: Int32 {
    switch self {
    case .unspecified: 0
    case .draft: 1
    case .open: 2
    case .closed: 3
    case .unrecognized(let value): value
    }
  }
}

/// `samarbeid.v1.Call`: a call for applications (utlysning)
public struct Call: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.Call"
  public var id = ""
  public var year: Int32 = 0
  public var part = GrantPart.unspecified
  /// Activity grants: the purposes applications may name.
  public var purposes: [ActivityPurpose] = []
  public var title = ""
  public var opensOn = ""
  /// Empty: rolling.
  public var closesOn = ""
  public var state = CallState.unspecified
  public var version: Int64 = 0
  public var createdAt = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "id", 2: "year", 3: "part", 4: "purposes", 5: "title", 6: "opens_on", 7: "closes_on",
      8: "state", 9: "version", 10: "created_at",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: year = try reader.read(.int32, tag)
      case 3: part = try reader.read(.enum(GrantPart.self), tag)
      case 4: try reader.readRepeated(.enum(ActivityPurpose.self), tag, into: &purposes)
      case 5: title = try reader.read(.string, tag)
      case 6: opensOn = try reader.read(.string, tag)
      case 7: closesOn = try reader.read(.string, tag)
      case 8: state = try reader.read(.enum(CallState.self), tag)
      case 9: version = try reader.read(.int64, tag)
      case 10: createdAt = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.int32, 2, year)
    sink.write(.enum(GrantPart.self), 3, part)
    sink.writeRepeated(.enum(ActivityPurpose.self), 4, purposes)
    sink.write(.string, 5, title)
    sink.write(.string, 6, opensOn)
    sink.write(.string, 7, closesOn)
    sink.write(.enum(CallState.self), 8, state)
    sink.write(.int64, 9, version)
    sink.write(.string, 10, createdAt)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.CreateCallRequest`.
public struct CreateCallRequest: RecordRequest {
  public static let protoMessageName = "samarbeid.v1.CreateCallRequest"
  public static let recordFieldName = "call"
  public var call: Call?
  public var unknownFields = UnknownFields()
  public init() {}

  public var record: Call? {
    get { call }
    _modify { yield &call }
  }
}

/// `samarbeid.v1.CallTransitionRequest`.
public struct CallTransitionRequest: TransitionRequest {
  public static let protoMessageName = "samarbeid.v1.CallTransitionRequest"
  public var id = ""
  public var expectedVersion: Int64 = 0
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.GetCallRequest`.
public struct GetCallRequest: IDRequest {
  public static let protoMessageName = "samarbeid.v1.GetCallRequest"
  public var id = ""
  public var unknownFields = UnknownFields()
  public init() {}
}

/// `samarbeid.v1.ListCallsRequest`.
public struct ListCallsRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ListCallsRequest"
  public var year: Int32 = 0
  public var state = CallState.unspecified
  public var pageSize: Int32 = 0
  public var pageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "year", 2: "state", 3: "page_size", 4: "page_token"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: year = try reader.read(.int32, tag)
      case 2: state = try reader.read(.enum(CallState.self), tag)
      case 3: pageSize = try reader.read(.int32, tag)
      case 4: pageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, year)
    sink.write(.enum(CallState.self), 2, state)
    sink.write(.int32, 3, pageSize)
    sink.write(.string, 4, pageToken)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListCallsResponse`.
public struct ListCallsResponse: ItemPage {
  public static let protoMessageName = "samarbeid.v1.ListCallsResponse"
  public static let itemsFieldName = "calls"
  public var calls: [Call] = []
  public var nextPageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public var items: [Call] {
    get { calls }
    _modify { yield &calls }
  }
}
