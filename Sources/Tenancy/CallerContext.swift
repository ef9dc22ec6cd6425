/// What the tenancy interceptor decided about the current RPC, carried to its handler in a
/// task-local value: nothing else can set it.
public struct CallerContext: Sendable {
  /// The caller.
  public let identity: Identity?
  /// The tenant the caller acts on, for services with tenant access.
  public let scope: TenantScope?
  /// What IMDi's identity may reach, for services with oversight access.
  public let oversight: OversightScope?

  init(identity: Identity?, scope: TenantScope? = nil, oversight: OversightScope? = nil) {
    self.identity = identity
    self.scope = scope
    self.oversight = oversight
  }

  /// Whose share of the server the call uses: the tenant, or IMDi's identity; nil for
  /// calls open to any caller (health).
  var limitKey: String? {
    if let scope { return scope.tenant.id }
    if oversight != nil { return "oversight" }
    return nil
  }

  @TaskLocal static var current: CallerContext?
}
