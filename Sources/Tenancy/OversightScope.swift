internal import DomainValues
public import ProtoWire
public import RPC
public import SamarbeidAPI
public import Storage

/// What an oversight RPC may reach, made by the tenancy interceptor for IMDi's identity: the
/// registry, and a tenant's store for the national data kept there (allocations), never
/// through a handler of a tenant service.
public struct OversightScope: OversightCallScope {
  /// IMDi's identity only.
  public static var access: ServiceAccess { .oversight }

  /// The registry.
  public let registry: TenantRegistry
  let stores: TenantStores
  let call: ServerCall

  /// The scope of the current RPC.
  /// - Throws: ``RPCError`` INTERNAL when the RPC did not pass the tenancy interceptor.
  public static func current() throws(RPCError) -> OversightScope {
    guard let scope = CallerContext.current?.oversight else {
      throw RPCError(
        code: .internal, message: "the oversight scope of this RPC was not established")
    }
    return scope
  }

  /// The municipality numbered `kommunenummer` today, as a scope acting as oversight.
  /// - Throws: ``RPCError`` NOT_FOUND when no registered municipality has the number.
  public func tenantScope(kommunenummer: String) async throws -> TenantScope {
    guard let tenant = registry.tenant(number: kommunenummer, on: CivilTime.today()) else {
      throw RPCError(
        code: .notFound,
        message: "no registered municipality has kommunenummer \(Quote.short(kommunenummer)) today")
    }
    return try await tenantScope(tenant: tenant)
  }

  /// `tenant`, as a scope acting as oversight, whatever its number today.
  public func tenantScope(tenant: TenantRecord) async throws -> TenantScope {
    let store = try await stores.store(for: tenant.id)
    return TenantScope(
      tenant: tenant, identity: .oversight, store: store, registry: registry, call: call)
  }

  /// The audit and idempotency facts of a registry mutation.
  public func mutationContext<Request: ProtoMessage>(request: Request) throws(RPCError)
    -> MutationContext
  {
    try TenantScope.mutationContext(call: call, identity: .oversight, request: request)
  }
}
