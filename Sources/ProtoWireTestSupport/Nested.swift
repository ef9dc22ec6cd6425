public import ProtoWire

/// `protowire.golden.Nested`: a message that nests in itself.
public struct Nested: ProtoMessage, Equatable {
  public static let protoMessageName = "protowire.golden.Nested"

  public var a: Int32 = 0
  public var b: String = ""
  public var child: Box<Nested>? = nil
  public var unknownFields = UnknownFields()

  public init() {}

  public init(a: Int32 = 0, b: String = "", child: Nested? = nil) {
    self.a = a
    self.b = b
    self.child = child.map(Box.init)
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    switch number {
    case 1: "a"
    case 2: "b"
    case 3: "child"
    default: nil
    }
  }

  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: a = try reader.read(.int32, tag)
      case 2: b = try reader.read(.string, tag)
      case 3:
        var value = child?.value ?? Nested()
        try reader.mergeMessage(tag, into: &value)
        child = Box(value)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, a)
    sink.write(.string, 2, b)
    sink.writeMessage(3, child?.value)
    sink.writeUnknownFields(unknownFields)
  }
}

/// Indirection for a recursive value type.
public final class Box<Value: Sendable & Equatable>: Sendable, Equatable {
  public let value: Value
  public init(_ value: Value) { self.value = value }
  public static func == (lhs: Box, rhs: Box) -> Bool { lhs.value == rhs.value }
}
