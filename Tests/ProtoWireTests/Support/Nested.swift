import ProtoWire

/// `protowire.golden.Nested`: a message that nests in itself.
struct Nested: ProtoMessage, Equatable {
  static let protoMessageName = "protowire.golden.Nested"

  var a: Int32 = 0
  var b: String = ""
  var child: Box<Nested>? = nil
  var unknownFields = UnknownFields()

  init() {}

  init(a: Int32 = 0, b: String = "", child: Nested? = nil) {
    self.a = a
    self.b = b
    self.child = child.map(Box.init)
  }

  static func protoFieldName(forNumber number: Int) -> String? {
    switch number {
    case 1: "a"
    case 2: "b"
    case 3: "child"
    default: nil
    }
  }

  mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
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

  func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, a)
    sink.write(.string, 2, b)
    sink.writeMessage(3, child?.value)
    sink.writeUnknownFields(unknownFields)
  }
}

/// Indirection for a recursive value type.
final class Box<Value: Sendable & Equatable>: Sendable, Equatable {
  let value: Value
  init(_ value: Value) { self.value = value }
  static func == (lhs: Box, rhs: Box) -> Bool { lhs.value == rhs.value }
}
