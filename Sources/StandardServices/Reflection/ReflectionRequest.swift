public import ProtoWire

/// `grpc.reflection.v1.ServerReflectionRequest` (v1alpha has the same fields).
public struct ServerReflectionRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.reflection.v1.ServerReflectionRequest"

  /// What is asked (the `message_request` oneof).
  public enum Question: Equatable, Sendable {
    case fileByFilename(String)
    case fileContainingSymbol(String)
    case fileContainingExtension(ExtensionRequest)
    case allExtensionNumbersOfType(String)
    case listServices(String)
  }

  public var host = ""
  public var question: Question?
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "host", 3: "file_by_filename", 4: "file_containing_symbol",
      5: "file_containing_extension", 6: "all_extension_numbers_of_type", 7: "list_services",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: host = try reader.read(.string, tag)
      case 3: question = .fileByFilename(try reader.read(.string, tag))
      case 4: question = .fileContainingSymbol(try reader.read(.string, tag))
      case 5:
        question = .fileContainingExtension(try reader.read(.message(ExtensionRequest.self), tag))
      case 6: question = .allExtensionNumbersOfType(try reader.read(.string, tag))
      case 7: question = .listServices(try reader.read(.string, tag))
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, host)
    switch question {
    case .fileByFilename(let name): sink.writePresent(.string, 3, name)
    case .fileContainingSymbol(let symbol): sink.writePresent(.string, 4, symbol)
    case .fileContainingExtension(let request):
      sink.writePresent(.message(ExtensionRequest.self), 5, request)
    case .allExtensionNumbersOfType(let type): sink.writePresent(.string, 6, type)
    case .listServices(let content): sink.writePresent(.string, 7, content)
    case nil: break
    }
    sink.writeUnknownFields(unknownFields)
  }
}

/// `grpc.reflection.v1.ExtensionRequest`.
public struct ExtensionRequest: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.reflection.v1.ExtensionRequest"
  public var containingType = ""
  public var extensionNumber: Int32 = 0
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [1: "containing_type", 2: "extension_number"][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: containingType = try reader.read(.string, tag)
      case 2: extensionNumber = try reader.read(.int32, tag)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, containingType)
    sink.write(.int32, 2, extensionNumber)
    sink.writeUnknownFields(unknownFields)
  }
}
