public import ProtoWire

/// `google.rpc.BadRequest`: the fields of a request that were wrong (INVALID_ARGUMENT).
public struct BadRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "google.rpc.BadRequest"
  public var fieldViolations: [Violation] = []
  public var unknownFields = UnknownFields()
  public init() {}

  /// One field, by its path in the request (`attendance.total.count`), and what was wrong.
  public init(field: String, description: String) {
    fieldViolations = [Violation(field: field, description: description)]
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    number == 1 ? "field_violations" : nil
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      if tag.fieldNumber == 1 {
        try reader.readRepeated(.message(Violation.self), tag, into: &fieldViolations)
      } else {
        try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeRepeated(.message(Violation.self), 1, fieldViolations)
    sink.writeUnknownFields(unknownFields)
  }

  /// `google.rpc.BadRequest.FieldViolation`: `field` (1) and `description` (2).
  public struct Violation: ProtoMessage, Equatable {
    public static let protoMessageName = "google.rpc.BadRequest.FieldViolation"
    public var field = ""
    public var description = ""
    public var unknownFields = UnknownFields()
    public init() {}

    public init(field: String, description: String) {
      self.field = field
      self.description = description
    }

    public static func protoFieldName(forNumber number: Int) -> String? {
      [1: "field", 2: "description"][number]
    }

    @inlinable
    public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
      while let tag = try reader.nextField() {
        switch tag.fieldNumber {
        case 1: field = try reader.read(.string, tag)
        case 2: description = try reader.read(.string, tag)
        default: try reader.skipField(tag, preservingIn: &unknownFields)
        }
      }
    }

    @inlinable
    public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
      sink.write(.string, 1, field)
      sink.write(.string, 2, description)
      sink.writeUnknownFields(unknownFields)
    }
  }
}

/// `google.rpc.PreconditionFailure`: the rules a request broke (FAILED_PRECONDITION).
public struct PreconditionFailure: ProtoMessage, Equatable {
  public static let protoMessageName = "google.rpc.PreconditionFailure"
  public var violations: [Violation] = []
  public var unknownFields = UnknownFields()
  public init() {}

  /// Rule `type` (`budget`, `gathering-in-period`) broken for `subject`.
  public init(type: String, subject: String, description: String) {
    var violation = Violation()
    violation.type = type
    violation.subject = subject
    violation.description = description
    violations = [violation]
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    number == 1 ? "violations" : nil
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      if tag.fieldNumber == 1 {
        try reader.readRepeated(.message(Violation.self), tag, into: &violations)
      } else {
        try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeRepeated(.message(Violation.self), 1, violations)
    sink.writeUnknownFields(unknownFields)
  }

  /// `google.rpc.PreconditionFailure.Violation`: `type` (1), `subject` (2), `description` (3).
  public struct Violation: ProtoMessage, Equatable {
    public static let protoMessageName = "google.rpc.PreconditionFailure.Violation"
    public var type = ""
    public var subject = ""
    public var description = ""
    public var unknownFields = UnknownFields()
    public init() {}

    public static func protoFieldName(forNumber number: Int) -> String? {
      [1: "type", 2: "subject", 3: "description"][number]
    }

    @inlinable
    public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
      while let tag = try reader.nextField() {
        switch tag.fieldNumber {
        case 1: type = try reader.read(.string, tag)
        case 2: subject = try reader.read(.string, tag)
        case 3: description = try reader.read(.string, tag)
        default: try reader.skipField(tag, preservingIn: &unknownFields)
        }
      }
    }

    @inlinable
    public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
      sink.write(.string, 1, type)
      sink.write(.string, 2, subject)
      sink.write(.string, 3, description)
      sink.writeUnknownFields(unknownFields)
    }
  }
}
