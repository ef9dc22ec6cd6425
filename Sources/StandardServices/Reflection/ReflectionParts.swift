public import ProtoWire

/// `grpc.reflection.v1.FileDescriptorResponse`.
public struct FileDescriptorResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.reflection.v1.FileDescriptorResponse"
  public var files: [[UInt8]] = []
  public var unknownFields = UnknownFields()
  public init() {}
  public init(_ files: [[UInt8]]) { self.files = files }

  public static func protoFieldName(forNumber number: Int) -> String? {
    number == 1 ? "file_descriptor_proto" : nil
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: try reader.readRepeated(.bytes, tag, into: &files)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.writeRepeated(.bytes, 1, files)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `grpc.reflection.v1.ExtensionNumberResponse`.
public struct ExtensionNumberResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.reflection.v1.ExtensionNumberResponse"
  public var baseTypeName = ""
  public var numbers: [Int32] = []
  public var unknownFields = UnknownFields()
  public init() {}
  public init(_ baseTypeName: String, _ numbers: [Int32]) {
    self.baseTypeName = baseTypeName
    self.numbers = numbers
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "base_type_name", 2: "extension_number"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: baseTypeName = try reader.read(.string, tag)
      case 2: try reader.readRepeated(.int32, tag, into: &numbers)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, baseTypeName)
    sink.writeRepeated(.int32, 2, numbers)
    sink.writeUnknownFields(unknownFields)
  }
}

/// `grpc.reflection.v1.ListServiceResponse` with its `ServiceResponse`s' names.
public struct ListServiceResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.reflection.v1.ListServiceResponse"

  /// `grpc.reflection.v1.ServiceResponse`.
  public struct Service: ProtoMessage, Equatable {
    public static let protoMessageName = "grpc.reflection.v1.ServiceResponse"
    public var name = ""
    public var unknownFields = UnknownFields()
    public init() {}

    public static func protoFieldName(forNumber number: Int) -> String? {
      number == 1 ? "name" : nil
    }

    @inlinable
    public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
      while let tag = try reader.nextField() {
        switch tag.fieldNumber {
        case 1: name = try reader.read(.string, tag)
        default: try reader.skipField(tag, preservingIn: &unknownFields)
        }
      }
    }

    @inlinable
    public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
      sink.write(.string, 1, name)
      sink.writeUnknownFields(unknownFields)
    }
  }

  public var services: [Service] = []
  public var unknownFields = UnknownFields()
  public init() {}
  public init(_ names: [String]) {
    services = names.map {
      var service = Service()
      service.name = $0
      return service
    }
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    number == 1 ? "service" : nil
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: services.append(try reader.read(.message(Service.self), tag))
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    for service in services { sink.writePresent(.message(Service.self), 1, service) }
    sink.writeUnknownFields(unknownFields)
  }
}

/// `grpc.reflection.v1.ErrorResponse`.
public struct ErrorResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.reflection.v1.ErrorResponse"
  public var code: Int32 = 0
  public var message = ""
  public var unknownFields = UnknownFields()
  public init() {}
  public init(_ code: Int32, _ message: String) {
    self.code = code
    self.message = message
  }

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "error_code", 2: "error_message"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: code = try reader.read(.int32, tag)
      case 2: message = try reader.read(.string, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.int32, 1, code)
    sink.write(.string, 2, message)
    sink.writeUnknownFields(unknownFields)
  }
}
