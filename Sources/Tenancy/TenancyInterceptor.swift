internal import DomainValues
internal import Identifiers
public import Logging
public import RPC
internal import SamarbeidAPI
internal import Synchronization

/// Decides, for every RPC and in this one place, who is calling and on which tenant: the
/// caller's certificate gives the identity, the policy the access of the service, the
/// registry the tenant. The handler then gets a ``TenantScope`` for that tenant only.
public final class TenancyInterceptor: ServerInterceptor {
  /// The metadata a load-test identity names its test tenant with (a kommunenummer).
  public static let tenantHeader = "samarbeid-tenant"

  let policy: AccessPolicy
  let registry: TenantRegistry
  let stores: TenantStores
  let logger: Logger
  let limiter: TenantLimiter
  /// Methods whose calls live long and mostly wait (change feeds): counted apart.
  let longLivedMethods: Set<String>
  /// Refusals so far, by status code name, for metrics and tests.
  let refusals = Mutex<[String: Int]>([:])

  /// An interceptor enforcing `policy` with `registry` and `stores`, and `limits` per tenant
  /// (and for IMDi's identity); `longLivedMethods` are paths of calls that mostly wait.
  public init(
    policy: AccessPolicy, registry: TenantRegistry, stores: TenantStores,
    limits: TenantLimits = TenantLimits(), longLivedMethods: Set<String> = [], logger: Logger
  ) {
    self.policy = policy
    self.registry = registry
    self.stores = stores
    self.limiter = TenantLimiter(limits: limits)
    self.longLivedMethods = longLivedMethods
    self.logger = logger
  }

  /// The tenant limits in force.
  public var limits: TenantLimits { limiter.limits }

  /// Puts `limits` in force for calls from now on.
  public func updateLimits(_ limits: TenantLimits) { limiter.update(limits) }

  public func intercept(_ call: ServerCall, next: @Sendable (ServerCall) async throws -> Void)
    async throws
  {
    let context: CallerContext
    do {
      context = try await decide(call)
    } catch let error as RPCError {
      refusals.withLock { $0[error.code.description, default: 0] += 1 }
      // The access log names the caller of a refused call too, when its certificate says.
      if let identity = call.peer.certificate.flatMap({ try? Identity(certificate: $0) }) {
        call.annotate("caller.identity", "\(identity)")
      }
      logger.info(
        "RPC refused",
        metadata: [
          "rpc.method": "\(call.method)", "peer": "\(call.peer)", "grpc.status": "\(error.code)",
          "reason": "\(error.message)",
        ])
      throw error
    }
    if let identity = context.identity { call.annotate("caller.identity", "\(identity)") }
    if let scope = context.scope { call.annotate("caller.tenant", scope.tenant.id) }
    // Each tenant (and IMDi) gets its share: a call past its limits waits or is refused
    // here, before it costs anything else.
    guard let key = context.limitKey else {
      try await CallerContext.$current.withValue(context) { try await next(call) }
      return
    }
    let admission: TenantLimiter.Admission
    do {
      admission = try await limiter.admit(
        key, longLived: longLivedMethods.contains(call.method.path))
    } catch let error as RPCError {
      refusals.withLock { $0[error.code.description, default: 0] += 1 }
      logger.info(
        "RPC refused: tenant limit",
        metadata: [
          "rpc.method": "\(call.method)", "tenant": "\(key)", "reason": "\(error.message)",
        ])
      throw error
    }
    defer { limiter.release(admission) }
    // A municipality using little of a busy server goes first on the event loops: one
    // sending as fast as it can cannot make the others wait behind its work.
    if limiter.isLight(key) {
      withUnsafeCurrentTask { $0?.escalatePriority(to: .high) }
    }
    try await CallerContext.$current.withValue(context) { try await next(call) }
  }

  private func decide(_ call: ServerCall) async throws -> CallerContext {
    guard let access = policy.access(for: call.method.service) else {
      throw RPCError(
        code: .permissionDenied,
        message: "service \(call.method.service) is not open to any identity")
    }
    if access == .open {
      // Open to anyone; a certificate's identity still names the caller in the access log.
      return CallerContext(
        identity: call.peer.certificate.flatMap { try? Identity(certificate: $0) }, scope: nil)
    }
    guard let certificate = call.peer.certificate else {
      throw RPCError(
        code: .unauthenticated,
        message: "\(call.method) needs a client certificate issued by the service's CA")
    }
    if access == .anyCertificate {
      return CallerContext(identity: try? Identity(certificate: certificate), scope: nil)
    }
    let identity = try Identity(certificate: certificate)
    switch access {
    case .oversight:
      guard identity == .oversight else {
        throw RPCError(
          code: .permissionDenied,
          message: "\(call.method.service) is for IMDi's oversight identity only, not \(identity)")
      }
      return CallerContext(
        identity: identity,
        oversight: OversightScope(registry: registry, stores: stores, call: call))
    case .tenant:
      let tenant = try tenant(of: identity, call: call)
      let store = try await stores.store(for: tenant.id)
      let scope = TenantScope(
        tenant: tenant, identity: identity, store: store, registry: registry, call: call)
      return CallerContext(identity: identity, scope: scope)
    case .open, .anyCertificate:
      return CallerContext(identity: identity, scope: nil)
    }
  }

  private func tenant(of identity: Identity, call: ServerCall) throws(RPCError) -> TenantRecord {
    let today = CivilTime.today()
    switch identity {
    case .oversight:
      throw RPCError(
        code: .permissionDenied,
        message:
          "IMDi's oversight identity does not receive municipal records (\(call.method.service))")
    case .municipality(let number):
      guard let tenant = registry.tenant(number: number.digits, on: today) else {
        throw RPCError(
          code: .permissionDenied, message: "kommune \(number) is not registered with this service")
      }
      guard tenant.active else {
        throw RPCError(code: .permissionDenied, message: "kommune \(number) is deactivated")
      }
      return tenant
    case .loadTest:
      guard let number = call.requestMetadata[stringValues: Self.tenantHeader].first else {
        throw RPCError(
          code: .permissionDenied,
          message:
            "\(identity) must name a test tenant in the \(Self.tenantHeader) metadata (its kommunenummer)"
        )
      }
      guard let tenant = registry.tenant(number: number, on: today), tenant.active, tenant.test
      else {
        throw RPCError(
          code: .permissionDenied,
          message:
            "\(identity) may act on active test tenants only; \(Quote.short(number)) is not one")
      }
      return tenant
    }
  }

  /// Refusals so far, by grpc-status name.
  public var refusalCounts: [String: Int] { refusals.withLock { $0 } }
}
