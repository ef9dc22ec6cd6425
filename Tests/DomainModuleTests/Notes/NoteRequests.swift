public import ProtoWire
public import RPC

/// `samarbeid.notes.v1.CreateNoteRequest`.
public struct CreateNoteRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.notes.v1.CreateNoteRequest"
  public var note: Note?
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    number == 1 ? "note" : nil
  }

  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      if tag.fieldNumber == 1 {
        try reader.mergeMessage(tag, into: &note)
      } else {
        try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeMessage(1, note)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.notes.v1.UpdateNoteRequest`.
public struct UpdateNoteRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.notes.v1.UpdateNoteRequest"
  public var note: Note?
  public var expectedVersion: Int64 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "note", 2: "expected_version"][number]
  }

  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.mergeMessage(tag, into: &note)
      case 2: expectedVersion = try reader.read(.int64, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeMessage(1, note)
    sink.write(.int64, 2, expectedVersion)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.notes.v1.GetNoteRequest`.
public struct GetNoteRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "samarbeid.notes.v1.GetNoteRequest"
  public var id = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    number == 1 ? "id" : nil
  }

  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      if tag.fieldNumber == 1 {
        id = try reader.read(.string, tag)
      } else {
        try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, id)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.notes.v1.ListNotesRequest`: paged as every list.
public struct ListNotesRequest: ProtoMessage, Equatable, PagedRequest {
  public static let protoMessageName = "samarbeid.notes.v1.ListNotesRequest"
  public var pageSize: Int32 = 0
  public var pageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "page_size", 2: "page_token"][number]
  }

  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: pageSize = try reader.read(.int32, tag)
      case 2: pageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, pageSize)
    sink.write(.string, 2, pageToken)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `samarbeid.notes.v1.ListNotesResponse`.
public struct ListNotesResponse: ProtoMessage, Equatable, PagedResponse {
  public static let protoMessageName = "samarbeid.notes.v1.ListNotesResponse"
  public var notes: [Note] = []
  public var nextPageToken = ""
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "notes", 2: "next_page_token"][number]
  }

  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.readRepeated(.message(Note.self), tag, into: &notes)
      case 2: nextPageToken = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeRepeated(.message(Note.self), 1, notes)
    sink.write(.string, 2, nextPageToken)
    sink.writeUnknownFields(unknownFields)
  }
}
