/// Runs around every RPC before its handler: checks identity, attaches values, observes.
///
/// An interceptor calls `next` to continue, or throws an ``RPCError`` to end the RPC with
/// that status before the handler runs.
public protocol ServerInterceptor: Sendable {
  /// Intercepts one call.
  func intercept(
    _ call: ServerCall,
    next: @Sendable (ServerCall) async throws -> Void
  ) async throws
}
