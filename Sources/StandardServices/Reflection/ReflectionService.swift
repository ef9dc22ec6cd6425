public import RPC

/// `grpc.reflection.v1.ServerReflection` and its `v1alpha` twin: which services the server
/// has and the descriptors of their files (from proto/, embedded), so that grpcurl, grpcui
/// and Postman work without the .proto files.
public final class ReflectionService: RPCService {
  public static let v1 = MethodDescriptor(
    service: "grpc.reflection.v1.ServerReflection", method: "ServerReflectionInfo")
  public static let v1alpha = MethodDescriptor(
    service: "grpc.reflection.v1alpha.ServerReflection", method: "ServerReflectionInfo")

  let index: DescriptorIndex
  let served: [String]

  /// Reflection over the services named in `services` that proto/ describes (and itself).
  public init(services: [String]) {
    index = .embedded
    let names = Set(services + [Self.v1.service, Self.v1alpha.service])
    served = index.services.filter(names.contains).sorted()
  }

  public func register(with router: inout RPCRouter) {
    let answers = Answers(index: index, served: served)
    for method in [Self.v1, Self.v1alpha] {
      router.registerBidirectionalStreaming(method) {
        (requests: RequestStream<ServerReflectionRequest>, writer, _) in
        for try await request in requests { try await writer.send(answers.answer(request)) }
      }
    }
  }

  /// The answer to one request.
  package func answer(_ request: ServerReflectionRequest) -> ServerReflectionResponse {
    Answers(index: index, served: served).answer(request)
  }
}

/// Reflection's answers from an index and the services served.
struct Answers: Sendable {
  let index: DescriptorIndex
  let served: [String]

  func answer(_ request: ServerReflectionRequest) -> ServerReflectionResponse {
    var response = ServerReflectionResponse()
    response.validHost = request.host
    response.originalRequest = request
    response.answer =
      switch request.question {
      case .fileByFilename(let name):
        index.files[name] == nil
          ? .error(Int32(Status.Code.notFound.rawValue), "no file \(name) on this server")
          : .files(index.closure(of: name).map(\.bytes))
      case .fileContainingSymbol(let symbol):
        isUnservedService(symbol)
          ? .error(Int32(Status.Code.notFound.rawValue), "no service \(symbol) on this server")
          : index.file(containing: symbol).map { .files(index.closure(of: $0).map(\.bytes)) }
            ?? .error(Int32(Status.Code.notFound.rawValue), "no symbol \(symbol) on this server")
      case .fileContainingExtension(let request):
        .error(
          Int32(Status.Code.notFound.rawValue),
          "no extension \(request.extensionNumber) of \(request.containingType): proto3 files have none"
        )
      case .allExtensionNumbersOfType(let type):
        index.messages.contains(type.hasPrefix(".") ? String(type.dropFirst()) : type)
          ? .extensionNumbers(type, [])
          : .error(Int32(Status.Code.notFound.rawValue), "no message type \(type) on this server")
      case .listServices:
        .services(served)
      case nil:
        .error(
          Int32(Status.Code.invalidArgument.rawValue),
          "a reflection request names what it asks: file_by_filename, file_containing_symbol, file_containing_extension, all_extension_numbers_of_type or list_services"
        )
      }
    return response
  }

  /// Whether `symbol` is a service proto/ describes but this server does not serve, or one
  /// of its methods.
  func isUnservedService(_ symbol: String) -> Bool {
    let name = symbol.hasPrefix(".") ? String(symbol.dropFirst()) : symbol
    let service =
      index.services.contains(name) ? name : name.lastIndex(of: ".").map { String(name[..<$0]) }
    guard let service, index.services.contains(service) else { return false }
    return !served.contains(service)
  }
}
