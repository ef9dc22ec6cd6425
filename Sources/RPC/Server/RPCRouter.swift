public import ProtoWire

/// The methods a server serves, by `:path`.
///
/// Services register typed handlers; the router keeps them as one erased shape that runs an
/// RPC over its ``ServerCall``.
public struct RPCRouter: Sendable {
  /// Runs one RPC: reads requests from the call's channel and sends responses to it.
  public typealias Handler = @Sendable (ServerCall) async throws -> Void

  /// A registered method: its descriptor, its shape and handler.
  public struct Route: Sendable {
    /// The method.
    public var method: MethodDescriptor
    /// Unary or which way it streams.
    public var type: RPCType
    /// Runs it.
    public var handler: Handler
  }

  private var routes: [String: Route] = [:]
  private var services: Set<String> = []
  /// Limits for decoding request messages.
  public var decodingLimits: ProtoDecodingLimits

  /// An empty router.
  public init(decodingLimits: ProtoDecodingLimits = .default) {
    self.decodingLimits = decodingLimits
  }

  /// The method registered for a `:path`, if any.
  public func route(forPath path: String) -> Route? { routes[path] }

  /// Whether any method of `service` is registered.
  public func hasService(_ service: String) -> Bool { services.contains(service) }

  /// Every registered method path, sorted.
  public var paths: [String] { routes.keys.sorted() }

  /// Registers an erased handler of a method of `type`.
  public mutating func register(
    _ method: MethodDescriptor, type: RPCType, handler: @escaping Handler
  ) {
    routes[method.path] = Route(method: method, type: type, handler: handler)
    services.insert(method.service)
  }

  /// Registers a unary method: one request, one response.
  @inlinable
  public mutating func registerUnary<Request: ProtoMessage, Response: ProtoMessage>(
    _ method: MethodDescriptor,
    _ handler: @escaping @Sendable (Request, ServerCall) async throws -> Response
  ) {
    let limits = decodingLimits
    register(method, type: .unary) { call in
      let request = try await Self.receiveSingle(Request.self, call: call, limits: limits)
      let response = try await handler(request, call)
      try await call.finishUnary(
        framedMessage: ResponseFraming.frame(response, call: call, compressed: nil)
      )
    }
  }

  /// Registers a server-streaming method: one request, many responses.
  @inlinable
  public mutating func registerServerStreaming<Request: ProtoMessage, Response: ProtoMessage>(
    _ method: MethodDescriptor,
    _ handler:
      @escaping @Sendable (Request, ResponseStreamWriter<Response>, ServerCall) async throws -> Void
  ) {
    let limits = decodingLimits
    register(method, type: .serverStream) { call in
      let request = try await Self.receiveSingle(Request.self, call: call, limits: limits)
      try await handler(request, ResponseStreamWriter(call: call), call)
    }
  }

  /// Registers a client-streaming method: many requests, one response.
  @inlinable
  public mutating func registerClientStreaming<Request: ProtoMessage, Response: ProtoMessage>(
    _ method: MethodDescriptor,
    _ handler: @escaping @Sendable (RequestStream<Request>, ServerCall) async throws -> Response
  ) {
    let limits = decodingLimits
    register(method, type: .clientStream) { call in
      let response = try await handler(RequestStream(call: call, limits: limits), call)
      try await call.finishUnary(
        framedMessage: ResponseFraming.frame(response, call: call, compressed: nil)
      )
    }
  }

  /// Registers a bidirectional-streaming method.
  @inlinable
  public mutating func registerBidirectionalStreaming<
    Request: ProtoMessage,
    Response: ProtoMessage
  >(
    _ method: MethodDescriptor,
    _ handler:
      @escaping @Sendable (RequestStream<Request>, ResponseStreamWriter<Response>, ServerCall)
      async throws -> Void
  ) {
    let limits = decodingLimits
    register(method, type: .bidiStream) { call in
      try await handler(
        RequestStream(call: call, limits: limits), ResponseStreamWriter(call: call), call)
    }
  }

  /// Reads exactly one request message, as unary and server-streaming methods need.
  @inlinable
  static func receiveSingle<Request: ProtoMessage>(
    _ type: Request.Type,
    call: ServerCall,
    limits: ProtoDecodingLimits
  ) async throws -> Request {
    guard let message = try await call.channel.receive() else {
      throw RPCError(
        code: .internal,
        message: "\(call.method) takes exactly one request message; the client sent none"
      )
    }
    guard try await call.channel.receive() == nil else {
      throw RPCError(
        code: .internal,
        message: "\(call.method) takes exactly one request message; the client sent more"
      )
    }
    return try RequestDecoding.decode(Request.self, from: message.bytes, limits: limits)
  }
}

/// A service: a set of methods it registers with a router.
public protocol RPCService: Sendable {
  /// Registers every method of the service.
  func register(with router: inout RPCRouter)
}
