public import ProtoWire
public import RPC

extension RPCRouter {
  /// Registers a unary method of a tenant service: the handler gets the request and the
  /// caller's ``TenantScope``, which the tenancy interceptor established.
  @inlinable
  public mutating func registerTenantUnary<Request: ProtoMessage, Response: ProtoMessage>(
    _ method: MethodDescriptor,
    _ handler: @escaping @Sendable (Request, TenantScope) async throws -> Response
  ) {
    registerUnary(method) { (request: Request, _: ServerCall) in
      try await handler(request, try TenantScope.current())
    }
  }
}

extension RPCRouter {
  /// Registers a server-streaming method of a tenant service.
  @inlinable
  public mutating func registerTenantServerStreaming<Request: ProtoMessage, Response: ProtoMessage>(
    _ method: MethodDescriptor,
    _ handler:
      @escaping @Sendable (Request, ResponseStreamWriter<Response>, TenantScope) async throws ->
      Void
  ) {
    registerServerStreaming(method) {
      (request: Request, writer: ResponseStreamWriter<Response>, _: ServerCall) in
      try await handler(request, writer, try TenantScope.current())
    }
  }

  /// Registers a unary method of an oversight service: the handler gets the request and the
  /// ``OversightScope`` the tenancy interceptor established for IMDi's identity.
  @inlinable
  public mutating func registerOversightUnary<Request: ProtoMessage, Response: ProtoMessage>(
    _ method: MethodDescriptor,
    _ handler: @escaping @Sendable (Request, OversightScope) async throws -> Response
  ) {
    registerUnary(method) { (request: Request, _: ServerCall) in
      try await handler(request, try OversightScope.current())
    }
  }
}

/// Page sizes and limits clients may ask for.
public enum PageLimit {
  /// `requested` when 1 to `maximum`, `fallback` for 0.
  /// - Throws: ``RPCError`` INVALID_ARGUMENT otherwise, naming the field and the range.
  public static func check(_ requested: Int32, field: String, maximum: Int32, fallback: Int32)
    throws(RPCError) -> Int
  {
    if requested == 0 { return Int(fallback) }
    guard (1...maximum).contains(requested) else {
      throw RPCError(
        code: .invalidArgument,
        message: "\(field) must be 1 to \(maximum) (0 for \(fallback)), not \(requested)")
    }
    return Int(requested)
  }
}
