public import ProtoWire

/// `grpc.reflection.v1.ServerReflectionResponse` (v1alpha has the same fields).
public struct ServerReflectionResponse: ProtoMessage, Equatable {
  public static let protoMessageName = "grpc.reflection.v1.ServerReflectionResponse"

  /// The answer (the `message_response` oneof).
  public enum Answer: Equatable, Sendable {
    /// Serialized FileDescriptorProtos: the file asked for, then what it depends on.
    case files([[UInt8]])
    /// The extension numbers of a type: (its name, the numbers).
    case extensionNumbers(String, [Int32])
    /// Fully qualified service names.
    case services([String])
    /// A gRPC status code and message.
    case error(Int32, String)
  }

  public var validHost = ""
  public var originalRequest: ServerReflectionRequest?
  public var answer: Answer?
  public var unknownFields = UnknownFields()
  public init() {}

  public static func protoFieldName(forNumber number: Int) -> String? {
    [
      1: "valid_host", 2: "original_request", 4: "file_descriptor_response",
      5: "all_extension_numbers_response", 6: "list_services_response", 7: "error_response",
    ][number]
  }

  @inlinable
  public mutating func decodeFields(from reader: inout ProtoReader) throws(ProtoWireError) {
    while let tag = try reader.nextField() {
      switch tag.fieldNumber {
      case 1: validHost = try reader.read(.string, tag)
      case 2: originalRequest = try reader.read(.message(ServerReflectionRequest.self), tag)
      case 4:
        answer = .files(try reader.read(.message(FileDescriptorResponse.self), tag).files)
      case 5:
        let numbers = try reader.read(.message(ExtensionNumberResponse.self), tag)
        answer = .extensionNumbers(numbers.baseTypeName, numbers.numbers)
      case 6:
        answer = .services(
          try reader.read(.message(ListServiceResponse.self), tag).services.map(\.name))
      case 7:
        let error = try reader.read(.message(ErrorResponse.self), tag)
        answer = .error(error.code, error.message)
      default: try reader.skipField(tag, preservingIn: &unknownFields)
      }
    }
  }

  @inlinable
  public func encodeFields<Sink: ProtoSink & ~Copyable>(to sink: inout Sink) {
    sink.write(.string, 1, validHost)
    sink.writeMessage(2, originalRequest)
    switch answer {
    case .files(let files):
      sink.writePresent(.message(FileDescriptorResponse.self), 4, FileDescriptorResponse(files))
    case .extensionNumbers(let type, let numbers):
      sink.writePresent(
        .message(ExtensionNumberResponse.self), 5, ExtensionNumberResponse(type, numbers))
    case .services(let names):
      sink.writePresent(.message(ListServiceResponse.self), 6, ListServiceResponse(names))
    case .error(let code, let message):
      sink.writePresent(.message(ErrorResponse.self), 7, ErrorResponse(code, message))
    case nil: break
    }
    sink.writeUnknownFields(unknownFields)
  }
}
