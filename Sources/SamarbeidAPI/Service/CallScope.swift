public import RPC

/// What a handler receives about its caller: made for each call by the access check, and
/// the only way a handler reaches data.
public protocol CallScope: Sendable {
  /// Who may call services whose handlers take this scope.
  static var access: ServiceAccess { get }
  /// The scope of the call being served.
  /// - Throws: ``RPCError`` INTERNAL when the access check did not run (a wiring error).
  static func current() throws(RPCError) -> Self
}

/// The scope of one municipality's own data: tenant services take it.
public protocol TenantCallScope: CallScope {}

/// The scope of IMDi's national oversight: oversight services take it.
public protocol OversightCallScope: CallScope {}

extension RPCRouter {
  /// Registers `method`'s handler, which receives the call's `Scope`.
  @inlinable
  public mutating func register<Request, Response, Scope: CallScope>(
    _ method: UnaryMethod<Request, Response>, in scope: Scope.Type,
    _ handler: @escaping @Sendable (Request, Scope) async throws -> Response
  ) {
    register(method) { request, _ in try await handler(request, try Scope.current()) }
  }

  /// Registers `method`'s handler, which receives the call's `Scope`.
  @inlinable
  public mutating func register<Request, Response, Scope: CallScope>(
    _ method: ServerStreamingMethod<Request, Response>, in scope: Scope.Type,
    _ handler:
      @escaping @Sendable (Request, ResponseStreamWriter<Response>, Scope) async throws -> Void
  ) {
    register(method) { request, writer, _ in try await handler(request, writer, try Scope.current())
    }
  }
}
