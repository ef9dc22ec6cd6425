/// What the tenancy interceptor decided about the current RPC, carried to its handler in a
/// task-local value: nothing else can set it.
public struct CallerContext: Sendable {
  /// The caller.
  public let identity: Identity?
  /// The tenant the caller acts on, for services with tenant access.
  public let scope: TenantScope?

  @TaskLocal static var current: CallerContext?
}
