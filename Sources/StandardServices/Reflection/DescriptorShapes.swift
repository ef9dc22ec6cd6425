package import ProtoWire

/// The parts of descriptor.proto's messages reflection reads; everything else is skipped.

/// `google.protobuf.FileDescriptorSet`: its files, still serialized.
struct FileDescriptorSetShape: ProtoMessage {
  static let protoMessageName = "google.protobuf.FileDescriptorSet"
  var files: [[UInt8]] = []
  var unknownFields = UnknownFields()

  static func protoFieldName(forNumber number: Int) -> String? { number == 1 ? "file" : nil }

  mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: files.append(try reader.read(.bytes, tag))
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeRepeated(.bytes, 1, files)
  }
}

/// `google.protobuf.FileDescriptorProto`: name, package, dependencies and what it defines.
package struct FileShape: ProtoMessage {
  package static let protoMessageName = "google.protobuf.FileDescriptorProto"
  package var name = ""
  var package = ""
  var dependencies: [String] = []
  var messages: [MessageShape] = []
  var enums: [String] = []
  var services: [ServiceShape] = []
  var unknownFields = UnknownFields()

  package init() {}

  package static func protoFieldName(forNumber number: Int) -> String? {
    [1: "name", 2: "package", 3: "dependency", 4: "message_type", 5: "enum_type", 6: "service"][
      number]
  }

  package mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: name = try reader.read(.string, tag)
      case 2: package = try reader.read(.string, tag)
      case 3: try reader.readRepeated(.string, tag, into: &dependencies)
      case 4: messages.append(try reader.read(.message(MessageShape.self), tag))
      case 5: enums.append(try reader.read(.message(NamedShape.self), tag).name)
      case 6: services.append(try reader.read(.message(ServiceShape.self), tag))
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  package func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {}
}

/// `google.protobuf.DescriptorProto`: a message's name, nested messages and enums.
struct MessageShape: ProtoMessage {
  static let protoMessageName = "google.protobuf.DescriptorProto"
  var name = ""
  var nested: [MessageShape] = []
  var enums: [String] = []
  var unknownFields = UnknownFields()

  static func protoFieldName(forNumber number: Int) -> String? {
    [1: "name", 3: "nested_type", 4: "enum_type"][number]
  }

  mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: name = try reader.read(.string, tag)
      case 3: nested.append(try reader.read(.message(MessageShape.self), tag))
      case 4: enums.append(try reader.read(.message(NamedShape.self), tag).name)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {}
}

/// `google.protobuf.ServiceDescriptorProto`: a service's name and its methods' names.
struct ServiceShape: ProtoMessage {
  static let protoMessageName = "google.protobuf.ServiceDescriptorProto"
  var name = ""
  var methods: [String] = []
  var unknownFields = UnknownFields()

  static func protoFieldName(forNumber number: Int) -> String? {
    [1: "name", 2: "method"][number]
  }

  mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: name = try reader.read(.string, tag)
      case 2: methods.append(try reader.read(.message(NamedShape.self), tag).name)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {}
}

/// Any descriptor read for its name (field 1) alone: enums, methods.
struct NamedShape: ProtoMessage {
  static let protoMessageName = "google.protobuf.EnumDescriptorProto"
  var name = ""
  var unknownFields = UnknownFields()

  static func protoFieldName(forNumber number: Int) -> String? { number == 1 ? "name" : nil }

  mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: name = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {}
}
