public import ProtoWire

/// `samarbeid.v1.Payment`.
public struct Payment: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.Payment"
  public var id = ""
  public var applicationID = ""
  public var amountOre: Int64 = 0
  public var paidOn = ""
  /// The municipality's reference: one payment per reference.
  public var reference = ""
  public var recordedAt = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "id", 2: "application_id", 3: "amount_ore", 4: "paid_on", 5: "reference", 6: "recorded_at",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: id = try reader.read(.string, tag)
      case 2: applicationID = try reader.read(.string, tag)
      case 3: amountOre = try reader.read(.int64, tag)
      case 4: paidOn = try reader.read(.string, tag)
      case 5: reference = try reader.read(.string, tag)
      case 6: recordedAt = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.write(.string, 2, applicationID)
    sink.write(.int64, 3, amountOre)
    sink.write(.string, 4, paidOn)
    sink.write(.string, 5, reference)
    sink.write(.string, 6, recordedAt)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.RecordPaymentRequest`.
public struct RecordPaymentRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.RecordPaymentRequest"
  public var applicationID = ""
  public var amountOre: Int64 = 0
  public var paidOn = ""
  public var reference = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "application_id", 2: "amount_ore", 3: "paid_on", 4: "reference"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: applicationID = try reader.read(.string, tag)
      case 2: amountOre = try reader.read(.int64, tag)
      case 3: paidOn = try reader.read(.string, tag)
      case 4: reference = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, applicationID)
    sink.write(.int64, 2, amountOre)
    sink.write(.string, 3, paidOn)
    sink.write(.string, 4, reference)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListPaymentsRequest`.
public struct ListPaymentsRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.v1.ListPaymentsRequest"
  public var applicationID = ""
  public var year: Int32 = 0
  public var pageSize: Int32 = 0
  public var pageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "application_id", 2: "year", 3: "page_size", 4: "page_token"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: applicationID = try reader.read(.string, tag)
      case 2: year = try reader.read(.int32, tag)
      case 3: pageSize = try reader.read(.int32, tag)
      case 4: pageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, applicationID)
    sink.write(.int32, 2, year)
    sink.write(.int32, 3, pageSize)
    sink.write(.string, 4, pageToken)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.v1.ListPaymentsResponse`.
public struct ListPaymentsResponse: ItemPage {
  public static let protoMessageName = "samarbeid.v1.ListPaymentsResponse"
  public static let itemsFieldName = "payments"
  public var payments: [Payment] = []
  public var nextPageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public var items: [Payment] {
    get { payments }
    _modify { yield &payments }
  }
}
