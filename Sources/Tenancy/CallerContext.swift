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

  @TaskLocal static var current: CallerContext?
}
